import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';
import { approvedAndRevised, completePlan } from './plan.fixtures.js';

/** PLAT-1 for the case plan: another office sees nothing of it, over HTTP or straight in SQL. */
let h: Harness;
let built: Awaited<ReturnType<typeof approvedAndRevised>>;
beforeAll(async () => {
  h = await createHarness();
  built = await approvedAndRevised(h);
});
afterAll(() => h?.close());

const tables = [
  'case_plan',
  'case_plan_goal',
  'case_plan_objective',
  'case_plan_action_step',
  'case_plan_agreement',
  'case_plan_review',
  'case_plan_review_rating',
] as const;

const countRows = (userId: string) =>
  asUser(h, userId, async (trx) => {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table] = Number(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where case_id = ${built.family.caseId}::uuid`.execute(trx)).rows[0]!.n,
      );
    }
    return counts;
  });

describe('the case plan stays inside need to know (PLAT-1)', () => {
  it('a worker in another office gets 404 on every case-plan route', async () => {
    const south = await h.signIn('south.investigator');
    const { family, plan, revised } = built;
    const responses = [
      await south.get(`/api/cases/${family.caseId}/plans`),
      await south.post(`/api/cases/${family.caseId}/plans`, { id: randomUUID() }),
      await south.get(`/api/plans/${plan.id}`),
      await south.get(`/api/plans/${revised.id}`),
      await south.put(`/api/plans/${revised.id}`, completePlan(family, built.keys, revised.version)),
      await south.post(`/api/plans/${revised.id}/submit`, { version: revised.version }),
      await south.post(`/api/plans/${plan.id}/revise`, { id: randomUUID() }),
      await south.get(`/api/plans/${revised.id}/diff`),
      await south.get(`/api/plans/${revised.id}/diff?against=${plan.id}`),
      await south.post(`/api/plans/${revised.id}/agreements`, { ...built.agreement, id: randomUUID(), planVersion: revised.version }),
      await south.post(`/api/plans/${plan.id}/reviews`, { ...built.review, id: randomUUID() }),
    ];
    for (const response of responses) expect(response.statusCode, response.body).toBe(404);
    const supervisor = await h.signIn('south.supervisor');
    expect((await supervisor.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
  });

  it('row-level security shows another office no row of any case-plan table', async () => {
    const mine = await countRows(await userIdOf(h, 'caseworker'));
    for (const table of tables) expect(mine[table], table).toBeGreaterThan(0);
    const theirs = await countRows(await userIdOf(h, 'south.investigator'));
    for (const table of tables) expect(theirs[table], table).toBe(0);
  });

  it('the database refuses a row written in someone else’s name, and any change to an approved version', async () => {
    const caseworker = await userIdOf(h, 'caseworker');
    const supervisor = await userIdOf(h, 'ong.supervisor');
    await expect(
      asUser(h, caseworker, (trx) =>
        sql`insert into case_plan_agreement (id, plan_id, case_id, plan_version, person_id, signer_role, outcome, efforts, recorded_by)
            values (${randomUUID()}::uuid, ${built.revised.id}::uuid, ${built.family.caseId}::uuid, 1, ${built.family.people.mother.id}::uuid,
                    'parent', 'not_reached', 'Called', ${supervisor}::uuid)`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asUser(h, caseworker, (trx) => sql`update case_plan set start_date = '2027-01-01' where id = ${built.plan.id}::uuid`.execute(trx)),
    ).rejects.toThrow(/approved case plan/);
    await expect(asUser(h, caseworker, (trx) => sql`delete from case_plan_goal where plan_id = ${built.plan.id}::uuid`.execute(trx))).rejects.toThrow(
      /approved case plan/,
    );
  });
});
