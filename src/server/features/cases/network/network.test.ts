import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';
import { asUser, tasksOf, userIdOf } from '../../../../../test/support/work.js';

/** ENG-1 and ENG-2: the family network of a case and the diligent search for its missing members. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const network = (caseId: string) => `/api/cases/${caseId}/network`;
const personOf = (family: Awaited<ReturnType<typeof openCaseFast>>, name: 'maya' | 'leo' | 'mother') => family.people[name].id;

const father = (mayaId: string) => ({
  id: randomUUID(),
  firstName: 'Daniel',
  lastName: 'Reyes',
  sex: 'male',
  role: 'parent',
  side: 'paternal',
  connection: 'Maya’s and Leo’s father, not living with them',
  whereaboutsUnknown: true,
  relatedTo: { personId: mayaId, kind: 'parent_of' },
});

describe('the family network (ENG-1)', () => {
  it('the caseworker adds the father, the paternal grandmother and the children’s coach; a double-click adds one', async () => {
    const family = await openCaseFast(h);
    const dad = father(personOf(family, 'maya'));
    const added = await family.caseworker.post(network(family.caseId), dad);
    expect(added.statusCode, added.body).toBe(201);
    const dadPersonId = added.json().personId;
    expect(added.json()).toMatchObject({ participantId: dad.id, role: 'parent', side: 'paternal', whereaboutsUnknown: true, version: 1 });
    const again = await family.caseworker.post(network(family.caseId), dad);
    expect(again.statusCode).toBe(200);

    const grandmother = {
      id: randomUUID(),
      firstName: 'Carmen',
      lastName: 'Reyes',
      sex: 'female',
      approximateAge: 64,
      role: 'relative',
      side: 'paternal',
      connection: 'Paternal grandmother',
      placementResource: true,
      tieStrength: 'strong',
      relatedTo: { personId: dadPersonId, kind: 'parent_of' },
    };
    const grandmotherAdded = await family.caseworker.post(network(family.caseId), grandmother);
    expect(grandmotherAdded.statusCode, grandmotherAdded.body).toBe(201);
    const grandmotherPersonId = grandmotherAdded.json().personId;
    const coach = {
      id: randomUUID(),
      firstName: 'Sam',
      lastName: 'Okafor',
      role: 'natural_support',
      supportKind: 'coach',
      connection: 'Maya’s soccer coach',
      tieStrength: 'moderate',
    };
    expect((await family.caseworker.post(network(family.caseId), coach)).statusCode).toBe(201);

    const read = (await family.caseworker.get(network(family.caseId))).json();
    expect(read.abilities).toEqual({ edit: true });
    expect(read.members).toHaveLength(8);
    expect(read.members.filter((m: { participantId: string }) => m.participantId === dad.id)).toHaveLength(1);
    expect(read.members.find((m: { participantId: string }) => m.participantId === grandmother.id)).toMatchObject({
      placementResource: true,
      approximateAge: 64,
      tieStrength: 'strong',
    });
    expect(read.relationships).toEqual(
      expect.arrayContaining([
        { personId: dadPersonId, relatedPersonId: personOf(family, 'maya'), kind: 'parent_of' },
        { personId: grandmotherPersonId, relatedPersonId: dadPersonId, kind: 'parent_of' },
      ]),
    );
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select(['action']).where('record_id', '=', family.caseId).where('action', 'like', 'case_network.%').execute(),
    );
    expect(audit.filter((a) => a.action === 'case_network.add')).toHaveLength(3);
    expect(audit.some((a) => a.action === 'case_network.list')).toBe(true);
  });

  it('refuses bad input field by field, and a relation to someone not on the case', async () => {
    const family = await openCaseFast(h);
    const bad = await family.caseworker.post(network(family.caseId), {
      id: randomUUID(),
      firstName: '',
      lastName: 'Reyes',
      role: 'relative',
      connection: '',
      dateOfBirth: '2099-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['connection', 'dateOfBirth', 'firstName']);
    const future = await family.caseworker.post(network(family.caseId), { ...father(personOf(family, 'maya')), dateOfBirth: '2099-01-01' });
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'dateOfBirth', code: 'custom' })]);
    const stranger = await family.caseworker.post(network(family.caseId), { ...father(randomUUID()) });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ reason: 'not_on_case', errors: [{ path: 'relatedTo.personId' }] });
  });

  it('a change with a stale version is a 409, never a silent overwrite; deceased is the person’s', async () => {
    const family = await openCaseFast(h);
    const dad = father(personOf(family, 'maya'));
    await family.caseworker.post(network(family.caseId), dad);
    const first = await family.caseworker.patch(`${network(family.caseId)}/${dad.id}`, { version: 1, safetyMonitor: true, tieStrength: 'tenuous' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ safetyMonitor: true, tieStrength: 'tenuous', version: 2 });
    const stale = await family.caseworker.patch(`${network(family.caseId)}/${dad.id}`, { version: 1, safetyMonitor: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    const died = await family.caseworker.patch(`${network(family.caseId)}/${dad.id}`, { version: 2, deceased: true });
    expect(died.json()).toMatchObject({ deceased: true, safetyMonitor: true });
  });

  it('a worker from another office gets 404 on every route, and RLS hides the rows; QA reads but cannot change', async () => {
    const family = await openCaseFast(h);
    const dad = father(personOf(family, 'maya'));
    const dadPersonId = (await family.caseworker.post(network(family.caseId), dad)).json().personId;
    const south = await h.signIn('south.investigator');
    const search = { id: randomUUID(), searchedOn: '2026-11-30', source: 'phone', outcome: 'No answer' };
    expect((await south.get(network(family.caseId))).statusCode).toBe(404);
    expect((await south.post(network(family.caseId), father(personOf(family, 'maya')))).statusCode).toBe(404);
    expect((await south.patch(`${network(family.caseId)}/${dad.id}`, { version: 1, safetyMonitor: true })).statusCode).toBe(404);
    expect((await south.get(`${network(family.caseId)}/${dad.id}/searches`)).statusCode).toBe(404);
    expect((await south.post(`${network(family.caseId)}/${dad.id}/searches`, search)).statusCode).toBe(404);
    await family.caseworker.post(`${network(family.caseId)}/${dad.id}/searches`, search);
    const seen = await asUser(h, await userIdOf(h, 'south.investigator'), async (trx) => ({
      searches: (await sql<{ id: string }>`select id from diligent_search_effort where case_id = ${family.caseId}`.execute(trx)).rows,
      members: (await sql<{ id: string }>`select id from case_participant where case_id = ${family.caseId}`.execute(trx)).rows,
      father: (await sql<{ id: string }>`select id from person where id = ${dadPersonId}`.execute(trx)).rows,
    }));
    expect(seen).toEqual({ searches: [], members: [], father: [] });

    const qa = await h.signIn('qa');
    const read = await qa.get(network(family.caseId));
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.edit).toBe(false);
    expect((await qa.post(network(family.caseId), father(personOf(family, 'maya')))).statusCode).toBe(403);

    // Someone else's id is refused without saying whose it is.
    const other = await openCaseFast(h);
    const reused = await other.caseworker.post(network(other.caseId), { ...father(personOf(other, 'maya')), id: dad.id });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().reason).toBe('id_taken');
  });
});

describe('diligent search (ENG-2)', () => {
  it('logs efforts for the father until one finds him; a retried save adds nothing', async () => {
    const family = await openCaseFast(h);
    const dad = father(personOf(family, 'maya'));
    await family.caseworker.post(network(family.caseId), dad);
    const searches = `${network(family.caseId)}/${dad.id}/searches`;
    const first = { id: randomUUID(), searchedOn: '2026-11-28', source: 'relatives', outcome: 'His mother has not heard from him since the summer.' };
    expect((await family.caseworker.post(searches, first)).statusCode).toBe(201);
    expect((await family.caseworker.post(searches, first)).statusCode).toBe(200);
    const future = await family.caseworker.post(searches, { ...first, id: randomUUID(), searchedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    const noAddress = await family.caseworker.post(searches, { ...first, id: randomUUID(), found: true });
    expect(noAddress.json().errors).toEqual([expect.objectContaining({ path: 'foundAddress' })]);

    const found = await family.caseworker.post(searches, {
      id: randomUUID(),
      searchedOn: '2026-11-30',
      source: 'public_records',
      outcome: 'A lease in his name.',
      found: true,
      foundAddress: '88 Maple Avenue, Bristol, CT 06010',
    });
    expect(found.statusCode).toBe(201);
    expect(found.json()).toMatchObject({ whereaboutsUnknown: false, abilities: { record: true } });
    expect(found.json().items.map((s: { searchedOn: string }) => s.searchedOn)).toEqual(['2026-11-30', '2026-11-28']);
    const member = (await family.caseworker.get(network(family.caseId))).json().members.find((m: { participantId: string }) => m.participantId === dad.id);
    expect(member).toMatchObject({ whereaboutsUnknown: false, lastSearchedOn: '2026-11-30' });
  });

  it('the profile’s diligent-search task opens when the father goes missing, comes round after each search and stops when he is found', async () => {
    const family = await openCaseFast(h);
    const dad = father(personOf(family, 'maya'));
    await family.caseworker.post(network(family.caseId), dad);
    const searchTasks = async () =>
      (await tasksOf(h, family.caseId))
        .filter((t) => t.rule_key === 'diligent_search')
        .map((t) => t.status)
        .sort();
    expect(await searchTasks()).toEqual(['open']);
    const searches = `${network(family.caseId)}/${dad.id}/searches`;
    await family.caseworker.post(searches, { id: randomUUID(), searchedOn: '2026-11-28', source: 'phone', outcome: 'No answer.' });
    expect(await searchTasks()).toEqual(['done', 'open']);
    await family.caseworker.post(searches, {
      id: randomUUID(),
      searchedOn: '2026-11-30',
      source: 'public_records',
      outcome: 'A lease in his name.',
      found: true,
      foundAddress: '88 Maple Avenue, Bristol, CT 06010',
    });
    expect(await searchTasks()).toEqual(['cancelled', 'done', 'done']);
    // Missing again (a worker marks it): the search comes back.
    const member = (await family.caseworker.get(network(family.caseId))).json().members.find((m: { participantId: string }) => m.participantId === dad.id);
    await family.caseworker.patch(`${network(family.caseId)}/${dad.id}`, { version: member.version, whereaboutsUnknown: true });
    expect((await searchTasks()).filter((s) => s === 'open')).toHaveLength(1);
  });
});
