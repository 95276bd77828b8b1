import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** ENG-3, ENG-4, ENG-5: the child and family team, its meetings and the full-disclosure record. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const team = (caseId: string) => `/api/cases/${caseId}/team`;
const meetings = (caseId: string) => `/api/cases/${caseId}/meetings`;
const disclosureCodes = ['asfa_timeframes', 'concurrent_planning', 'family_rights', 'how_to_ask_for_a_meeting'];
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

/** The Torres case with Maya made 15, the mother and a therapist on the team. */
async function caseWithTeam() {
  const family = await openCaseFast(h);
  await h.database.asOwner((owner) => owner.updateTable('person').set({ date_of_birth: '2011-03-02' }).where('id', '=', family.people.maya.id).execute());
  const mother = { id: randomUUID(), personId: family.people.mother.id, role: 'parent', mayBeTold: 'full', phone: '860-555-0134' };
  const therapist = { id: randomUUID(), name: 'Dr. Ana Whitlock', role: 'therapist', organisation: 'Riverside Family Clinic', mayBeTold: 'own_part_only' };
  for (const member of [mother, therapist]) {
    const added = await family.caseworker.post(team(family.caseId), member);
    expect(added.statusCode, added.body).toBe(201);
  }
  return { family, mother, therapist };
}

const fullRecord = (version: number, memberIds: { mother: string; therapist: string }) => ({
  version,
  heldAt: hourAgo(),
  attendance: [
    { memberId: memberIds.mother, attendance: 'in_person' },
    { memberId: memberIds.therapist, attendance: 'video' },
  ],
  familyWords: 'Lucia: “I want the kids to stay with me, and I will go to the parenting group.”',
  decisions: 'Maya stays home with the safety plan; Lucia starts the parenting group.',
  disclosures: disclosureCodes.map((code) => ({
    code,
    explained: true,
    familyResponse: code === 'concurrent_planning' ? 'Lucia was upset but understood.' : undefined,
  })),
  followUps: [
    { id: randomUUID(), action: 'Enrol in the parenting group', responsibleMemberId: memberIds.mother, dueOn: '2026-12-20' },
    { id: randomUUID(), action: 'Send the school a release', responsibleName: 'Ms. Parker, school counsellor', dueOn: '2026-12-15' },
  ],
});

