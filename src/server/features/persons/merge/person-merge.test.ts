import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';

/**
 * PLAT-4: two records of one person are merged field by field; every reference follows the
 * survivor; the merged one remains as a pointer; an administrator can undo it exactly.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

/** Every (table, column, row) that names the person, as the owner sees it: what a merge must move. */
const referencesTo = (personId: string) =>
  h.database.asOwner(async (owner: Kysely<any>) => {
    const { rows } = await sql<{ ref: string }>`
      select 'report_participant:' || id as ref from report_participant where person_id = ${personId}
      union all select 'case_participant:' || id from case_participant where person_id = ${personId}
      union all select 'relationship.person:' || id from relationship where person_id = ${personId}
      union all select 'relationship.related:' || id from relationship where related_person_id = ${personId}
      union all select 'allegation.victim:' || id from allegation where victim_person_id = ${personId}
      union all select 'allegation.perpetrator:' || id from allegation where perpetrator_person_id = ${personId}
      union all select 'task:' || id from task where child_person_id = ${personId}
      union all select 'instrument_response:' || id from instrument_response where child_person_id = ${personId}
      union all select 'person_alias:' || id from person_alias where person_id = ${personId}
      union all select 'person_address:' || id from person_address where person_id = ${personId}
      union all select 'investigation_link:' || investigation_id from investigation_link where ${personId} = any (shared_person_ids)
      union all select 'investigation_contact:' || id from investigation_contact where strpos(participants::text, ${personId}) > 0
      union all select 'case_visit_person:' || visit_id from case_visit_person where person_id = ${personId}
      order by 1`.execute(owner);
    return rows.map((r) => r.ref);
  });

/** Two families, each opened as a case, so each has its own record of "the mother". */
async function twoRecordsOfOneMother() {
  const first = await openCaseFast(h);
  const second = await openCaseFast(h);
  const supervisor = await h.signIn('ong.supervisor');
  const survivorId = first.people.mother.id;
  const duplicateId = second.people.mother.id;
  // The duplicate was recorded under a double surname and a phone the first record lacks.
  const read = (await second.caseworker.get(`/api/persons/${duplicateId}`)).json();
  const edited = await second.caseworker.put(`/api/persons/${duplicateId}`, {
    version: read.version,
    firstName: read.firstName,
    lastName: 'Torres Ruiz',
    dateOfBirth: read.dateOfBirth,
    sex: read.sex,
    phone: '860-555-0199',
  });
  expect(edited.statusCode, edited.body).toBe(200);
  return { first, second, supervisor, survivorId, duplicateId };
}

const mergeBody = async (client: Awaited<ReturnType<Harness['signIn']>>, survivorId: string, duplicateId: string, take: string[] = ['phone']) => {
  const [s, d] = await Promise.all([client.get(`/api/persons/${survivorId}`), client.get(`/api/persons/${duplicateId}`)]);
  return {
    id: randomUUID(),
    mergedId: duplicateId,
    survivorVersion: s.json().version,
    mergedVersion: d.json().version,
    take,
    reason: 'Same mother: same date of birth and address.',
  };
};

