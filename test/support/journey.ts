import { expect } from 'vitest';
import type { Client } from './harness.js';

/** Test helpers that tell the intake story in a screener's steps. */

type Answer = Promise<{ statusCode: number; body: string; json(): any }>;

/** A step of a report's intake: it must succeed, and its answer is the report as it now is. */
export async function okJson(promise: Answer) {
  const response = await promise;
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
export async function createPerson(client: Client, person: Record<string, unknown>) {
  const response = await client.post('/api/persons', {
    sex: 'unknown',
    races: [],
    ethnicity: 'unknown',
    icwaInquiry: 'not_yet_asked',
    primaryLanguage: 'en',
    ...person,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; firstName: string; lastName: string };
}

/** Answers for the demonstration screening instrument: an injury, a school-age child seen by others (screen in, 24 h). */
export const injuryScreeningAnswers = {
  pa_injury: 'yes',
  pa_injury_serious: 'no',
  pa_threat: 'no',
  ng_basic_needs: 'no',
  ng_supervision: 'no',
  ng_medical: 'no',
  sa_concern: 'no',
  ea_harm: 'no',
  youngest_age: 'age_6_to_12',
  seen_by_others: 'yes',
  family_assessment_allowed: 'no',
};

/** The screener completes the report's screening instrument (INT-4), as every submission needs. */
export async function answerScreeningInstrument(screener: Client, reportId: string, answers: Record<string, unknown> = injuryScreeningAnswers) {
  const current = (await screener.get(`/api/reports/${reportId}/screening-instrument`)).json();
  const response = await screener.put(`/api/reports/${reportId}/screening-instrument`, {
    answers,
    ...(current.response ? { version: current.response.version } : {}),
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().response.status).toBe('completed');
}

/** A complete, screened-in report from `screener`, ready for supervisor review. Returns the report. */
export async function submittedScreenIn(screener: Client, options: { priority?: string; submit?: boolean; answerInstrument?: boolean } = {}) {
  let report = (await screener.post('/api/reports', { channel: 'phone' })).json();
  const child = await createPerson(screener, { firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11', sex: 'female' });
  const mother = await createPerson(screener, { firstName: 'Lucia', lastName: 'Torres', dateOfBirth: '1991-07-01', sex: 'female' });
  const father = await createPerson(screener, { firstName: 'Mateo', lastName: 'Ruiz', approximateAge: 35, sex: 'male' });
  const partner = await createPerson(screener, { firstName: 'Kyle', lastName: 'Benson', approximateAge: 30, sex: 'male' });
  const step = async (promise: Answer) => (report = await okJson(promise));
  await step(
    screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      narrative: 'School nurse saw bruises on the child’s arms; the child said the mother’s partner grabbed her.',
      reporter: { reporterType: 'education', mandated: true, anonymous: false, name: 'Nora Quinn', phone: '555-0142', relationshipToFamily: 'School nurse' },
    }),
  );
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: child.id, role: 'alleged_victim' }));
  await step(
    screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: mother.id, role: 'parent', parentType: 'custodial' }),
  );
  await step(
    screener.post(`/api/reports/${report.id}/participants`, {
      version: report.version,
      personId: father.id,
      role: 'parent',
      parentType: 'non_custodial',
      livesInHousehold: false,
    }),
  );
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: partner.id, role: 'household_member' }));
  await step(
    screener.post(`/api/reports/${report.id}/allegations`, {
      version: report.version,
      victimPersonId: child.id,
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
      decisionRationale: 'Physical injury by a household member; the child is in the home with him.',
    }),
  );
  if (options.answerInstrument !== false) await answerScreeningInstrument(screener, report.id);
  if (options.submit !== false) await step(screener.post(`/api/reports/${report.id}/submit`, { version: report.version }));
  return { report, child, mother, father, partner };
}
