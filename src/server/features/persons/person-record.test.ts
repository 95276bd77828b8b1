import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openCaseFast } from '../../../../test/support/open-case-factory.js';
import { asUser, userIdOf } from '../../../../test/support/work.js';

/** PLAT-4: the person record is edited, every change versioned, a stale edit a 409. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

type PersonBody = Record<string, unknown> & { version: number; addresses: Array<Record<string, unknown>> };

/** The record as read, in the shape an edit sends back. */
const asEdit = (p: Record<string, unknown>): PersonBody => {
  const { id: _id, relationships: _r, priorReports: _p, cases: _c, abilities: _a, ...rest } = p;
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)) as PersonBody;
  clean.addresses = (p.addresses as Array<Record<string, unknown>>).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null)));
  return clean;
};

describe('editing a person (PLAT-4)', () => {
  it('the caseworker corrects the mother’s record; the earlier one is kept as a version with what changed; the case shows under involvement', async () => {
    const family = await openCaseFast(h);
    const url = `/api/persons/${family.people.mother.id}`;
    const read = await family.caseworker.get(url);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().abilities.edit).toBe(true);
    expect(read.json().cases).toEqual([expect.objectContaining({ id: family.caseId, role: 'parent', status: 'open' })]);
    const edit = asEdit(read.json());
    const changed = await family.caseworker.put(url, {
      ...edit,
      phone: '860-555-0134',
      email: 'lucia.torres@example.org',
      tribalAffiliation: 'Mashantucket Pequot (to confirm)',
      icwaInquiry: 'reason_to_know',
      icwaInquiryDate: '2026-12-01',
      aliases: [{ firstName: 'Lucy', lastName: 'Torres', kind: 'nickname' }],
      addresses: [{ line1: '14 Elm St', city: 'Hartford', state: 'ct', postalCode: '06103', confidential: true }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      phone: '860-555-0134',
      icwaInquiry: 'reason_to_know',
      aliases: [{ firstName: 'Lucy', kind: 'nickname' }],
    });
    expect(changed.json().addresses).toEqual([expect.objectContaining({ line1: '14 Elm St', state: 'CT', confidential: true, current: true })]);

    // A move: the old address stays, as a former one.
    const moved = await family.caseworker.put(url, {
      ...asEdit(changed.json()),
      addresses: [{ line1: '220 Park Ave', city: 'Hartford', state: 'CT', confidential: true }],
    });
    expect(moved.json().version).toBe(3);
    expect(moved.json().addresses.map((a: { line1: string; current: boolean }) => [a.line1, a.current])).toEqual([
      ['220 Park Ave', true],
      ['14 Elm St', false],
    ]);

    const history = (await family.caseworker.get(`${url}/history`)).json();
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.items[1].changedFields.sort()).toEqual(['addresses', 'aliases', 'email', 'icwaInquiry', 'icwaInquiryDate', 'phone', 'tribalAffiliation']);
    expect(history.items[1].snapshot).toMatchObject({ phone: null, icwaInquiry: 'not_yet_asked', aliases: [] });
    expect(history.items[0].changedFields).toEqual(['addresses']);
    expect(history.items[0].changedByName).toBe('Priya Natarajan');
    // The confidential address is not kept in the version: QA can read the history, not the shelter's address.
    expect(history.items[0].snapshot.addresses).toEqual([
      { line1: null, line2: null, city: null, state: null, postalCode: null, confidential: true, current: true },
    ]);
    const qa = await h.signIn('qa');
    const qaHistory = await qa.get(`${url}/history`);
    expect(qaHistory.statusCode).toBe(200);
    expect(JSON.stringify(qaHistory.json())).not.toContain('14 Elm St');
    expect((await qa.get(url)).json().addresses).toEqual([]);

    // Saving without a change makes no version.
    const unchanged = await family.caseworker.put(url, asEdit(moved.json()));
    expect(unchanged.json().version).toBe(3);
    expect((await family.caseworker.get(`${url}/history`)).json().items).toHaveLength(2);
  });

  it('refuses a future birth date and a bad e-mail field by field, a stale version with 409, and another person’s address', async () => {
    const family = await openCaseFast(h);
    const url = `/api/persons/${family.people.maya.id}`;
    const edit = asEdit((await family.caseworker.get(url)).json());
    const bad = await family.caseworker.put(url, { ...edit, dateOfBirth: '2099-01-01', email: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['dateOfBirth', 'email']);
    expect((await family.caseworker.put(url, { ...edit, firstName: 'Maia' })).statusCode).toBe(200);
    const stale = await family.caseworker.put(url, { ...edit, firstName: 'Mya' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    const mother = asEdit((await family.caseworker.get(`/api/persons/${family.people.mother.id}`)).json());
    const withAddress = await family.caseworker.put(`/api/persons/${family.people.mother.id}`, {
      ...mother,
      addresses: [{ line1: '1 Main St', city: 'Hartford', state: 'CT' }],
    });
    const addressId = withAddress.json().addresses[0].id;
    const current = asEdit((await family.caseworker.get(url)).json());
    const stolen = await family.caseworker.put(url, { ...current, addresses: [{ id: addressId, line1: '1 Main St', city: 'Hartford', state: 'CT' }] });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().errors[0].path).toBe('addresses.0.id');
  });

  it('a worker from another office gets 404 and RLS hides the versions; QA reads but cannot edit', async () => {
    const family = await openCaseFast(h);
    const url = `/api/persons/${family.people.mother.id}`;
    const edit = asEdit((await family.caseworker.get(url)).json());
    await family.caseworker.put(url, { ...edit, phone: '860-555-0100' });
    const south = await h.signIn('south.investigator');
    expect((await south.put(url, { ...edit, version: 2, phone: '1' })).statusCode).toBe(404);
    expect((await south.get(`${url}/history`)).statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql`select id from person_version where person_id = ${family.people.mother.id}`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
    const qa = await h.signIn('qa');
    const read = await qa.get(url);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.edit).toBe(false);
    const refused = await qa.put(url, { ...edit, version: 2, phone: '1' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reason).toBe('people_edit_forbidden');
  });
});
