import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Db = Transaction<DB> | Kysely<DB>;

export interface Approver {
  userId: string;
  delegatedFrom: string | null;
}

/**
 * The supervisor who should act for work in `unitId` (SUP-3, SUP-5): the unit's supervisor, or the
 * next supervisor up the org tree when the unit has none or its supervisor is the person asking.
 * With `role`, only someone holding it counts: a profile that names a program manager as approver
 * reaches the first program manager up the tree (the office's), not the unit's supervisor.
 * A supervisor who is away on `onDate` (agency-local date) hands over to their delegate.
 */
export async function supervisorFor(
  db: Db,
  unitId: string,
  options: { exclude?: string | null; onDate: string; role?: 'supervisor' | 'program_manager' },
): Promise<Approver | null> {
  const unit = await db.selectFrom('org_unit').select(['path']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) return null;
  const chain = await db
    .selectFrom('org_unit as u')
    .leftJoin('staff_user as s', 's.id', 'u.supervisor_id')
    .select(['u.id', 'u.supervisor_id', 'u.path', 's.roles'])
    .where('u.id', 'in', unit.path)
    .execute();
  // The path runs from the root to the unit itself; walk it from the unit upwards.
  const upwards = [...unit.path].reverse().map((id) => chain.find((u) => u.id === id));
  for (const candidate of upwards) {
    const supervisorId = candidate?.supervisor_id;
    if (!supervisorId || supervisorId === options.exclude) continue;
    if (options.role === 'program_manager' && !(candidate.roles ?? []).includes('program_manager')) continue;
    const away = await db
      .selectFrom('staff_absence')
      .select(['delegate_id'])
      .where('user_id', '=', supervisorId)
      .where('starts_on', '<=', options.onDate)
      .where('ends_on', '>=', options.onDate)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (away && away.delegate_id !== options.exclude) return { userId: away.delegate_id, delegatedFrom: supervisorId };
    return { userId: supervisorId, delegatedFrom: null };
  }
  return null;
}
