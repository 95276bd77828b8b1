import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { assigneeOf } from '../../../../test/support/investigation.js';
import { createPerson, submittedScreenIn } from '../../../../test/support/journey.js';

// INT-1..4: hotline report → screening decision → supervisor approval → investigation assigned.
describe('the hotline journey', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('finds a known family by sound-alike name and shows their prior report (INT-2)', async () => {
    const screener = await h.signIn('screener');
    const response = await screener.get('/api/persons/search?firstName=John&lastName=Smith&dateOfBirth=2016-03-14');
    expect(response.statusCode).toBe(200);
    const [best] = response.json().results;
    expect(best).toMatchObject({ firstName: 'Jon', lastName: 'Smyth', dateOfBirth: '2016-03-14' });
    expect(best.matchedOn).toEqual(expect.arrayContaining(['name_sound', 'date_of_birth']));
    expect(best.priorReports).toHaveLength(1);
    expect(best.priorReports[0]).toMatchObject({ decision: 'screen_out', role: 'alleged_victim' });
  });

  it('finds a mother by her maiden name', async () => {
    const screener = await h.signIn('screener');
    const results = (await screener.get('/api/persons/search?firstName=Rachel&lastName=Dunn')).json().results;
    expect(results[0]).toMatchObject({ firstName: 'Rachel', lastName: 'Smyth' });
    expect(results[0].matchedOn).toContain('alias');
  });

  it('takes a report, routes it for approval and opens an investigation with its clock (INT-1, INT-3, INT-4, INV-1)', async () => {
    const screener = await h.signIn('screener');
    const { report, child } = await submittedScreenIn(screener, { priority: 'same_day' });
    expect(report.status).toBe('submitted');
    expect(report.abilities).toEqual({ edit: false, submit: false, decide: false });

    const supervisor = await h.signIn('supervisor');
    const queue = (await supervisor.get('/api/approvals')).json().items;
    const item = queue.find((i: { summary: { reportId: string } }) => i.summary.reportId === report.id);
    expect(item).toMatchObject({ kind: 'screening_decision', routedToMe: true, abilities: { decide: true }, summary: { childNames: ['Maya Torres'] } });

    const opened = (await supervisor.get(`/api/reports/${report.id}`)).json();
    expect(opened.abilities.decide).toBe(true);
    const approved = await supervisor.post(`/api/reports/${report.id}/approve`, { version: opened.version, comment: 'Agree: same-day response.' });
    expect(approved.statusCode, approved.body).toBe(200);
    const result = approved.json();
    expect(result.status).toBe('approved');
    // The hotline supervisor learns only that it exists and where it went (PLAT-1).
    expect(result.investigation).toEqual({
      id: expect.any(String),
      number: expect.stringMatching(/^I-/),
      status: 'open',
      orgUnitName: 'North Investigations Unit',
      disposition: null,
      abilities: { open: false },
      investigatorName: null,
      responseDueAt: null,
    });

    const investigatorName = await assigneeOf(h, result.investigation.id);
    expect(['investigator', 'investigator2']).toContain(investigatorName);
    const investigator = await h.signIn(investigatorName);
    const work = (await investigator.get('/api/my-work')).json();
    const mine = work.investigations.find((i: { reportId: string }) => i.reportId === report.id);
    expect(mine).toMatchObject({ responsePriority: 'same_day', childNames: ['Maya Torres'] });
    const fromReport = (await investigator.get(`/api/reports/${report.id}`)).json().investigation;
    expect(fromReport).toMatchObject({ id: mine.id, abilities: { open: true }, investigatorName: expect.stringMatching(/^(Ivy Chen|Marcus Bell)$/) });
    expect((Date.parse(fromReport.responseDueAt) - Date.parse(result.receivedAt)) / 3_600_000).toBe(2);
    const detail = (await investigator.get(`/api/investigations/${mine.id}`)).json();
    expect(detail.children.map((c: { personId: string }) => c.personId)).toEqual([child.id]);
    expect(detail.allegations).toEqual([
      {
        id: expect.any(String),
        victimPersonId: detail.children[0].personId,
        victimName: 'Maya Torres',
        perpetratorName: 'Kyle Benson',
        maltreatmentType: 'physical_abuse',
      },
    ]);
  });

  it('returns a report with a comment, and the screener can fix and resubmit it', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener);
    const supervisor = await h.signIn('supervisor');
    const returned = await supervisor.post(`/api/reports/${report.id}/return`, {
      version: report.version,
      comment: 'Ask the reporter whether the partner still lives there.',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().reviews.at(-1)).toMatchObject({
      action: 'returned',
      comment: 'Ask the reporter whether the partner still lives there.',
      reviewerName: 'Samuel Reyes',
    });

    const again = (await screener.get(`/api/reports/${report.id}`)).json();
    expect(again.abilities.edit).toBe(true);
    const fixed = await screener.patch(`/api/reports/${report.id}`, { version: again.version, decisionRationale: 'Partner confirmed living in the home.' });
    const resubmitted = await screener.post(`/api/reports/${report.id}/submit`, { version: fixed.json().version });
    expect(resubmitted.json().status).toBe('submitted');
  });

  it('refuses a stale write with 409 and keeps the first change (nothing silently overwritten)', async () => {
    const screener = await h.signIn('screener');
    const report = (await screener.post('/api/reports', {})).json();
    const first = await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'First tab wrote this.' });
    expect(first.statusCode).toBe(200);
    const stale = await screener.patch(`/api/reports/${report.id}`, { version: report.version, narrative: 'Second tab, stale.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().code).toBe('conflict');
    expect((await screener.get(`/api/reports/${report.id}`)).json().narrative).toBe('First tab wrote this.');
  });

  it('says exactly what is missing before a report can be submitted', async () => {
    const screener = await h.signIn('screener');
    const report = (await screener.post('/api/reports', {})).json();
    const response = await screener.post(`/api/reports/${report.id}/submit`, { version: report.version });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['narrative', 'reporter.reporterType', 'participants', 'decision', 'decisionRationale']));
  });

  it('rejects an allegation against a child who is not an alleged victim on the report', async () => {
    const screener = await h.signIn('screener');
    const report = (await screener.post('/api/reports', {})).json();
    const stranger = await createPerson(screener, { firstName: 'Leo', lastName: 'Park', approximateAge: 6 });
    const response = await screener.post(`/api/reports/${report.id}/allegations`, {
      version: report.version,
      victimPersonId: stranger.id,
      perpetratorPersonId: null,
      maltreatmentType: 'neglect',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('victimPersonId');
  });

  it('does not let a supervisor approve a report they took themselves, nor a screener approve at all', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener);
    const denied = await screener.post(`/api/reports/${report.id}/approve`, { version: report.version });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden_action');
  });

  it('validates input and answers with problem+json naming the field', async () => {
    const screener = await h.signIn('screener');
    const response = await screener.post('/api/persons', { firstName: '', lastName: 'X', dateOfBirth: '2019-02-30' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'dateOfBirth']));
  });

  it('approving a screen-out closes the report with its community referral and opens no investigation (INT-4)', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener, { submit: false });
    const changed = await screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      decision: 'screen_out',
      responsePriority: null,
      communityReferral: 'Parenting support group, North Library',
      decisionRationale: 'No maltreatment alleged that meets the threshold.',
    });
    const submitted = await screener.post(`/api/reports/${report.id}/submit`, { version: changed.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const supervisor = await h.signIn('supervisor');
    const approved = (await supervisor.post(`/api/reports/${report.id}/approve`, { version: submitted.json().version })).json();
    expect(approved).toMatchObject({
      status: 'approved',
      decision: 'screen_out',
      communityReferral: 'Parenting support group, North Library',
      investigation: null,
    });
  });

  it('a family-assessment screen-in opens on the family assessment track with the 72-hour clock', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener, { submit: false });
    const changed = await screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      decision: 'screen_in_family_assessment',
      responsePriority: 'within_72_hours',
    });
    const submitted = await screener.post(`/api/reports/${report.id}/submit`, { version: changed.json().version });
    const supervisor = await h.signIn('supervisor');
    const approved = (await supervisor.post(`/api/reports/${report.id}/approve`, { version: submitted.json().version })).json();
    const investigator = await h.signIn(await assigneeOf(h, approved.investigation.id));
    const detail = (await investigator.get(`/api/investigations/${approved.investigation.id}`)).json();
    expect(detail).toMatchObject({ track: 'family_assessment', responsePriority: 'within_72_hours' });
    expect((Date.parse(detail.responseDueAt) - Date.parse(approved.receivedAt)) / 3_600_000).toBe(72);
  });

  it('assigns new investigations to the least-loaded investigator when the supervisor does not choose', async () => {
    const screener = await h.signIn('screener');
    const supervisor = await h.signIn('supervisor');
    const { report } = await submittedScreenIn(screener);
    const staff = (await supervisor.get(`/api/staff/investigators?reportId=${report.id}`)).json().staff;
    expect(staff.map((s: { displayName: string }) => s.displayName).sort()).toEqual(['Ivy Chen', 'Marcus Bell']);
    const leastLoaded = staff[0];
    expect(leastLoaded.openInvestigations).toBeLessThanOrEqual(staff[1].openInvestigations);
    const approved = (await supervisor.post(`/api/reports/${report.id}/approve`, { version: report.version })).json();
    expect((await h.signIn(await assigneeOf(h, approved.investigation.id))).userId).toBe(leastLoaded.id);
  });

  it('records typed relationships among the people on the report, and only among them (INT-2)', async () => {
    const screener = await h.signIn('screener');
    const { report, child, mother, partner } = await submittedScreenIn(screener, { submit: false });
    const added = await screener.post(`/api/reports/${report.id}/relationships`, {
      version: report.version,
      personId: mother.id,
      relatedPersonId: child.id,
      kind: 'parent_of',
    });
    expect(added.statusCode, added.body).toBe(200);
    const partnered = await screener.post(`/api/reports/${report.id}/relationships`, {
      version: added.json().version,
      personId: partner.id,
      relatedPersonId: mother.id,
      kind: 'partner_of',
    });
    const relationships = partnered.json().relationships;
    expect(relationships.map((r: { kind: string }) => r.kind)).toEqual(['parent_of', 'partner_of']);
    expect(relationships[0]).toMatchObject({ personId: mother.id, relatedPersonId: child.id });

    const outsider = await createPerson(screener, { firstName: 'Gina', lastName: 'Holt', approximateAge: 60 });
    const refused = await screener.post(`/api/reports/${report.id}/relationships`, {
      version: partnered.json().version,
      personId: outsider.id,
      relatedPersonId: child.id,
      kind: 'grandparent_of',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('personId');

    const removed = await screener.delete(`/api/reports/${report.id}/relationships/${relationships[1].id}?version=${partnered.json().version}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().relationships.map((r: { kind: string }) => r.kind)).toEqual(['parent_of']);

    const south = await h.signIn('south.screener');
    const crossOffice = await south.post(`/api/reports/${report.id}/relationships`, {
      version: removed.json().version,
      personId: mother.id,
      relatedPersonId: child.id,
      kind: 'relative_of',
    });
    expect(crossOffice.statusCode).toBe(404);
  });
});
