import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PersonUpdateInput } from './persons.schema.js';

type Trx = Transaction<DB>;

/** Keeps the record as it stood at `version` before it changes (PLAT-4). */
export const insertVersion = (trx: Trx, personId: string, version: number, snapshot: object, changedFields: string[], by: string) =>
  trx
    .insertInto('person_version')
    .values({ person_id: personId, version, snapshot: JSON.stringify(snapshot), changed_fields: changedFields, changed_by: by })
    .execute();

/** Applies the edit if `version` is still current; undefined when it is not (a 409 for the caller). */
export const updatePersonRow = (trx: Trx, personId: string, input: PersonUpdateInput) =>
  trx
    .updateTable('person')
    .set((eb) => ({
      first_name: input.firstName,
      middle_name: input.middleName ?? null,
      last_name: input.lastName,
      suffix: input.suffix ?? null,
      date_of_birth: input.dateOfBirth ?? null,
      approximate_age: input.approximateAge ?? null,
      sex: input.sex,
      races: input.races,
      ethnicity: input.ethnicity,
      tribal_affiliation: input.tribalAffiliation ?? null,
      icwa_inquiry: input.icwaInquiry,
      icwa_inquiry_date: input.icwaInquiryDate ?? null,
      primary_language: input.primaryLanguage,
      interpreter_needed: input.interpreterNeeded,
      phone: input.phone ?? null,
      email: input.email ?? null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', personId)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();

/**
 * Makes the aliases exactly those sent, keeping the rows of the ones that stay: a merge's undo finds
 * the aliases it moved by id, so an edit must not renew them.
 */
export async function replaceAliases(trx: Trx, personId: string, aliases: PersonUpdateInput['aliases']) {
  const key = (a: { first_name: string; last_name: string; kind: string }) => `${a.kind}\u0000${a.first_name}\u0000${a.last_name}`;
  const wanted = new Map(aliases.map((a) => [key({ first_name: a.firstName, last_name: a.lastName, kind: a.kind }), a]));
  const existing = await trx.selectFrom('person_alias').select(['id', 'first_name', 'last_name', 'kind']).where('person_id', '=', personId).execute();
  const kept = new Set<string>();
  const gone = existing.filter((row) => {
    const k = key(row);
    if (wanted.has(k) && !kept.has(k)) {
      kept.add(k);
      return false;
    }
    return true;
  });
  if (gone.length > 0)
    await trx
      .deleteFrom('person_alias')
      .where(
        'id',
        'in',
        gone.map((row) => row.id),
      )
      .execute();
  const added = [...wanted].filter(([k]) => !kept.has(k)).map(([, a]) => a);
  if (added.length === 0) return;
  await trx
    .insertInto('person_alias')
    .values(added.map((a) => ({ person_id: personId, first_name: a.firstName, last_name: a.lastName, kind: a.kind })))
    .execute();
}

/** Changes the addresses sent with an id, adds those without, and marks the ones left out former. */
export async function writeAddresses(trx: Trx, personId: string, addresses: PersonUpdateInput['addresses']) {
  const kept = addresses.flatMap((a) => (a.id ? [a.id] : []));
  let former = trx.updateTable('person_address').set({ current: false }).where('person_id', '=', personId);
  if (kept.length > 0) former = former.where('id', 'not in', kept);
  await former.execute();
  for (const a of addresses) {
    const values = {
      line1: a.line1,
      line2: a.line2 ?? null,
      city: a.city,
      state: a.state,
      postal_code: a.postalCode ?? null,
      confidential: a.confidential,
      current: a.current,
    };
    if (a.id) {
      await trx
        .updateTable('person_address')
        .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
        .where('id', '=', a.id)
        .where('person_id', '=', personId)
        .execute();
    } else {
      await trx
        .insertInto('person_address')
        .values({ person_id: personId, ...values })
        .execute();
    }
  }
}

export const findVersions = (trx: Trx, personId: string) =>
  trx
    .selectFrom('person_version as v')
    .innerJoin('staff_user as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.snapshot', 'v.changed_fields', 'v.changed_at', 'u.display_name as changed_by_name'])
    .where('v.person_id', '=', personId)
    .orderBy('v.version', 'desc')
    .execute();
