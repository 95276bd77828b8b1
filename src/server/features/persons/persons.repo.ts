import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PersonInput, PersonSearchQuery } from './persons.schema.js';

type Trx = Transaction<DB>;

export interface CandidateRow {
  id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  date_of_birth: string | null;
  approximate_age: number | null;
  sex: 'female' | 'male' | 'unknown';
  name_similarity: number;
  alias_similarity: number;
  first_sounds_alike: boolean;
  last_sounds_alike: boolean;
  surname_part: boolean;
  address_match: boolean;
}

/**
 * Candidates by spelling (trigram), sound (double metaphone), one part of a compound surname, alias,
 * birth date or address; RLS limits them. Names are compared folded on both sides (`hearth_fold`:
 * no accents, no punctuation), through the folded trigram indexes, so "Jose Nunez" finds
 * "José Núñez-O'Brien" and "Smith" alone finds the Smiths.
 */
export async function findCandidates(trx: Trx, query: PersonSearchQuery): Promise<CandidateRow[]> {
  const full = `${query.firstName} ${query.lastName}`.trim();
  const dob = query.dateOfBirth ?? null;
  const address = query.address ?? '';
  const { rows } = await sql<CandidateRow>`
    with q as (select hearth_fold(${full}) as full_name, hearth_fold(${query.lastName}) as last_name, hearth_fold(${address}) as address)
    select p.id, p.first_name, p.middle_name, p.last_name, p.date_of_birth, p.approximate_age, p.sex,
           similarity(hearth_fold(p.first_name || ' ' || p.last_name), q.full_name)::float8 as name_similarity,
           coalesce((select max(similarity(hearth_fold(a.first_name || ' ' || a.last_name), q.full_name)) from person_alias a where a.person_id = p.id), 0)::float8 as alias_similarity,
           (${query.firstName} <> '' and p.first_name_code = dmetaphone(${query.firstName})) as first_sounds_alike,
           p.last_name_code = dmetaphone(${query.lastName}) as last_sounds_alike,
           (q.last_name <> '' and (q.last_name = any (string_to_array(hearth_fold(p.last_name), ' ')) or q.last_name = hearth_fold(p.last_name))) as surname_part,
           (q.address <> '' and exists (select 1 from person_address ad where ad.person_id = p.id and hearth_fold(ad.line1 || ' ' || ad.city) % q.address)) as address_match
      from person p, q
     where p.merged_into is null
       and (hearth_fold(p.first_name || ' ' || p.last_name) % q.full_name
        or hearth_fold(p.last_name) % q.last_name
        or p.last_name_code = dmetaphone(${query.lastName})
        or (${dob}::date is not null and p.date_of_birth = ${dob}::date)
        or exists (select 1 from person_alias a where a.person_id = p.id
                     and (hearth_fold(a.first_name || ' ' || a.last_name) % q.full_name or a.last_name_code = dmetaphone(${query.lastName})))
        or (q.address <> '' and exists (select 1 from person_address ad where ad.person_id = p.id and hearth_fold(ad.line1 || ' ' || ad.city) % q.address)))
     order by name_similarity desc
     limit 200`.execute(trx);
  return rows;
}

export function findAliases(trx: Trx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return trx.selectFrom('person_alias').select(['person_id', 'first_name', 'last_name', 'kind']).where('person_id', 'in', personIds).execute();
}

export function findPriorReports(trx: Trx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('report_participant as rp')
    .innerJoin('report as r', 'r.id', 'rp.report_id')
    .select(['rp.person_id', 'r.id', 'r.number', 'r.received_at', 'r.status', 'r.decision', 'rp.role'])
    .where('rp.person_id', 'in', personIds)
    .orderBy('r.received_at', 'desc')
    .execute();
}

export async function insertPerson(trx: Trx, input: PersonInput, createdBy: string, orgUnitId: string) {
  // The id is made here, not returned: RLS would hide a row from RETURNING until the statement ends.
  const person = { id: randomUUID() };
  await trx
    .insertInto('person')
    .values({
      id: person.id,
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
      org_unit_id: orgUnitId,
      created_by: createdBy,
    })
    .execute();
  if (input.aliases.length > 0) {
    await trx
      .insertInto('person_alias')
      .values(input.aliases.map((a) => ({ person_id: person.id, first_name: a.firstName, last_name: a.lastName, kind: a.kind })))
      .execute();
  }
  if (input.address) {
    const a = input.address;
    await trx
      .insertInto('person_address')
      .values({
        person_id: person.id,
        line1: a.line1,
        line2: a.line2 ?? null,
        city: a.city,
        state: a.state,
        postal_code: a.postalCode ?? null,
        confidential: a.confidential,
      })
      .execute();
  }
  return person.id;
}

export function findPerson(trx: Trx, id: string) {
  return trx.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAddresses(trx: Trx, personId: string) {
  return trx.selectFrom('person_address').selectAll().where('person_id', '=', personId).orderBy('current', 'desc').execute();
}

export function findRelationships(trx: Trx, personId: string) {
  return trx
    .selectFrom('relationship as rel')
    .innerJoin('person as other', 'other.id', 'rel.related_person_id')
    .select(['rel.id', 'rel.kind', 'rel.related_person_id', 'other.first_name', 'other.last_name'])
    .where('rel.person_id', '=', personId)
    .execute();
}

/** The cases the person is on that the actor can see (RLS hides the rest), newest first. */
export function findCases(trx: Trx, personId: string) {
  return trx
    .selectFrom('case_participant as cp')
    .innerJoin('family_case as c', 'c.id', 'cp.case_id')
    .select(['c.id', 'c.number', 'c.status', 'cp.role'])
    .where('cp.person_id', '=', personId)
    .orderBy('c.opened_at', 'desc')
    .execute();
}

/** Reports and cases with this person that the actor can see (RLS does the filtering). */
export async function countVisibleRecords(trx: Trx, personId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select (select count(*) from report_participant where person_id = ${personId})
         + (select count(*) from case_participant where person_id = ${personId}) as n`.execute(trx);
  return Number(rows[0]?.n ?? 0);
}
