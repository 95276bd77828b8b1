import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';

/** FCA-2: each child's functional assessment, repeated over time and compared. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const list = (caseId: string) => `/api/cases/${caseId}/functional-assessments`;
const one = (id: string) => `/api/functional-assessments/${id}`;
const needs = ['daily_routines', 'physical_health', 'sleep', 'worry', 'low_mood', 'anger', 'trauma_reactions', 'school_attendance', 'school_learning'];
const caregiver = ['caregiver_supervision', 'caregiver_understanding'];
const strengths = ['family_bonds', 'friendships', 'interests', 'community', 'coping'];

/** Every item rated: needs at `need`, strengths at `strength`, the child in school. */
const fullAnswers = (need: number, strength: number) => ({
  in_school: 'yes',
  ...Object.fromEntries([...needs, ...caregiver].map((k) => [k, need])),
  ...Object.fromEntries(strengths.map((k) => [k, strength])),
});

/** Starts, saves and completes one assessment of a child; returns its id. */
async function assess(family: Awaited<ReturnType<typeof openCaseFast>>, childId: string, assessedOn: string, answers: Record<string, unknown>) {
  const id = randomUUID();
  const started = await family.caseworker.post(list(family.caseId), { id, childPersonId: childId, assessedOn });
  expect(started.statusCode, started.body).toBe(201);
  const saved = await family.caseworker.put(one(id), { version: 1, answers, assessedOn });
  expect(saved.statusCode, saved.body).toBe(200);
  const done = await family.caseworker.post(`${one(id)}/complete`, { version: 2 });
  expect(done.statusCode, done.body).toBe(200);
  return id;
}

