import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { drawnText } from '../../safety-plans/safety-plan.fixtures.js';
import { completePlan, planFamily, planKeys, tinyPng } from './plan.fixtures.js';

/** PLAN-7: the case plan printed for the family, in English or Spanish, with a page per parent. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

/** A saved plan with one step the mother is responsible for, signed by her (typed) and the father (drawn). */
async function signedPlan() {
  const family = await planFamily(h);
  const { caseworker, caseId } = family;
  const draft = (await caseworker.post(`/api/cases/${caseId}/plans`, { id: randomUUID() })).json();
  const body = completePlan(family, planKeys(), draft.version);
  body.objectives[0]!.actionSteps.push({
    id: randomUUID(),
    text: 'Lucia calls Rosa before school ends',
    responsibleKind: 'participant',
    responsiblePersonId: family.people.mother.id,
    dueDate: '2027-01-10',
  } as (typeof body.objectives)[number]['actionSteps'][number]);
  const saved = await caseworker.put(`/api/plans/${draft.id}`, body);
  expect(saved.statusCode, saved.body).toBe(200);
  const plan = saved.json();
  const agree = (personId: string, signature: Record<string, unknown>) =>
    caseworker.post(`/api/plans/${plan.id}/agreements`, {
      id: randomUUID(),
      planVersion: plan.version,
      personId,
      signerRole: 'parent',
      outcome: 'agreed',
      ownWords: 'I will keep the kids safe.',
      ...signature,
    });
  expect((await agree(family.people.mother.id, { method: 'typed', typedName: 'Lucia Torres' })).statusCode).toBe(201);
  expect((await agree(family.fatherId, { method: 'drawn', drawing: tinyPng })).statusCode).toBe(201);
  return { family, plan };
}

describe('the printed case plan (PLAN-7)', () => {
  it('prints the plan in English and Spanish with the signatures and each parent’s page, audited', async () => {
    const { family, plan } = await signedPlan();
    const english = await family.caseworker.get(`/api/plans/${plan.id}/document?language=en`);
    expect(english.statusCode, english.body).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    expect(english.headers['content-disposition']).toMatch(/^attachment; filename="case-plan-.*-v1-en\.pdf"$/);
    expect(english.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = drawnText(english.rawPayload);
    for (const words of [
      'Our family', // the ’ after it is WinAnsi 0x92, which drawnText reads as Latin-1
      'We want the kids safe and calm at home, and to stay together.',
      'How we will know: Seen at every home visit and told by the school',
      'Signed by typing: Lucia Torres',
      'What I agreed to do',
      'For Lucia Torres',
      'For Daniel Reyes',
      'What the agency will do',
    ]) {
      expect(text).toContain(words);
    }
    // The mother's page lists her step and not the grandmother's or the provider's.
    const mothersPage = text.slice(text.indexOf('For Lucia Torres'), text.indexOf('What the agency will do', text.indexOf('For Lucia Torres')));
    expect(mothersPage).toContain('Lucia calls Rosa before school ends');
    expect(mothersPage).toContain('January 10, 2027');
    expect(mothersPage).not.toContain('Grandmother Rosa watches');
    // The father's drawn signature is an embedded PNG.
    expect(Buffer.from(english.rawPayload).toString('latin1')).toContain('/Subtype /Image');

    const spanish = await family.caseworker.get(`/api/plans/${plan.id}/document?language=es`);
    expect(spanish.statusCode).toBe(200);
    const texto = drawnText(spanish.rawPayload);
    for (const words of [
      'El plan del caso de nuestra familia',
      'Cómo lo sabremos',
      'Firmado escribiendo: Lucia Torres',
      'Lo que acepté hacer',
      'Mis pasos',
      '10 de enero de 2027',
    ]) {
      expect(texto).toContain(words);
    }

    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('details').where('record_id', '=', family.caseId).where('action', '=', 'case_plan.print').orderBy('seq').execute(),
    );
    expect(audit.map((a) => a.details)).toEqual([
      { planId: plan.id, versionNo: 1, language: 'en' },
      { planId: plan.id, versionNo: 1, language: 'es' },
    ]);
  });

  it('is 404 to another office and 400 for a language it does not print', async () => {
    const { family, plan } = await signedPlan();
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/plans/${plan.id}/document?language=en`)).statusCode).toBe(404);
    expect((await family.caseworker.get(`/api/plans/${randomUUID()}/document`)).statusCode).toBe(404);
    expect((await family.caseworker.get(`/api/plans/${plan.id}/document?language=fr`)).statusCode).toBe(400);
  });
});
