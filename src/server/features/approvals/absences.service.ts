import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { notFound, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import type { absenceInput } from './approvals.schema.js';

type Trx = Transaction<DB>;
// The agency's local date; a day or so of slack either side of UTC does not matter for this check.
const today = () => new Date(Date.now() - 12 * 3_600_000).toISOString().slice(0, 10);

const canStandIn = async (trx: Trx, absent: string, delegate: string) =>
  (await sql<{ ok: boolean }>`select hearth_can_stand_in(${absent}::uuid, ${delegate}::uuid) as ok`.execute(trx)).rows[0]?.ok === true;

/** Who could stand in: active supervisors and program managers whose reach covers my units. */
export async function listDelegates(ctx: RequestContext, trx: Trx) {
  const staff = await trx
    .selectFrom('staff_user')
    .select(['id', 'display_name', 'roles'])
    .where('active', '=', true)
    .where('id', '<>', ctx.userId)
    .where((eb) => eb.or([eb(eb.val('supervisor'), '=', eb.fn.any('roles')), eb(eb.val('program_manager'), '=', eb.fn.any('roles'))]))
    .where(sql<boolean>`hearth_can_stand_in(${ctx.userId}::uuid, staff_user.id)`)
    .orderBy('display_name')
    .execute();
  return { staff: staff.map((s) => ({ id: s.id, displayName: s.display_name })) };
}

export async function listMyAbsences(ctx: RequestContext, trx: Trx) {
  const rows = await trx
    .selectFrom('staff_absence as a')
    .innerJoin('staff_user as d', 'd.id', 'a.delegate_id')
    .select(['a.id', 'a.starts_on', 'a.ends_on', 'a.delegate_id', 'd.display_name as delegate_name'])
    .where('a.user_id', '=', ctx.userId)
    .orderBy('a.starts_on', 'desc')
    .limit(50)
    .execute();
  return { items: rows.map((r) => ({ id: r.id, startsOn: r.starts_on, endsOn: r.ends_on, delegateId: r.delegate_id, delegateName: r.delegate_name })) };
}

/** A supervisor records time away and who approves meanwhile; requests made then go to the delegate. */
export async function addAbsence(ctx: RequestContext, trx: Trx, input: z.infer<typeof absenceInput>) {
  const userId = input.userId ?? ctx.userId;
  if (userId !== ctx.userId && !ctx.roles.includes('administrator'))
    throw new Problem('forbidden_action', 'Only an administrator can record time away for someone else.').because('absence_for_others_forbidden');
  const errors = [];
  if (input.endsOn < input.startsOn) errors.push({ path: 'endsOn', message: 'The last day away cannot be before the first.', code: 'before_start' });
  else if (input.endsOn < today()) errors.push({ path: 'endsOn', message: 'The last day away is already past.', code: 'in_past' });
  const overlapping = await trx
    .selectFrom('staff_absence')
    .select('id')
    .where('user_id', '=', userId)
    .where('starts_on', '<=', input.endsOn)
    .where('ends_on', '>=', input.startsOn)
    .executeTakeFirst();
  if (overlapping) errors.push({ path: 'startsOn', message: 'You already recorded time away on some of these days; cancel that first.', code: 'overlaps' });
  if (input.delegateId === userId) errors.push({ path: 'delegateId', message: 'Choose someone else to approve while you are away.', code: 'is_self' });
  const delegate = await trx.selectFrom('staff_user').select(['roles', 'active']).where('id', '=', input.delegateId).executeTakeFirst();
  if (!delegate?.active || !delegate.roles.some((r) => r === 'supervisor' || r === 'program_manager')) {
    errors.push({ path: 'delegateId', message: 'The delegate must be an active supervisor or program manager.', code: 'not_a_supervisor' });
  } else if (!(await canStandIn(trx, userId, input.delegateId))) {
    errors.push({
      path: 'delegateId',
      message: 'The delegate must supervise or manage the units you supervise, so they can see what they approve.',
      code: 'out_of_scope',
    });
  }
  if (errors.length) throw new Problem('validation', errors.map((e) => e.message).join(' '), errors);
  const id = randomUUID();
  await trx
    .insertInto('staff_absence')
    .values({ id, user_id: userId, starts_on: input.startsOn, ends_on: input.endsOn, delegate_id: input.delegateId, created_by: ctx.userId })
    .execute();
  return { id, ...(await listMyAbsences(ctx, trx)) };
}

export async function removeAbsence(ctx: RequestContext, trx: Trx, id: string) {
  const result = await trx.deleteFrom('staff_absence').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('absence');
  return listMyAbsences(ctx, trx);
}
