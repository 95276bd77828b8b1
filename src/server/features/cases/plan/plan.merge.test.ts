import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { approvedAndRevised } from './plan.fixtures.js';

/** PLAT-4 with the case plan: a person named in a plan, even an approved one, follows a merge and its undo. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const stepsNaming = (planIds: string[]) =>
  h.database.asOwner(async (owner: Kysely<any>) => {
    const { rows } = await sql<{ plan_id: string; responsible_person_id: string }>`
      select plan_id, responsible_person_id from case_plan_action_step
       where plan_id = any (${planIds}::uuid[]) and responsible_person_id is not null order by plan_id`.execute(owner);
    return rows;
  });

describe('a person named in a case plan is merged (PLAT-4)', () => {
  it('the approved and the draft version follow the survivor, and the undo puts them back', async () => {
    const { family, plan, revised } = await approvedAndRevised(h);
    const other = await openCaseFast(h);
    const duplicateId = family.people.grandmother.id;
    const survivorId = other.people.grandmother.id;
    const supervisor = await h.signIn('ong.supervisor');
    const [s, d] = await Promise.all([supervisor.get(`/api/persons/${survivorId}`), supervisor.get(`/api/persons/${duplicateId}`)]);
    const mergeId = randomUUID();
    const merged = await supervisor.post(`/api/persons/${survivorId}/merge`, {
      id: mergeId,
      mergedId: duplicateId,
      survivorVersion: s.json().version,
      mergedVersion: d.json().version,
      reason: 'Same grandmother: same name and date of birth.',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const after = await stepsNaming([plan.id, revised.id]);
    expect(after).toHaveLength(2);
    expect(after.every((r) => r.responsible_person_id === survivorId)).toBe(true);
    expect((await family.caseworker.get(`/api/plans/${plan.id}`)).json().objectives[0].actionSteps[0].responsiblePersonId).toBe(survivorId);

    const admin = await h.signIn('admin');
    const undone = await admin.post(`/api/person-merges/${mergeId}/undo`, { reason: 'Two different women after all.' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect((await stepsNaming([plan.id, revised.id])).every((r) => r.responsible_person_id === duplicateId)).toBe(true);
  });
});
