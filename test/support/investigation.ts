import { expect } from 'vitest';
import type { Client, Harness } from './harness.js';
import { answerScreeningInstrument, createPerson, okJson } from './journey.js';

/**
 * An open investigation assigned to the demo investigator (Ivy Chen, North), for the INV-* tests:
 * the Torres–Ruiz household with two children (Maya 8, alleged victim of physical abuse by the
 * mother's partner; her brother Leo 4, in the home and not named in the allegation — INV-8), their
 * mother, the partner, and the maternal grandmother Rosa outside the home (family network).
 */
export async function openInvestigation(h: Harness, options: { priority?: string } = {}) {
  const screener = await h.signIn('screener');
  const supervisor = await h.signIn('supervisor');
  let report = (await screener.post('/api/reports', { channel: 'phone' })).json();
  const maya = await createPerson(screener, { firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11', sex: 'female' });
  const leo = await createPerson(screener, { firstName: 'Leo', lastName: 'Torres', dateOfBirth: '2022-05-30', sex: 'male' });
  const mother = await createPerson(screener, { firstName: 'Lucia', lastName: 'Torres', dateOfBirth: '1991-07-01', sex: 'female' });
  const partner = await createPerson(screener, { firstName: 'Kyle', lastName: 'Benson', approximateAge: 30, sex: 'male' });
  const grandmother = await createPerson(screener, { firstName: 'Rosa', lastName: 'Torres', dateOfBirth: '1962-09-14', sex: 'female' });
  const step = async (promise: Parameters<typeof okJson>[0]) => {
    report = await okJson(promise);
  };
  await step(
    screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      narrative: 'School nurse saw bruises on Maya’s arms; Maya said her mother’s partner grabbed her. Her brother Leo is at home.',
      reporter: { reporterType: 'education', mandated: true, anonymous: false, name: 'Nora Quinn', phone: '555-0142', relationshipToFamily: 'School nurse' },
    }),
  );
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: maya.id, role: 'alleged_victim' }));
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: leo.id, role: 'household_member' }));
  await step(
    screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: mother.id, role: 'parent', parentType: 'custodial' }),
  );
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: partner.id, role: 'household_member' }));
  await step(
    screener.post(`/api/reports/${report.id}/participants`, {
      version: report.version,
      personId: grandmother.id,
      role: 'other_family',
      livesInHousehold: false,
    }),
  );
  await step(
    screener.post(`/api/reports/${report.id}/relationships`, {
      version: report.version,
      personId: grandmother.id,
      relatedPersonId: mother.id,
      kind: 'parent_of',
    }),
  );
  await step(
    screener.post(`/api/reports/${report.id}/allegations`, {
      version: report.version,
      victimPersonId: maya.id,
      perpetratorPersonId: partner.id,
      maltreatmentType: 'physical_abuse',
      description: 'Bruises on both arms',
    }),
  );
  await step(
    screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      decision: 'screen_in',
      responsePriority: options.priority ?? 'within_24_hours',
      decisionRationale: 'Physical injury by a household member; two young children are in the home with him.',
    }),
  );
  await answerScreeningInstrument(screener, report.id);
  await step(screener.post(`/api/reports/${report.id}/submit`, { version: report.version }));
  const investigatorId = (await h.signIn('investigator')).userId;
  const approved = await supervisor.post(`/api/reports/${report.id}/approve`, { version: report.version, investigatorId });
  expect(approved.statusCode, approved.body).toBe(200);
  const investigationId: string = approved.json().investigation?.id;
  expect(investigationId).toBeTruthy();
  const investigator: Client = await h.signIn('investigator');
  return { investigationId, reportId: report.id as string, investigator, people: { maya, leo, mother, partner, grandmother } };
}

/**
 * The demo username assigned to an investigation, read as the database owner: the careline
 * supervisor who approved the screen-in may not see the assignee (PLAT-1), so tests ask the owner.
 */
export async function assigneeOf(h: Harness, investigationId: string): Promise<string> {
  const row = await h.database.asOwner((owner) =>
    owner
      .selectFrom('investigation as i')
      .innerJoin('staff_user as u', 'u.id', 'i.investigator_id')
      .select('u.username')
      .where('i.id', '=', investigationId)
      .executeTakeFirstOrThrow(),
  );
  return row.username as string;
}
