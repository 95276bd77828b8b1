import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { investigationReadyForDecision, seeChildren, submitDecision } from '../../../../../test/support/decision.js';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { createPerson } from '../../../../../test/support/journey.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';

/** INV-1, INV-8: a child found in the home during the investigation joins it. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const url = (id: string) => `/api/investigations/${id}/participants`;

describe('adding a person found during the investigation (INV-1, INV-8)', () => {
  it('the investigator adds a baby found in the home; she joins the household, the contacts and the closure rules', async () => {
    const family = await investigationReadyForDecision(h, { safety: 'safe', risk: 'low', finding: 'unsubstantiated' });
    const found = await createPerson(family.investigator, { firstName: 'Ana', lastName: 'Torres', dateOfBirth: '2026-03-01', sex: 'female' });
    const added = await family.investigator.post(url(family.investigationId), { personId: found.id, role: 'household_member', livesInHousehold: true });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().household.find((p: { personId: string }) => p.personId === found.id)).toMatchObject({
      firstName: 'Ana',
      isChild: true,
      role: 'household_member',
    });

    // Twice is a conflict, not a second row.
    expect((await family.investigator.post(url(family.investigationId), { personId: found.id, role: 'household_member' })).statusCode).toBe(409);

    // The closure rules now ask to see her too, and a contact may name her.
    const refused = await submitDecision(family.investigator, family.investigationId, { decision: 'close' });
    expect(refused.json().errors).toEqual([{ path: 'children_seen', message: expect.stringContaining('Not seen: Ana Torres.') }]);
    await seeChildren(family.investigator, family.investigationId, [found.id]);
    expect((await submitDecision(family.investigator, family.investigationId, { decision: 'close' })).statusCode).toBe(200);

    const audit = await h.database.asOwner((owner) =>
      owner
        .selectFrom('audit_event')
        .select(['action', 'person_ids'])
        .where('record_id', '=', family.investigationId)
        .where('action', '=', 'investigation.participant_add')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'investigation.participant_add', person_ids: [found.id] }]);
  });

  it('refuses an alleged-victim role, a person the investigator cannot see, and people from another office (404)', async () => {
    const family = await openInvestigationFast(h);
    const found = await createPerson(family.investigator, { firstName: 'Ana', lastName: 'Torres', dateOfBirth: '2026-03-01', sex: 'female' });
    expect((await family.investigator.post(url(family.investigationId), { personId: found.id, role: 'alleged_victim' })).statusCode).toBe(400);
    const southScreener = await h.signIn('south.screener');
    const hidden = await createPerson(southScreener, { firstName: 'Hidden', lastName: 'Person', dateOfBirth: '2019-01-01', sex: 'male' });
    expect((await family.investigator.post(url(family.investigationId), { personId: hidden.id, role: 'household_member' })).statusCode).toBe(404);
    const south = await h.signIn('south.investigator');
    expect((await south.post(url(family.investigationId), { personId: found.id, role: 'household_member' })).statusCode).toBe(404);
    const screener = await h.signIn('screener');
    expect((await screener.post(url(family.investigationId), { personId: found.id, role: 'household_member' })).statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql<{ id: string }>`select id from report_participant where report_id = ${family.reportId}::uuid`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });
});
