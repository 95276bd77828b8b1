import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { AddTeamMemberInput, UpdateTeamMemberInput } from './team.schema.js';

type Trx = Transaction<DB>;

/** The team of a case, active members first, each with the name it is known by. */
export const findTeam = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('case_team_member as m')
    .leftJoin('person as p', 'p.id', 'm.person_id')
    .leftJoin('person as y', 'y.id', 'm.chosen_by')
    .select(['m.id', 'm.person_id', 'm.role', 'm.chosen_by', 'm.organisation', 'm.phone', 'm.email', 'm.may_be_told', 'm.told_note', 'm.active', 'm.version'])
    .select(sql<string>`coalesce(m.name, p.first_name || ' ' || p.last_name, '')`.as('name'))
    .select(sql<string | null>`y.first_name || ' ' || y.last_name`.as('chosen_by_name'))
    .where('m.case_id', '=', caseId)
    .orderBy('m.active', 'desc')
    .orderBy('m.added_at')
    .execute();
export type TeamRow = Awaited<ReturnType<typeof findTeam>>[number];

/** Returns false when the id is already used (a retry, or another record's). */
export async function insertTeamMember(trx: Trx, caseId: string, input: AddTeamMemberInput, by: string) {
  const row = await trx
    .insertInto('case_team_member')
    .values({
      id: input.id,
      case_id: caseId,
      person_id: input.personId ?? null,
      name: input.personId ? null : (input.name ?? null),
      role: input.role,
      chosen_by: input.role === 'youth_chosen' ? (input.chosenBy ?? null) : null,
      organisation: input.organisation ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      may_be_told: input.mayBeTold,
      told_note: input.toldNote ?? null,
      added_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Applies a change if `version` is still current; undefined when it is not (a 409 for the caller). */
export const updateTeamMember = (trx: Trx, caseId: string, memberId: string, input: UpdateTeamMemberInput) =>
  trx
    .updateTable('case_team_member')
    .set((eb) => ({
      ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.mayBeTold !== undefined ? { may_be_told: input.mayBeTold } : {}),
      ...(input.toldNote !== undefined ? { told_note: input.toldNote } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('case_id', '=', caseId)
    .where('id', '=', memberId)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();

/** How many active members each youth has chosen, for the federal limit. */
export const countChosenBy = async (trx: Trx, caseId: string, youthId: string) =>
  Number(
    (
      await trx
        .selectFrom('case_team_member')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('case_id', '=', caseId)
        .where('chosen_by', '=', youthId)
        .where('active', '=', true)
        .executeTakeFirstOrThrow()
    ).n,
  );
