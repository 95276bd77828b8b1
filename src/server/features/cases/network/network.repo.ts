import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { AddMemberInput, AddSearchInput, UpdateMemberInput } from './network.schema.js';

type Trx = Transaction<DB>;

/** Everyone on the case with how they are part of the network, and their latest search. */
export const findMembers = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_participant as cp')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select([
      'cp.id as participant_id',
      'p.id as person_id',
      'p.first_name',
      'p.last_name',
      'p.sex',
      'p.date_of_birth',
      'p.approximate_age',
      'p.deceased',
      'cp.role',
      'cp.side',
      'cp.connection',
      'cp.support_kind',
      'cp.tie_strength',
      'cp.placement_resource',
      'cp.safety_monitor',
      'cp.whereabouts_unknown',
      'cp.version',
    ])
    .select(
      sql<string | null>`(select max(d.searched_on)::text from diligent_search_effort d where d.case_id = cp.case_id and d.person_id = cp.person_id)`.as(
        'last_searched_on',
      ),
    )
    .select(
      sql<string | null>`(select max(n.sent_on)::text from relative_notice n where n.case_id = cp.case_id and n.person_id = cp.person_id)`.as('notice_on'),
    )
    // In the home, as the report that brought the family recorded it (the genogram's household).
    .select(
      sql<boolean | null>`(select rp.lives_in_household from family_case c join investigation i on i.id = c.investigation_id
                            join report_participant rp on rp.report_id = i.report_id and rp.person_id = cp.person_id
                           where c.id = cp.case_id)`.as('lives_in_home'),
    )
    .where('cp.case_id', '=', caseId)
    .orderBy('cp.added_at')
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();

export type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];

export const findMember = async (trx: Trx, caseId: string, participantId: string) =>
  (await findMembers(trx, caseId)).find((m) => m.participant_id === participantId);

/** Relationships among the case's people, either way round. */
export const findRelationships = (trx: Trx, personIds: string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('relationship')
        .select(['person_id', 'related_person_id', 'kind'])
        .where('person_id', 'in', personIds)
        .where('related_person_id', 'in', personIds)
        .orderBy('created_at')
        .execute();

/**
 * The member's person and membership, or nothing when the membership id is taken (a concurrent retry
 * of this add, or another record's id). A savepoint, not ON CONFLICT: an upsert on person would need
 * the new row to pass person's read policy, which it cannot until the statement ends; and the person
 * made for a losing retry must not be left behind.
 */
export async function insertMember(trx: Trx, caseId: string, input: AddMemberInput, by: string, orgUnitId: string): Promise<{ personId: string } | null> {
  const personId = randomUUID();
  await sql`savepoint add_member`.execute(trx);
  try {
    await trx
      .insertInto('person')
      .values({
        id: personId,
        first_name: input.firstName,
        last_name: input.lastName,
        sex: input.sex,
        date_of_birth: input.dateOfBirth ?? null,
        approximate_age: input.dateOfBirth ? null : (input.approximateAge ?? null),
        deceased: input.deceased,
        races: [],
        org_unit_id: orgUnitId,
        created_by: by,
      })
      .execute();
    await trx
      .insertInto('case_participant')
      .values({
        id: input.id,
        case_id: caseId,
        person_id: personId,
        role: input.role,
        side: input.side ?? null,
        connection: input.connection,
        support_kind: input.supportKind ?? null,
        tie_strength: input.tieStrength ?? null,
        placement_resource: input.placementResource,
        safety_monitor: input.safetyMonitor,
        whereabouts_unknown: input.whereaboutsUnknown,
        added_by: by,
      })
      .execute();
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await sql`rollback to savepoint add_member`.execute(trx);
    return null;
  }
  await sql`release savepoint add_member`.execute(trx);
  return { personId };
}

export const insertRelationship = (trx: Trx, personId: string, relatedPersonId: string, kind: string, createdBy: string) =>
  trx
    .insertInto('relationship')
    .values({ person_id: personId, related_person_id: relatedPersonId, kind: kind as never, created_by: createdBy })
    .onConflict((oc) => oc.doNothing())
    .execute();

/** Applies a change if `version` is still the current one; returns whether it did. */
export async function updateParticipant(trx: Trx, caseId: string, participantId: string, change: UpdateMemberInput) {
  const set: Record<string, unknown> = {};
  if (change.side !== undefined) set.side = change.side;
  if (change.connection !== undefined) set.connection = change.connection;
  if (change.supportKind !== undefined) set.support_kind = change.supportKind;
  if (change.tieStrength !== undefined) set.tie_strength = change.tieStrength;
  if (change.placementResource !== undefined) set.placement_resource = change.placementResource;
  if (change.safetyMonitor !== undefined) set.safety_monitor = change.safetyMonitor;
  if (change.whereaboutsUnknown !== undefined) set.whereabouts_unknown = change.whereaboutsUnknown;
  const row = await trx
    .updateTable('case_participant')
    .set({ ...set, version: sql<number>`version + 1` })
    .where('id', '=', participantId)
    .where('case_id', '=', caseId)
    .where('version', '=', change.version)
    .returning(['person_id'])
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export const markDeceased = (trx: Trx, personId: string, deceased: boolean) =>
  trx.updateTable('person').set({ deceased, updated_at: new Date(), version: sql<number>`version + 1` }).where('id', '=', personId).execute();

export const markFound = (trx: Trx, caseId: string, personId: string) =>
  trx
    .updateTable('case_participant')
    .set({ whereabouts_unknown: false, version: sql<number>`version + 1` })
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .execute();

export const findSearches = (trx: Trx, caseId: string, personId: string) =>
  trx
    .selectFrom('diligent_search_effort as d')
    .innerJoin('staff_user as u', 'u.id', 'd.created_by')
    .select(['d.id', 'd.searched_on', 'd.source', 'd.outcome', 'd.found', 'd.found_address', 'd.created_at', 'u.display_name as created_by_name'])
    .where('d.case_id', '=', caseId)
    .where('d.person_id', '=', personId)
    .orderBy('d.searched_on', 'desc')
    .orderBy('d.created_at', 'desc')
    .execute();

/** Returns false when the id is already used (a retry, or another record's). */
export async function insertSearch(trx: Trx, caseId: string, personId: string, input: AddSearchInput, createdBy: string) {
  const row = await trx
    .insertInto('diligent_search_effort')
    .values({
      id: input.id,
      case_id: caseId,
      person_id: personId,
      searched_on: input.searchedOn,
      source: input.source,
      outcome: input.outcome,
      found: input.found,
      found_address: input.found ? (input.foundAddress ?? null) : null,
      created_by: createdBy,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}