describe('the child functional assessment (FCA-2)', () => {
  it('lists the children, rates Maya twice and compares the two, item by item', async () => {
    const family = await openCaseFast(h);
    const maya = family.people.maya.id;
    const first = await assess(family, maya, '2026-09-01', { ...fullAnswers(3, 2), sleep: 1 });
    const second = await assess(family, maya, '2026-11-20', fullAnswers(1, 0));
    const read = await family.caseworker.get(list(family.caseId));
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body.definition.key).toBe('child-functional');
    expect(body.abilities.start).toBe(true);
    expect(body.children.map((c: { name: string }) => c.name).sort()).toEqual(['Leo Torres', 'Maya Torres']);
    const mayas = body.children.find((c: { personId: string }) => c.personId === maya).assessments;
    expect(mayas.map((a: { id: string }) => a.id)).toEqual([second, first]);
    expect(mayas[1].result.needs).not.toContain('sleep');
    expect(mayas[1].result.needs).toContain('worry');
    expect(mayas[1].result.strengths).toEqual([]);
    expect(mayas[0]).toMatchObject({ status: 'completed', abilities: { edit: false }, result: { needs: [], strengths } });

    const compared = await family.caseworker.get(`${list(family.caseId)}/compare?childPersonId=${maya}`);
    expect(compared.statusCode, compared.body).toBe(200);
    const { assessments, items } = compared.json();
    expect(assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual(['2026-09-01', '2026-11-20']);
    const worry = items.find((i: { key: string }) => i.key === 'worry');
    expect(worry).toMatchObject({ sectionKey: 'feelings_behaviour', facet: 'need' });
    expect(worry.ratings.map((r: { rating: number }) => r.rating)).toEqual([3, 1]);
    expect(items.find((i: { key: string }) => i.key === 'sleep').ratings.map((r: { rating: number }) => r.rating)).toEqual([1, 1]);
    expect(items.some((i: { key: string }) => i.key === 'in_school')).toBe(false);

    // Two on the same day compare in the order they were completed, not by id.
    const third = await assess(family, maya, '2026-11-20', fullAnswers(2, 1));
    const again = (await family.caseworker.get(`${list(family.caseId)}/compare?childPersonId=${maya}`)).json();
    expect(again.assessments.map((a: { id: string }) => a.id)).toEqual([first, second, third]);
  });

  it('a double-clicked start makes one; a second draft for the child is refused; answers are checked against the instrument', async () => {
    const family = await openCaseFast(h);
    const start = { id: randomUUID(), childPersonId: family.people.leo.id, assessedOn: '2026-11-01' };
    const [a, b] = await Promise.all([family.caseworker.post(list(family.caseId), start), family.caseworker.post(list(family.caseId), start)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const second = await family.caseworker.post(list(family.caseId), { ...start, id: randomUUID() });
    expect(second.statusCode).toBe(409);
    expect(second.json().reason).toBe('functional_draft_exists');
    const adult = await family.caseworker.post(list(family.caseId), { ...start, id: randomUUID(), childPersonId: family.people.mother.id });
    expect(adult.statusCode).toBe(400);
    expect(adult.json().errors[0].path).toBe('childPersonId');
    const leo = (await family.caseworker.get(list(family.caseId))).json().children.find((c: { personId: string }) => c.personId === start.childPersonId);
    expect(leo.assessments).toHaveLength(1);

    const bad = await family.caseworker.put(one(start.id), { version: 1, answers: { sleep: 7, wizardry: 1 }, assessedOn: '2026-11-01' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['answers.sleep', 'answers.wizardry']);
    const future = await family.caseworker.put(one(start.id), { version: 1, answers: {}, assessedOn: '2199-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('assessedOn');
    const partial = await family.caseworker.put(one(start.id), { version: 1, answers: { sleep: 2, in_school: 'no' }, assessedOn: '2026-11-01' });
    expect(partial.statusCode, partial.body).toBe(200);
    const early = await family.caseworker.post(`${one(start.id)}/complete`, { version: 2 });
    expect(early.statusCode).toBe(400);
    expect(early.json().reason).toBe('functional_incomplete');
    const paths = early.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('answers.worry');
    expect(paths).not.toContain('answers.sleep');
    expect(paths).not.toContain('answers.school_attendance');
  });

  it('a stale save is a 409; a completed one cannot change, by the API or in the database', async () => {
    const family = await openCaseFast(h);
    const id = randomUUID();
    await family.caseworker.post(list(family.caseId), { id, childPersonId: family.people.maya.id, assessedOn: '2026-11-02' });
    expect((await family.caseworker.put(one(id), { version: 1, answers: { sleep: 1 }, assessedOn: '2026-11-02' })).statusCode).toBe(200);
    const stale = await family.caseworker.put(one(id), { version: 1, answers: { sleep: 3 }, assessedOn: '2026-11-02' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    expect((await family.caseworker.put(one(id), { version: 2, answers: fullAnswers(2, 1), assessedOn: '2026-11-02' })).statusCode).toBe(200);
    expect((await family.caseworker.post(`${one(id)}/complete`, { version: 2 })).statusCode).toBe(409);
    expect((await family.caseworker.post(`${one(id)}/complete`, { version: 3 })).statusCode).toBe(200);
    const after = await family.caseworker.put(one(id), { version: 4, answers: fullAnswers(0, 0), assessedOn: '2026-11-02' });
    expect(after.statusCode).toBe(409);
    expect(after.json().reason).toBe('functional_completed');
    expect((await family.caseworker.post(`${one(id)}/complete`, { version: 4 })).json().reason).toBe('functional_completed');
    await expect(
      h.database.asOwner((owner) => owner.updateTable('child_functional_assessment').set({ assessed_on: '2026-01-01' }).where('id', '=', id).execute()),
    ).rejects.toThrow(/cannot change/);
    const stored = await h.database.asOwner((owner) =>
      owner.selectFrom('child_functional_assessment').select(['assessed_on', 'status']).where('id', '=', id).executeTakeFirstOrThrow(),
    );
    expect(stored).toEqual({ assessed_on: '2026-11-02', status: 'completed' });
  });

  it('a worker from another office gets 404 on every route and RLS hides every row; QA reads but cannot change', async () => {
    const family = await openCaseFast(h);
    const maya = family.people.maya.id;
    const done = await assess(family, maya, '2026-10-01', fullAnswers(2, 1));
    const draft = randomUUID();
    await family.caseworker.post(list(family.caseId), { id: draft, childPersonId: maya, assessedOn: '2026-11-03' });
    const south = await h.signIn('south.investigator');
    const attempts = [
      await south.get(list(family.caseId)),
      await south.post(list(family.caseId), { id: randomUUID(), childPersonId: family.people.leo.id, assessedOn: '2026-11-03' }),
      await south.get(`${list(family.caseId)}/compare?childPersonId=${maya}`),
      await south.put(one(draft), { version: 1, answers: {}, assessedOn: '2026-11-03' }),
      await south.post(`${one(draft)}/complete`, { version: 1 }),
      await south.put(one(done), { version: 3, answers: {}, assessedOn: '2026-11-03' }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual(attempts.map(() => 404));
    const seen = await asUser(h, await userIdOf(h, 'south.investigator'), async (trx) => {
      const rows = await sql<{ n: number }>`select count(*)::int as n from child_functional_assessment where case_id = ${family.caseId}`.execute(trx);
      return rows.rows[0]!.n;
    });
    expect(seen).toBe(0);

    const qa = await h.signIn('qa');
    const read = await qa.get(list(family.caseId));
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.start).toBe(false);
    expect(
      read
        .json()
        .children.find((c: { personId: string }) => c.personId === maya)
        .assessments.every((a: { abilities: { edit: boolean } }) => !a.abilities.edit),
    ).toBe(true);
    expect((await qa.get(`${list(family.caseId)}/compare?childPersonId=${maya}`)).statusCode).toBe(200);
    expect((await qa.post(list(family.caseId), { id: randomUUID(), childPersonId: family.people.leo.id, assessedOn: '2026-11-03' })).statusCode).toBe(403);
    expect((await qa.put(one(draft), { version: 1, answers: {}, assessedOn: '2026-11-03' })).statusCode).toBe(403);
    expect((await qa.post(`${one(draft)}/complete`, { version: 1 })).statusCode).toBe(403);
  });
});
