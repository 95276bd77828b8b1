import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB, SubjectType } from '../../db/schema.js';

type Trx = Transaction<DB>;

export function approvalQuery(trx: Trx) {
  return trx
    .selectFrom('approval_request as a')
    .leftJoin('staff_user as requester', 'requester.id', 'a.requested_by')
    .leftJoin('staff_user as routed', 'routed.id', 'a.routed_to')
    .leftJoin('staff_user as decider', 'decider.id', 'a.decided_by')
    .select([
      'a.id',
      'a.kind',
      'a.subject_type',
      'a.subject_id',
      'a.org_unit_id',
      'a.requested_by',
      'a.requested_at',
      'a.routed_to',
      'a.status',
      'a.payload',
      'a.decided_by',
      'a.decided_at',
      'a.decision_comment',
      'a.version',
      'requester.display_name as requested_by_name',
      'routed.display_name as routed_to_name',
      'decider.display_name as decided_by_name',
    ]);
}

export const findApproval = (trx: Trx, id: string) => approvalQuery(trx).where('a.id', '=', id).executeTakeFirst();

export const findPendingFor = (trx: Trx, kind: string, subjectType: SubjectType, subjectId: string) =>
  approvalQuery(trx)
    .where('a.kind', '=', kind)
    .where('a.subject_type', '=', subjectType)
    .where('a.subject_id', '=', subjectId)
    .where('a.status', '=', 'pending')
    .executeTakeFirst();

export const findHistory = (trx: Trx, approvalIds: string[]) =>
  approvalIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('approval_action as h')
        .leftJoin('staff_user as actor', 'actor.id', 'h.actor_id')
        .leftJoin('staff_user as target', 'target.id', 'h.to_user_id')
        .select(['h.approval_id', 'h.action', 'h.at', 'h.comment', 'actor.display_name as actor_name', 'target.display_name as to_name'])
        .where('h.approval_id', 'in', approvalIds)
        .orderBy('h.at')
        .execute();

type RequestRow = Pick<DB['approval_request'], 'kind' | 'subject_type' | 'org_unit_id' | 'requested_by'> & {
  id: string;
  subject_id: string;
  routed_to: string | null;
  payload: string;
};

/**
 * False when the subject already has a pending request of this kind: a concurrent request won the
 * one-pending index (approval_one_pending_idx), so nothing is inserted and the caller answers 409.
 */
export async function insertPendingRequest(trx: Trx, row: RequestRow) {
  const result = await trx
    .insertInto('approval_request')
    .values(row)
    // The index predicate must be a literal: PostgreSQL infers a partial index from a constant, and a
    // bound parameter stops matching once a prepared statement moves to its generic plan.
    .onConflict((oc) => oc.columns(['kind', 'subject_type', 'subject_id']).where(sql<boolean>`status = 'pending'`).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const insertAction = (
  trx: Trx,
  row: { approvalId: string; action: DB['approval_action']['action']; actorId: string | null; toUserId?: string | null; comment?: string | null },
) =>
  trx
    .insertInto('approval_action')
    .values({
      id: randomUUID(),
      approval_id: row.approvalId,
      action: row.action,
      actor_id: row.actorId,
      to_user_id: row.toUserId ?? null,
      comment: row.comment ?? null,
    })
    .execute();

/** The human number of a report, investigation or case, for messages that cannot open the record. */
export async function subjectNumberOf(trx: Trx, subjectType: SubjectType, subjectId: string): Promise<string | null> {
  const table = subjectType === 'report' ? 'report' : subjectType === 'investigation' ? 'investigation' : 'family_case';
  const row = await trx.selectFrom(table).select('number').where('id', '=', subjectId).executeTakeFirst();
  return row?.number ?? null;
}
