import { expect } from 'vitest';
import type { Client } from './harness.js';
import { answerScreeningInstrument, createPerson, okJson } from './journey.js';

export interface FamilySpec {
  child: { firstName: string; lastName: string; dateOfBirth: string; sex?: string };
  parent: { firstName: string; lastName: string; dateOfBirth: string; sex?: string };
  reporterName: string;
}

/**
 * A screened-in report about any family (the journey helper always uses the Torres family, and
 * access tests need a family whose name appears in one office only). Neglect by the custodial
 * parent; submitted for approval unless `submit: false`.
 */
export async function takeScreenedInReport(screener: Client, family: FamilySpec, options: { submit?: boolean; childId?: string } = {}) {
  const created = await screener.post('/api/reports', { channel: 'phone' });
  expect(created.statusCode, created.body).toBe(201);
  let report = created.json();
  // A child the agency already knows (a second report about her) is reused, not created again.
  const child = options.childId ? { id: options.childId } : await createPerson(screener, { ...family.child, sex: family.child.sex ?? 'unknown' });
  const parent = await createPerson(screener, { ...family.parent, sex: family.parent.sex ?? 'unknown' });
  const step = async (promise: Parameters<typeof okJson>[0]) => {
    report = await okJson(promise);
  };
  await step(
    screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      narrative: 'Neighbour reports the child has been left alone overnight several times this month.',
      reporter: { reporterType: 'friend_neighbor', mandated: false, anonymous: false, name: family.reporterName, phone: '555-0199' },
    }),
  );
  await step(screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: child.id, role: 'alleged_victim' }));
  await step(
    screener.post(`/api/reports/${report.id}/participants`, { version: report.version, personId: parent.id, role: 'parent', parentType: 'custodial' }),
  );
  await step(
    screener.post(`/api/reports/${report.id}/allegations`, {
      version: report.version,
      victimPersonId: child.id,
      perpetratorPersonId: parent.id,
      maltreatmentType: 'neglect',
      description: 'Left alone overnight',
    }),
  );
  await step(
    screener.patch(`/api/reports/${report.id}`, {
      version: report.version,
      decision: 'screen_in',
      // The priority the demonstration instrument recommends for these answers, so no lowered-priority approval is asked.
      responsePriority: 'within_24_hours',
      decisionRationale: 'A young child repeatedly left without supervision.',
    }),
  );
  await answerScreeningInstrument(screener, report.id);
  if (options.submit !== false) await step(screener.post(`/api/reports/${report.id}/submit`, { version: report.version }));
  return { report, child, parent };
}