describe('the child and family team (ENG-3)', () => {
  it('adds a parent from the network and a professional by name; a double-click adds one; the network lists who else could join', async () => {
    const { family, mother, therapist } = await caseWithTeam();
    const again = await family.caseworker.post(team(family.caseId), mother);
    expect(again.statusCode).toBe(200);
    const read = (await family.caseworker.get(team(family.caseId))).json();
    expect(read.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Lucia Torres', 'parent'],
      ['Dr. Ana Whitlock', 'therapist'],
    ]);
    expect(read.members[1]).toMatchObject({
      id: therapist.id,
      personId: null,
      organisation: 'Riverside Family Clinic',
      mayBeTold: 'own_part_only',
      version: 1,
    });
    expect(read.candidates.map((c: { name: string }) => c.name)).not.toContain('Lucia Torres');
    expect(read.candidates.map((c: { name: string }) => c.name)).toContain('Rosa Torres');
    expect(read.youths).toEqual([{ personId: family.people.maya.id, name: 'Maya Torres', chosenCount: 0 }]);
    expect(read.youthChosen).toMatchObject({ minAge: 14, maxMembers: 2 });
    const twice = await family.caseworker.post(team(family.caseId), { ...mother, id: randomUUID() });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().reason).toBe('already_on_team');
  });

  it('a youth of 14 or older chooses at most two members (SSA §475(1)(B)); a younger child chooses none', async () => {
    const { family } = await caseWithTeam();
    const chosen = (name: string, chosenBy = family.people.maya.id) => ({
      id: randomUUID(),
      name,
      role: 'youth_chosen',
      chosenBy,
      mayBeTold: 'plan_and_meetings',
    });
    expect((await family.caseworker.post(team(family.caseId), chosen('Coach Sam Okafor'))).statusCode).toBe(201);
    expect((await family.caseworker.post(team(family.caseId), chosen('Aunt Bea Torres'))).statusCode).toBe(201);
    const third = await family.caseworker.post(team(family.caseId), chosen('Mr. Diaz, teacher'));
    expect(third.statusCode).toBe(409);
    expect(third.json().reason).toBe('youth_chosen_limit');
    const byLeo = await family.caseworker.post(team(family.caseId), chosen('Someone', family.people.leo.id));
    expect(byLeo.statusCode).toBe(400);
    expect(byLeo.json().reason).toBe('not_a_youth');
    const noYouth = await family.caseworker.post(team(family.caseId), { id: randomUUID(), name: 'X', role: 'youth_chosen', mayBeTold: 'full' });
    expect(noYouth.statusCode).toBe(400);
    expect(noYouth.json().errors.map((e: { path: string }) => e.path)).toEqual(['chosenBy']);
    const read = (await family.caseworker.get(team(family.caseId))).json();
    expect(read.youths[0].chosenCount).toBe(2);
    expect(read.members.find((m: { name: string }) => m.name === 'Coach Sam Okafor').chosenByName).toBe('Maya Torres');
  });

  it('refuses bad input field by field, a person outside the network, and a stale change', async () => {
    const { family, therapist } = await caseWithTeam();
    const bad = await family.caseworker.post(team(family.caseId), { id: randomUUID(), role: 'wizard', mayBeTold: 'full', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'role']);
    const stranger = await family.caseworker.post(team(family.caseId), { id: randomUUID(), personId: randomUUID(), role: 'relative', mayBeTold: 'full' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('personId');
    const changed = await family.caseworker.patch(`${team(family.caseId)}/${therapist.id}`, { version: 1, phone: '860-555-0199' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ phone: '860-555-0199', version: 2 });
    const stale = await family.caseworker.patch(`${team(family.caseId)}/${therapist.id}`, { version: 1, active: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
  });
});

describe('the team and its meetings under retries, repeats and removals (review mends)', () => {
  it('a retried add that filled the youth’s quota answers 200; a member comes back only by a new add; a removed member cannot be invited', async () => {
    const { family, therapist } = await caseWithTeam();
    const chosen = (name: string) => ({ id: randomUUID(), name, role: 'youth_chosen', chosenBy: family.people.maya.id, mayBeTold: 'plan_and_meetings' });
    await family.caseworker.post(team(family.caseId), chosen('Coach Sam Okafor'));
    const second = chosen('Aunt Bea Torres');
    expect((await family.caseworker.post(team(family.caseId), second)).statusCode).toBe(201);
    expect((await family.caseworker.post(team(family.caseId), second)).statusCode).toBe(200);
    const removed = await family.caseworker.patch(`${team(family.caseId)}/${therapist.id}`, { version: 1, active: false });
    expect(removed.json().active).toBe(false);
    const back = await family.caseworker.patch(`${team(family.caseId)}/${therapist.id}`, { version: 2, active: true });
    expect(back.statusCode).toBe(400);
    const invited = await family.caseworker.post(meetings(family.caseId), {
      id: randomUUID(),
      reason: 'regular_review',
      scheduledFor: hourAgo(),
      invitedMemberIds: [therapist.id],
    });
    expect(invited.statusCode).toBe(400);
    expect(invited.json().errors[0].path).toBe('invitedMemberIds.0');
  });

  it('a repeated attendee or disclosure item is a field error; a follow-up marked done makes an older record’s correction stale', async () => {
    const { family, mother, therapist } = await caseWithTeam();
    const id = randomUUID();
    await family.caseworker.post(meetings(family.caseId), { id, reason: 'regular_review', scheduledFor: hourAgo() });
    const record = fullRecord(1, { mother: mother.id, therapist: therapist.id });
    const repeated = await family.caseworker.put(`/api/meetings/${id}/record`, {
      ...record,
      attendance: [...record.attendance, { memberId: mother.id, attendance: 'phone' }],
      disclosures: [...record.disclosures, { code: 'family_rights', explained: false }],
    });
    expect(repeated.statusCode).toBe(400);
    expect(
      repeated
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['attendance.2', 'disclosures.4']);
    const held = (await family.caseworker.put(`/api/meetings/${id}/record`, record)).json();
    const followUp = held.followUps[0];
    const done = await family.caseworker.patch(`/api/meetings/${id}/follow-ups/${followUp.id}`, { version: followUp.version, doneOn: '2026-12-03' });
    expect(done.json().version).toBe(held.version + 1);
    const late = await family.caseworker.put(`/api/meetings/${id}/record`, { ...record, version: held.version, followUps: [] });
    expect(late.statusCode).toBe(409);
    expect((await family.caseworker.get(`/api/meetings/${id}`)).json().followUps).toHaveLength(2);
  });
});

describe('family team meetings and full disclosure (ENG-4, ENG-5)', () => {
  it('a meeting the mother asked for opens the profile’s task; recording it with every disclosure item holds it and closes the task', async () => {
    const { family, mother, therapist } = await caseWithTeam();
    const meeting = {
      id: randomUUID(),
      reason: 'requested',
      requestedBy: family.people.mother.id,
      scheduledFor: hourAgo(),
      location: 'North office, room 2',
      agenda: 'The mother’s questions about the safety plan',
      language: 'es',
      invitedMemberIds: [mother.id, therapist.id],
    };
    const scheduled = await family.caseworker.post(meetings(family.caseId), meeting);
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', requestedByName: 'Lucia Torres', version: 1 });
    expect(scheduled.json().attendees.map((a: { name: string; attendance: null }) => [a.name, a.attendance])).toEqual([
      ['Lucia Torres', null],
      ['Dr. Ana Whitlock', null],
    ]);
    expect(scheduled.json().disclosures.map((d: { code: string; explained: null }) => [d.code, d.explained])).toEqual(disclosureCodes.map((c) => [c, null]));
    expect((await family.caseworker.post(meetings(family.caseId), meeting)).statusCode).toBe(200);
    const openTask = async () => (await tasksOf(h, family.caseId)).filter((t) => t.rule_key === 'requested_team_meeting' && t.status === 'open');
    expect(await openTask()).toHaveLength(1);

    const partial = fullRecord(1, { mother: mother.id, therapist: therapist.id });
    const incomplete = await family.caseworker.put(`/api/meetings/${meeting.id}/record`, { ...partial, disclosures: partial.disclosures.slice(1) });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().reason).toBe('disclosure_incomplete');
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(['disclosures.asfa_timeframes']);

    const recorded = await family.caseworker.put(`/api/meetings/${meeting.id}/record`, partial);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'held', version: 2, decisions: partial.decisions });
    expect(
      recorded
        .json()
        .followUps.map((f: { responsibleName: string }) => f.responsibleName)
        .sort(),
    ).toEqual(['Lucia Torres', 'Ms. Parker, school counsellor']);
    expect(recorded.json().disclosures.find((d: { code: string }) => d.code === 'concurrent_planning')).toMatchObject({
      explained: true,
      familyResponse: 'Lucia was upset but understood.',
    });
    expect(await openTask()).toEqual([]);

    const stale = await family.caseworker.put(`/api/meetings/${meeting.id}/record`, partial);
    expect(stale.statusCode).toBe(409);
    const correction = await family.caseworker.put(`/api/meetings/${meeting.id}/record`, { ...partial, version: 2, decisions: 'Corrected: Maya stays home.' });
    expect(correction.json()).toMatchObject({ version: 3, decisions: 'Corrected: Maya stays home.' });
    const events = await h.database.asOwner((owner) =>
      owner.selectFrom('domain_event').select('type').where('subject_id', '=', family.caseId).where('type', '=', 'family_team_meeting.held').execute(),
    );
    expect(events).toHaveLength(1);

    const followUp = correction.json().followUps[0];
    const done = await family.caseworker.patch(`/api/meetings/${meeting.id}/follow-ups/${followUp.id}`, { version: followUp.version, doneOn: '2026-12-03' });
    expect(done.json().followUps.find((f: { id: string }) => f.id === followUp.id).doneOn).toBe('2026-12-03');
    const list = (await family.caseworker.get(meetings(family.caseId))).json();
    expect(list.items).toEqual([expect.objectContaining({ id: meeting.id, status: 'held', openFollowUps: 1 })]);

    const summary = await family.caseworker.get(`/api/meetings/${meeting.id}/summary`);
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-type']).toBe('application/pdf');
    expect(summary.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('details').where('record_id', '=', family.caseId).where('action', '=', 'family_team_meeting.summary').execute(),
    );
    expect(audit).toEqual([{ details: { meetingId: meeting.id, language: 'es' } }]);
  });

  it('refuses a meeting in the future recorded as held, a stranger among the attendees, and a summary before it is held; a held meeting cannot be cancelled', async () => {
    const { family, mother, therapist } = await caseWithTeam();
    const id = randomUUID();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await family.caseworker.post(meetings(family.caseId), {
      id,
      reason: 'regular_review',
      scheduledFor: tomorrow,
      invitedMemberIds: [mother.id],
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    expect((await family.caseworker.get(`/api/meetings/${id}/summary`)).json().reason).toBe('meeting_not_held');
    const record = fullRecord(1, { mother: mother.id, therapist: therapist.id });
    const future = await family.caseworker.put(`/api/meetings/${id}/record`, { ...record, heldAt: tomorrow });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('heldAt');
    const stranger = await family.caseworker.put(`/api/meetings/${id}/record`, {
      ...record,
      attendance: [{ memberId: randomUUID(), attendance: 'phone' }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('attendance.0.memberId');
    const moved = await family.caseworker.patch(`/api/meetings/${id}`, { version: 1, scheduledFor: hourAgo(), invitedMemberIds: [mother.id, therapist.id] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().attendees).toHaveLength(2);
    expect((await family.caseworker.put(`/api/meetings/${id}/record`, { ...record, version: 2 })).statusCode).toBe(200);
    const cancel = await family.caseworker.post(`/api/meetings/${id}/cancel`, { version: 3, reason: 'x' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().reason).toBe('meeting_held');

    const other = randomUUID();
    await family.caseworker.post(meetings(family.caseId), { id: other, reason: 'closure_planning', scheduledFor: tomorrow });
    const cancelled = await family.caseworker.post(`/api/meetings/${other}/cancel`, { version: 1, reason: 'The mother is in hospital.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledReason: 'The mother is in hospital.', abilities: { edit: false } });
  });

  it('a worker from another office gets 404 on every route and RLS hides every row; QA reads but cannot change', async () => {
    const { family, mother, therapist } = await caseWithTeam();
    const id = randomUUID();
    await family.caseworker.post(meetings(family.caseId), { id, reason: 'regular_review', scheduledFor: hourAgo(), invitedMemberIds: [mother.id] });
    const recorded = await family.caseworker.put(`/api/meetings/${id}/record`, fullRecord(1, { mother: mother.id, therapist: therapist.id }));
    const followUpId = recorded.json().followUps[0].id;
    const south = await h.signIn('south.investigator');
    const attempts = [
      await south.get(team(family.caseId)),
      await south.post(team(family.caseId), { id: randomUUID(), name: 'Z', role: 'advocate', mayBeTold: 'full' }),
      await south.patch(`${team(family.caseId)}/${mother.id}`, { version: 1, phone: '1' }),
      await south.get(meetings(family.caseId)),
      await south.post(meetings(family.caseId), { id: randomUUID(), reason: 'regular_review', scheduledFor: hourAgo() }),
      await south.get(`/api/meetings/${id}`),
      await south.patch(`/api/meetings/${id}`, { version: 2, agenda: 'x' }),
      await south.put(`/api/meetings/${id}/record`, fullRecord(2, { mother: mother.id, therapist: therapist.id })),
      await south.post(`/api/meetings/${id}/cancel`, { version: 2, reason: 'x' }),
      await south.patch(`/api/meetings/${id}/follow-ups/${followUpId}`, { version: 1, doneOn: null }),
      await south.get(`/api/meetings/${id}/summary`),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual(attempts.map(() => 404));
    const seen = await asUser(h, await userIdOf(h, 'south.investigator'), async (trx) => {
      const count = async (table: string) =>
        (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where case_id = ${family.caseId}`.execute(trx)).rows[0]!.n;
      return {
        members: await count('case_team_member'),
        meetings: await count('family_team_meeting'),
        attendees: await count('family_team_meeting_attendee'),
        followUps: await count('family_team_meeting_follow_up'),
        disclosures: await count('family_team_meeting_disclosure'),
      };
    });
    expect(seen).toEqual({ members: 0, meetings: 0, attendees: 0, followUps: 0, disclosures: 0 });

    const qa = await h.signIn('qa');
    const read = await qa.get(`/api/meetings/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.edit).toBe(false);
    expect((await qa.post(team(family.caseId), { id: randomUUID(), name: 'Z', role: 'advocate', mayBeTold: 'full' })).statusCode).toBe(403);
    expect((await qa.put(`/api/meetings/${id}/record`, fullRecord(2, { mother: mother.id, therapist: therapist.id }))).statusCode).toBe(403);
  });
});
