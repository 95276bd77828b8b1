import type { Transaction } from 'kysely';
import { compareBirthDates, rankMatch } from '../../../domain/name-match.js';
import type { DB, ReportStatus } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { RequestContext } from '../../platform/request-context.js';
import { authorisePersonAction, authorisePersonRead, personAbilities } from './persons.policy.js';
import { findMergedInto, findMergesOf } from './merge/person-merge.repo.js';
import * as repo from './persons.repo.js';
import type { PersonInput, PersonSearchQuery } from './persons.schema.js';

type Trx = Transaction<DB>;
const MAX_RESULTS = 20;
const MIN_SCORE = 25;

/** INT-2 / PLAT-4: find people already known before anyone creates a duplicate. */
export async function searchPersons(ctx: RequestContext, trx: Trx, query: PersonSearchQuery) {
  authorisePersonAction(ctx, 'search');
  const candidates = await repo.findCandidates(trx, query);
  const ranked = candidates
    .map((row) => {
      const dob = compareBirthDates(query.dateOfBirth, row.date_of_birth);
      const ageMatch = query.approximateAge !== undefined && ageOf(row) !== null && Math.abs(ageOf(row)! - query.approximateAge) <= 2;
      const rank = rankMatch({
        nameSimilarity: row.name_similarity,
        aliasSimilarity: row.alias_similarity,
        firstSoundsAlike: row.first_sounds_alike,
        lastSoundsAlike: row.last_sounds_alike,
        surnamePart: row.surname_part,
        addressMatch: row.address_match,
        dateOfBirth: dob,
      });
      return { row, score: rank.score + (ageMatch ? 8 : 0), matchedOn: ageMatch ? [...rank.matchedOn, 'age'] : rank.matchedOn };
    })
    .filter((match) => match.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.row.last_name.localeCompare(b.row.last_name))
    .slice(0, MAX_RESULTS);

  const ids = ranked.map((match) => match.row.id);
  const [aliases, priorReports, mergedRecords] = await Promise.all([repo.findAliases(trx, ids), repo.findPriorReports(trx, ids), findMergedInto(trx, ids)]);
  await recordAudit(trx, ctx, [
    {
      action: 'person.search',
      recordType: 'person',
      personIds: ids,
      details: { lastName: query.lastName, firstName: query.firstName, dateOfBirth: query.dateOfBirth ?? null },
    },
  ]);
  return {
    results: ranked.map(({ row, score, matchedOn }) => ({
      id: row.id,
      firstName: row.first_name,
      middleName: row.middle_name,
      lastName: row.last_name,
      dateOfBirth: row.date_of_birth,
      approximateAge: row.approximate_age,
      sex: row.sex,
      score,
      matchedOn,
      aliases: aliases.filter((a) => a.person_id === row.id).map((a) => ({ firstName: a.first_name, lastName: a.last_name, kind: a.kind })),
      priorReports: priorReports.filter((r) => r.person_id === row.id).map(presentPriorReport),
      mergedRecords: mergedRecords
        .filter((m) => m.merged_into === row.id)
        .map((m) => ({ id: m.id, firstName: m.first_name, lastName: m.last_name, dateOfBirth: m.date_of_birth })),
    })),
  };
}

export async function createPerson(ctx: RequestContext, trx: Trx, input: PersonInput) {
  authorisePersonAction(ctx, 'create');
  const id = await repo.insertPerson(trx, input, ctx.userId, ctx.orgUnitId);
  await recordAudit(trx, ctx, [{ action: 'person.create', recordType: 'person', recordId: id, personIds: [id] }]);
  return readPerson(ctx, trx, id, { audit: false });
}

export async function readPerson(ctx: RequestContext, trx: Trx, id: string, options = { audit: true }) {
  const person = await repo.findPerson(trx, id);
  // A merged record is a pointer: whoever can see the record it points to may follow it.
  const survivor = person?.merged_into ? await repo.findPerson(trx, person.merged_into) : undefined;
  const visibleRecords = person ? await repo.countVisibleRecords(trx, survivor?.id ?? id) : 0;
  authorisePersonRead(ctx, person && { createdBy: person.created_by, orgUnitId: person.org_unit_id, visibleRecords });
  const [aliases, addresses, relationships, priorReports, cases, merges] = await Promise.all([
    repo.findAliases(trx, [id]),
    repo.findAddresses(trx, id),
    repo.findRelationships(trx, id),
    repo.findPriorReports(trx, [id]),
    repo.findCases(trx, id),
    findMergesOf(trx, id),
  ]);
  if (options.audit) await recordAudit(trx, ctx, [{ action: 'person.read', recordType: 'person', recordId: id, personIds: [id] }]);
  const p = person!;
  return {
    id: p.id,
    version: p.version,
    firstName: p.first_name,
    middleName: p.middle_name,
    lastName: p.last_name,
    suffix: p.suffix,
    dateOfBirth: p.date_of_birth,
    approximateAge: p.approximate_age,
    sex: p.sex,
    races: p.races,
    ethnicity: p.ethnicity,
    tribalAffiliation: p.tribal_affiliation,
    icwaInquiry: p.icwa_inquiry,
    icwaInquiryDate: p.icwa_inquiry_date,
    primaryLanguage: p.primary_language,
    interpreterNeeded: p.interpreter_needed,
    aliases: aliases.map((a) => ({ firstName: a.first_name, lastName: a.last_name, kind: a.kind })),
    addresses: addresses.map((a) => ({
      id: a.id,
      line1: a.line1,
      line2: a.line2,
      city: a.city,
      state: a.state,
      postalCode: a.postal_code,
      confidential: a.confidential,
      current: a.current,
    })),
    phone: p.phone,
    email: p.email,
    relationships: relationships.map((r) => ({ id: r.id, kind: r.kind, personId: r.related_person_id, firstName: r.first_name, lastName: r.last_name })),
    priorReports: priorReports.map(presentPriorReport),
    cases: cases.map((c) => ({ id: c.id, number: c.number, status: c.status, role: c.role })),
    mergedInto: survivor ? { id: survivor.id, firstName: survivor.first_name, lastName: survivor.last_name } : null,
    // A merge into a record the reader cannot see is not listed: its name is not theirs to read.
    merges: merges
      .filter((m) => m.survivor_id === id || survivor !== undefined)
      .map((m) => ({
        id: m.id,
        survivorId: m.survivor_id,
        mergedId: m.merged_id,
        survivorName: m.survivor_name,
        mergedName: m.merged_name,
        reason: m.reason,
        mergedAt: m.merged_at,
        mergedByName: m.merged_by_name,
        undoneAt: m.undone_at,
        undoneByName: m.undone_by_name,
        undoReason: m.undo_reason,
      })),
    abilities: personAbilities(ctx),
  };
}

function presentPriorReport(r: { id: string; number: string; received_at: Date; status: ReportStatus; decision: string | null; role: string }) {
  return { id: r.id, number: r.number, receivedAt: r.received_at, status: r.status, decision: r.decision, role: r.role };
}

function ageOf(row: { date_of_birth: string | null; approximate_age: number | null }): number | null {
  if (row.approximate_age !== null) return row.approximate_age;
  if (!row.date_of_birth) return null;
  return Math.floor((Date.now() - Date.parse(`${row.date_of_birth}T00:00:00Z`)) / (365.25 * 86_400_000));
}
