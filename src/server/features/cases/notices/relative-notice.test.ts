import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, emit, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** ENG-2: relative notice within 30 days of a removal (SSA §471(a)(29)), the letter and the task it closes. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const today = new Date().toISOString().slice(0, 10);

async function withGrandmothers() {
  const family = await openCaseFast(h);
  await emit(h, family.caseworker.userId, {
    type: 'child.removed',
    subjectType: 'case',
    subjectId: family.caseId,
    childPersonId: family.people.maya.id,
    occurredAt: new Date(),
  });
  const members = (await family.caseworker.get(`/api/cases/${family.caseId}/network`)).json().members as Array<{ participantId: string; firstName: string }>;
  const rosa = members.find((m) => m.firstName === 'Rosa')!.participantId;
  const carmen = randomUUID();
  await family.caseworker.post(`/api/cases/${family.caseId}/network`, {
    id: carmen,
    firstName: 'Carmen',
    lastName: 'Reyes',
    role: 'relative',
    connection: 'Paternal grandmother',
    approximateAge: 64,
  });
  const notices = (participantId: string) => `/api/cases/${family.caseId}/network/${participantId}/notices`;
  return { family, rosa, carmen, notices };
}

describe('relative notice (ENG-2)', () => {
  it('the task stays open until every adult relative has a notice or an exception; then it closes', async () => {
    const { family, rosa, carmen, notices } = await withGrandmothers();
    const open = () => tasksOf(h, family.caseId).then((tasks) => tasks.filter((t) => t.rule_key === 'relative_notice' && t.status === 'open'));
    expect(await open()).toHaveLength(1);

    const first = { id: randomUUID(), kind: 'notified', sentOn: today, method: 'mail', language: 'es' };
    const sent = await family.caseworker.post(notices(rosa), first);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({
      allRelativesNotified: false,
      items: [{ kind: 'notified', method: 'mail', language: 'es', createdByName: 'Priya Natarajan' }],
    });
    expect((await family.caseworker.post(notices(rosa), first)).statusCode).toBe(200);
    expect((await family.caseworker.get(notices(rosa))).json().items).toHaveLength(1);
    expect(await open()).toHaveLength(1);

    const noReason = await family.caseworker.post(notices(carmen), { id: randomUUID(), kind: 'exception', sentOn: today });
    expect(noReason.json().errors).toEqual([expect.objectContaining({ path: 'exceptionReason' })]);
    const exception = await family.caseworker.post(notices(carmen), {
      id: randomUUID(),
      kind: 'exception',
      sentOn: today,
      exceptionReason: 'A protective order bars contact with the family.',
    });
    expect(exception.json().allRelativesNotified).toBe(true);
    expect(await open()).toEqual([]);
    const member = (await family.caseworker.get(`/api/cases/${family.caseId}/network`))
      .json()
      .members.find((m: { participantId: string }) => m.participantId === rosa);
    expect(member.relativeNoticeOn).toBe(today);
  });

  it('prints the letter in the relative’s language as a PDF, audited; another office gets 404 everywhere and RLS hides the rows', async () => {
    const { family, rosa, notices } = await withGrandmothers();
    const letter = await family.caseworker.get(`/api/cases/${family.caseId}/network/${rosa}/notice-letter?language=es`);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await family.caseworker.get(`/api/cases/${family.caseId}/network/${rosa}/notice-letter?language=fr`)).statusCode).toBe(400);
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select('details').where('record_id', '=', family.caseId).where('action', '=', 'relative_notice.letter').execute(),
    );
    expect(audit).toEqual([{ details: { language: 'es' } }]);

    await family.caseworker.post(notices(rosa), { id: randomUUID(), kind: 'notified', sentOn: today, method: 'phone' });
    const south = await h.signIn('south.investigator');
    expect((await south.get(notices(rosa))).statusCode).toBe(404);
    expect((await south.post(notices(rosa), { id: randomUUID(), kind: 'notified', sentOn: today, method: 'phone' })).statusCode).toBe(404);
    expect((await south.get(`/api/cases/${family.caseId}/network/${rosa}/notice-letter`)).statusCode).toBe(404);
    const rows = await asUser(h, await userIdOf(h, 'south.investigator'), async (trx) => (await sql`select id from relative_notice`.execute(trx)).rows);
    expect(rows).toEqual([]);
  });
});