describe('merging two records of one person (PLAT-4)', () => {
  it('a supervisor merges the duplicate mother: her reports, case, relationships and allegations follow the survivor; the duplicate points to it; the search shows it under the survivor', async () => {
    const { second, supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const duplicateRefs = await referencesTo(duplicateId);
    const survivorRefs = await referencesTo(survivorId);
    expect(duplicateRefs.some((r) => r.startsWith('case_participant:'))).toBe(true);
    expect(duplicateRefs.some((r) => r.startsWith('relationship.'))).toBe(true);

    const body = await mergeBody(supervisor, survivorId, duplicateId);
    const merged = await supervisor.post(`/api/persons/${survivorId}/merge`, body);
    expect(merged.statusCode, merged.body).toBe(200);
    const survivor = merged.json();
    expect(survivor.phone).toBe('860-555-0199');
    expect(survivor.lastName).toBe('Torres');
    expect(survivor.cases.map((c: { id: string }) => c.id)).toContain(second.caseId);
    expect(survivor.priorReports).toHaveLength(2);
    expect(survivor.aliases).toContainEqual({ firstName: 'Lucia', lastName: 'Torres Ruiz', kind: 'alias' });
    expect(survivor.merges).toEqual([expect.objectContaining({ id: body.id, mergedId: duplicateId, mergedName: 'Lucia Torres Ruiz', undoneAt: null })]);

    // Nothing names the duplicate any more; the survivor holds its own references and all of its.
    expect(await referencesTo(duplicateId)).toEqual([]);
    expect((await referencesTo(survivorId)).length).toBe(survivorRefs.length + duplicateRefs.length + 1);

    // A double click is one merge.
    const again = await supervisor.post(`/api/persons/${survivorId}/merge`, body);
    expect(again.statusCode, again.body).toBe(200);

    // The duplicate remains as a pointer, readable by the caseworker of the second case.
    const pointer = await second.caseworker.get(`/api/persons/${duplicateId}`);
    expect(pointer.statusCode, pointer.body).toBe(200);
    expect(pointer.json().mergedInto).toEqual({ id: survivorId, firstName: 'Lucia', lastName: 'Torres' });

    // The intake search finds her once, by either name, with the merged record under her.
    const search = (await supervisor.get('/api/persons/search?firstName=Lucia&lastName=Torres%20Ruiz')).json();
    const ids = search.results.map((r: { id: string }) => r.id);
    expect(ids).toContain(survivorId);
    expect(ids).not.toContain(duplicateId);
    expect(search.results.find((r: { id: string }) => r.id === survivorId).mergedRecords).toEqual([
      expect.objectContaining({ id: duplicateId, lastName: 'Torres Ruiz' }),
    ]);

    // The audit trail is not rewritten, but a search for the survivor finds what was recorded under the duplicate.
    const admin = await h.signIn('admin');
    const trail = (await admin.get(`/api/audit?personId=${survivorId}`)).json();
    const actions = trail.events.map((e: { action: string; recordId: string | null }) => `${e.action}:${e.recordId === duplicateId ? 'duplicate' : 'other'}`);
    expect(actions).toContain('person.update:duplicate');
    expect(actions).toContain('person.merge:other');
  });

  it('an administrator undoes the merge exactly: every reference returns to the duplicate and the taken field is put back', async () => {
    const { supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const before = { survivor: await referencesTo(survivorId), duplicate: await referencesTo(duplicateId) };
    const body = await mergeBody(supervisor, survivorId, duplicateId);
    expect((await supervisor.post(`/api/persons/${survivorId}/merge`, body)).statusCode).toBe(200);

    // Only an administrator may undo.
    const notYours = await supervisor.post(`/api/person-merges/${body.id}/undo`, { reason: 'Mistake' });
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().reason).toBe('people_unmerge_forbidden');

    const admin = await h.signIn('admin');
    // The administrator cannot see the people, but sees the merge, by the names it was made under.
    expect((await admin.get(`/api/persons/${survivorId}`)).statusCode).toBe(404);
    const list = (await admin.get('/api/person-merges')).json();
    expect(list.items.find((m: { id: string }) => m.id === body.id)).toMatchObject({
      survivorName: 'Lucia Torres',
      mergedName: 'Lucia Torres Ruiz',
      mergedByName: 'Marisol Vega',
    });
    const undone = await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Two sisters, not one woman.' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toEqual({ id: body.id, survivorId, mergedId: duplicateId, restored: ['phone'] });
    const survivor = (await supervisor.get(`/api/persons/${survivorId}`)).json();
    expect(survivor.phone).toBeNull();
    expect(survivor.merges[0]).toMatchObject({ id: body.id, undoneByName: 'Alex Morgan', undoReason: 'Two sisters, not one woman.' });
    expect(await referencesTo(survivorId)).toEqual(before.survivor);
    expect(await referencesTo(duplicateId)).toEqual(before.duplicate);
    expect((await supervisor.get(`/api/persons/${duplicateId}`)).json().mergedInto).toBeNull();

    const twice = await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().reason).toBe('merge_already_undone');
    // The survivor's history shows the merge and its undoing as versions.
    const history = (await supervisor.get(`/api/persons/${survivorId}/history`)).json();
    expect(history.items.slice(0, 2).map((v: { changedFields: string[] }) => v.changedFields)).toEqual([
      ['phone', 'merge_undone'],
      ['phone', 'merge'],
    ]);
  });

  it('a completed assessment of a duplicate child follows the survivor, and comes back on undo, though it is otherwise frozen', async () => {
    const first = await openCaseFast(h);
    const second = await openCaseFast(h);
    const supervisor = await h.signIn('ong.supervisor');
    const [survivorId, duplicateId] = [first.people.maya.id, second.people.maya.id];
    const assessmentId = randomUUID();
    await h.database.asOwner((owner: Kysely<any>) =>
      sql`insert into child_functional_assessment (id, case_id, child_person_id, instrument_key, instrument_version, status, answers, result, assessed_on, created_by, completed_at)
          select ${assessmentId}, ${second.caseId}, ${duplicateId}, 'child_functional', 1, 'completed', '{}', '{"needs":[]}', '2026-11-20', id, now()
            from staff_user where username = 'caseworker'`.execute(owner),
    );
    const childOf = () =>
      h.database.asOwner(async (owner: Kysely<any>) => {
        const { rows } = await sql<{ child_person_id: string; status: string }>`
          select child_person_id, status from child_functional_assessment where id = ${assessmentId}`.execute(owner);
        return rows[0];
      });
    const body = await mergeBody(supervisor, survivorId, duplicateId, []);
    const merged = await supervisor.post(`/api/persons/${survivorId}/merge`, body);
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await childOf()).toEqual({ child_person_id: survivorId, status: 'completed' });
    // Still frozen for anything else.
    await expect(
      h.database.asOwner((owner: Kysely<any>) =>
        sql`update child_functional_assessment set assessed_on = '2026-11-21' where id = ${assessmentId}`.execute(owner),
      ),
    ).rejects.toThrow(/cannot change/);
    const admin = await h.signIn('admin');
    expect((await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Cousins' })).statusCode).toBe(200);
    expect(await childOf()).toEqual({ child_person_id: duplicateId, status: 'completed' });
  });

  it('an undo keeps what was written since the merge: an edited or completed assessment, an alias kept through an edit; it refuses what it cannot separate (review)', async () => {
    const { second, supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const admin = await h.signIn('admin');
    const assessmentId = randomUUID();
    const owner = <T>(run: (db: Kysely<any>) => Promise<T>) => h.database.asOwner(run);
    await owner((db) =>
      sql`insert into family_assessment (id, case_id, version_no, content, created_by)
          select ${assessmentId}, ${second.caseId}, 1, ${JSON.stringify({ members: [{ personId: duplicateId, strengths: 'Cooks with the children' }] })}::jsonb, id
            from staff_user where username = 'caseworker'`.execute(db),
    );
    const content = async () =>
      (
        await owner((db) =>
          sql<{ content: { members: Array<Record<string, unknown>> }; status: string }>`
        select content, status from family_assessment where id = ${assessmentId}`.execute(db),
        )
      ).rows[0]!;
    // The duplicate had a nickname; it moves to the survivor and must come back even after an edit.
    await owner((db) =>
      sql`insert into person_alias (person_id, first_name, last_name, kind) values (${duplicateId}, 'Lu', 'Ruizita', 'nickname')`.execute(db),
    );

    const body = await mergeBody(supervisor, survivorId, duplicateId);
    expect((await supervisor.post(`/api/persons/${survivorId}/merge`, body)).statusCode).toBe(200);
    expect((await content()).content.members[0]!.personId).toBe(survivorId);

    // Since the merge: the assessment is edited and completed; the survivor's record is edited.
    await owner((db) =>
      sql`update family_assessment set content = jsonb_set(content, '{members,0,needs}', '"Respite"'), status = 'completed', completed_at = now()
           where id = ${assessmentId}`.execute(db),
    );
    const survivor = (await supervisor.get(`/api/persons/${survivorId}`)).json();
    const edit = await supervisor.put(`/api/persons/${survivorId}`, {
      version: survivor.version,
      firstName: survivor.firstName,
      lastName: survivor.lastName,
      dateOfBirth: survivor.dateOfBirth,
      sex: survivor.sex,
      phone: survivor.phone,
      aliases: [...survivor.aliases, { firstName: 'Lucy', lastName: 'Torres', kind: 'nickname' }],
    });
    expect(edit.statusCode, edit.body).toBe(200);
    // The pointer takes no edits.
    const pointer = (await supervisor.get(`/api/persons/${duplicateId}`)).json();
    const pointerEdit = await supervisor.put(`/api/persons/${duplicateId}`, { version: pointer.version, firstName: 'X', lastName: 'Y' });
    expect(pointerEdit.statusCode).toBe(409);
    expect(pointerEdit.json().reason).toBe('merged_record');

    const undone = await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Two women' });
    expect(undone.statusCode, undone.body).toBe(200);
    const after = await content();
    expect(after.status).toBe('completed');
    expect(after.content.members[0]).toMatchObject({ personId: duplicateId, strengths: 'Cooks with the children', needs: 'Respite' });
    const aliasesOf = async (id: string) =>
      (await supervisor.get(`/api/persons/${id}`)).json().aliases.map((a: { firstName: string; lastName: string }) => `${a.firstName} ${a.lastName}`);
    expect(await aliasesOf(duplicateId)).toEqual(['Lu Ruizita']);
    expect(await aliasesOf(survivorId)).toEqual(['Lucy Torres']);
  });

  it('an undo is refused, not half-done, when the kept record was since added to the duplicate’s case', async () => {
    const { second, supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const body = await mergeBody(supervisor, survivorId, duplicateId);
    expect((await supervisor.post(`/api/persons/${survivorId}/merge`, body)).statusCode).toBe(200);
    const joined = await second.caseworker.post(`/api/cases/${second.caseId}/team`, {
      id: randomUUID(),
      personId: survivorId,
      role: 'parent',
      mayBeTold: 'full',
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const admin = await h.signIn('admin');
    const undone = await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Two women' });
    expect(undone.statusCode, undone.body).toBe(409);
    expect(undone.json().reason).toBe('merge_changed_since');
    expect((await supervisor.get(`/api/persons/${duplicateId}`)).json().mergedInto?.id).toBe(survivorId);
  });

  it('a visit that saw the duplicate follows the survivor, and comes back on undo', async () => {
    const { second, supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const visitId = randomUUID();
    const planned = await second.caseworker.post(`/api/cases/${second.caseId}/visits`, {
      id: visitId,
      plannedFor: new Date().toISOString().slice(0, 10),
      purpose: 'Monthly visit',
      topics: [{ kind: 'own', text: 'School mornings' }],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const children = [second.people.maya.id, second.people.leo.id].map((personId) => ({ personId, seen: true, privateTimeMinutes: 10 }));
    const recorded = await second.caseworker.put(`/api/visits/${visitId}/record`, {
      version: planned.json().version,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      location: { kind: 'residence' },
      people: [...children, { personId: duplicateId, seen: true, privateTimeMinutes: 15 }],
      safety: { newConcerns: false, childrenSafe: true },
      familyWords: 'Mornings are calmer.',
      nextSteps: 'Call the school.',
      progress: [],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const before = await referencesTo(duplicateId);
    expect(before.filter((r) => r.startsWith('case_visit_person:'))).toHaveLength(1);

    const body = await mergeBody(supervisor, survivorId, duplicateId);
    expect((await supervisor.post(`/api/persons/${survivorId}/merge`, body)).statusCode).toBe(200);
    expect(await referencesTo(duplicateId)).toEqual([]);
    const visit = (await second.caseworker.get(`/api/visits/${visitId}`)).json();
    expect(JSON.stringify(visit)).toContain(survivorId);

    const admin = await h.signIn('admin');
    expect((await admin.post(`/api/person-merges/${body.id}/undo`, { reason: 'Sisters' })).statusCode).toBe(200);
    expect(await referencesTo(duplicateId)).toEqual(before);
  });

  it('two identical merge requests at once (a double click) make one merge, and both are answered with it', async () => {
    const { supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const body = await mergeBody(supervisor, survivorId, duplicateId);
    const answers = await Promise.all([supervisor.post(`/api/persons/${survivorId}/merge`, body), supervisor.post(`/api/persons/${survivorId}/merge`, body)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const merges = await h.database.asOwner(
      async (owner: Kysely<any>) =>
        (await sql<{ n: number }>`select count(*)::int as n from person_merge where merged_id = ${duplicateId}`.execute(owner)).rows[0]!.n,
    );
    expect(merges).toBe(1);
  });

  it('refuses what it cannot merge safely, with a reason', async () => {
    const { first, supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const caseworker = first.caseworker;
    const forbidden = await caseworker.post(`/api/persons/${survivorId}/merge`, await mergeBody(caseworker, survivorId, duplicateId));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().reason).toBe('people_merge_forbidden');

    const self = await supervisor.post(`/api/persons/${survivorId}/merge`, await mergeBody(supervisor, survivorId, survivorId));
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0]).toMatchObject({ path: 'mergedId', params: { reason: 'same_person' } });

    const stale = { ...(await mergeBody(supervisor, survivorId, duplicateId)), mergedVersion: 1 };
    const staleAnswer = await supervisor.post(`/api/persons/${survivorId}/merge`, stale);
    expect(staleAnswer.statusCode).toBe(409);
    expect(staleAnswer.json().reason).toBe('stale_version');

    // The mother and her daughter on the same report are different people there.
    const daughter = first.people.maya.id;
    const shared = await supervisor.post(`/api/persons/${survivorId}/merge`, await mergeBody(supervisor, survivorId, daughter, []));
    expect(shared.statusCode).toBe(409);
    expect(shared.json()).toMatchObject({ reason: 'merge_shared_record' });
    expect(shared.json().params.records).toContain(first.caseNumber);

    const blank = await supervisor.post(`/api/persons/${survivorId}/merge`, { ...(await mergeBody(supervisor, survivorId, duplicateId)), reason: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(await referencesTo(duplicateId)).not.toEqual([]);
  });

  it('a supervisor in another office gets 404 for both records, and hearth_app can neither write a merge nor read its log', async () => {
    const { supervisor, survivorId, duplicateId } = await twoRecordsOfOneMother();
    const south = await h.signIn('south.supervisor');
    const body = await mergeBody(supervisor, survivorId, duplicateId);
    const answer = await south.post(`/api/persons/${survivorId}/merge`, body);
    expect(answer.statusCode).toBe(404);
    expect((await supervisor.post(`/api/persons/${survivorId}/merge`, body)).statusCode).toBe(200);
    expect((await south.post(`/api/person-merges/${body.id}/undo`, { reason: 'x' })).statusCode).toBe(403);

    const southId = await userIdOf(h, 'south.supervisor');
    const supervisorId = await userIdOf(h, 'ong.supervisor');
    const seen = await asUser(h, southId, (trx) => trx.selectFrom('person_merge').select('id').where('id', '=', body.id).execute());
    expect(seen).toEqual([]);
    const own = await asUser(h, supervisorId, (trx) => trx.selectFrom('person_merge').select('id').where('id', '=', body.id).execute());
    expect(own).toHaveLength(1);
    await expect(asUser(h, supervisorId, (trx) => sql`select count(*) from person_merge_change`.execute(trx))).rejects.toThrow(/permission denied/);
    await expect(
      asUser(h, supervisorId, (trx) =>
        sql`insert into person_merge (id, survivor_id, merged_id, reason, merged_by) values (${randomUUID()}, ${survivorId}, ${duplicateId}, 'x', ${supervisorId})`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    // The app cannot point a record elsewhere itself, nor read what a merge took, nor craft what an undo writes.
    await expect(asUser(h, supervisorId, (trx) => sql`update person set merged_into = ${survivorId} where id = ${survivorId}`.execute(trx))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asUser(h, supervisorId, (trx) => sql`select fields_taken from person_merge`.execute(trx))).rejects.toThrow(/permission denied/);
    await expect(asUser(h, southId, (trx) => sql`select hearth_person_identities(${survivorId})`.execute(trx))).rejects.toThrow(/permission denied/);
    const [third, fourth] = [await openCaseFast(h), await openCaseFast(h)];
    const [a, b] = [third.people.grandmother.id, fourth.people.grandmother.id];
    await expect(
      asUser(h, supervisorId, (trx) =>
        sql`select hearth_merge_person(${randomUUID()}, ${a}, ${b}, 1, 1, '{"org_unit_id": {"field": "x", "from": null, "to": null}}'::jsonb, 'x')`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/cannot take/);
    await expect(
      asUser(h, supervisorId, (trx) => sql`select hearth_merge_person(${randomUUID()}, ${a}, ${b}, 1, 99, '{}'::jsonb, 'x')`.execute(trx)),
    ).rejects.toThrow(/changed after it was read/);
    // The function itself checks the caller: another office's supervisor cannot merge by calling it.
    await expect(
      asUser(h, southId, (trx) => sql`select hearth_merge_person(${randomUUID()}, ${duplicateId}, ${survivorId}, 1, 1, '{}'::jsonb, 'x')`.execute(trx)),
    ).rejects.toThrow(/person not found|already merged/);
  });
});
