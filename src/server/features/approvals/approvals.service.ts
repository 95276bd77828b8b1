import { sql, type Transaction } from 'kysely';
import type { ApprovalKind } from '../../../profiles/profile-schema.js';
import type { DB, SubjectType } from '../../db/schema.js';
import { decidesInUnit } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { conflict, notFound, Problem } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox.js';
import type { RequestContext } from '../../platform/request-context.js';
import { approvalEffects, type ApprovalRecord } from './approvals.effects.js';
import { authoriseApprovalRead } from './approvals.policy.js';
import * as repo from './approvals.repo.js';

type Trx = Transaction<DB>;
type Row = NonNullable<Awaited<ReturnType<typeof repo.findApproval>>>;

const record = (row: Row): ApprovalRecord => ({
  id: row.id,
  kind: row.kind,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  orgUnitId: row.org_unit_id,
  requestedBy: row.requested_by,
  payload: row.payload,
});

/** The person it was routed to, or a supervisor or manager over the unit; never the requester. */
export function canDecide(ctx: RequestContext, row: Pick<Row, 'status' | 'requested_by' | 'routed_to' | 'org_unit_id'>) {
  if (row.status !== 'pending' || row.requested_by === ctx.userId) return false;
  return row.routed_to === ctx.userId || decidesInUnit(ctx, row.org_unit_id);
}

async function present(ctx: RequestContext, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, rows: Row[]) {
  const history = await repo.findHistory(
    trx,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      kind: r.kind,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      status: r.status,
      requestedAt: r.requested_at,
      requestedBy: r.requested_by_name,
      routedTo: r.routed_to_name,
      routedToMe: r.routed_to === ctx.userId,
      decidedBy: r.decided_by_name,
      decidedAt: r.decided_at,
      decisionComment: r.decision_comment,
      version: r.version,
      abilities: { decide: canDecide(ctx, r) },
      summary: (await approvalEffects[r.kind as ApprovalKind]?.summarise(trx, record(r), config)) ?? {},
      history: history.filter((h) => h.approval_id === r.id).map((h) => ({ action: h.action, at: h.at, by: h.actor_name, to: h.to_name, comment: h.comment })),
    })),
  );
}

/** The approver's queue: routed to me, or waiting in a unit I supervise, oldest first. */
export async function listPending(ctx: RequestContext, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>) {
  const supervises = ctx.roles.some((r) => r === 'supervisor' || r === 'program_manager') && ctx.scopeUnitIds.length > 0;
  const rows = await repo
    .approvalQuery(trx)
    .where('a.status', '=', 'pending')
    .where('a.requested_by', '<>', ctx.userId)
    .where((eb) => (supervises ? eb.or([eb('a.routed_to', '=', ctx.userId), eb('a.org_unit_id', 'in', ctx.scopeUnitIds)]) : eb('a.routed_to', '=', ctx.userId)))
    .orderBy('a.requested_at')
    .limit(500)
    .execute();
  if (rows.length) await recordAudit(trx, ctx, [{ action: 'approval.list', recordType: 'approval', details: { approvalIds: rows.map((r) => r.id) } }]);
  // Item 6: a screen-in's response clock runs while it waits, so the most urgent comes first;
  // requests without a clock keep their oldest-first order after them.
  const items = await present(ctx, trx, config, rows);
  const due = (item: (typeof items)[number]) => (item.summary.responseDueAt instanceof Date ? item.summary.responseDueAt.getTime() : Number.POSITIVE_INFINITY);
  return {
    items: items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => due(a.item) - due(b.item) || a.index - b.index)
      .map(({ item }) => item),
  };
}

/** Every approval about one record, with its history (the record's approvals tab). */
export async function listForSubject(ctx: RequestContext, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, subjectType: SubjectType, subjectId: string) {
  const visible = await sql<{ visible: boolean }>`select hearth_can_see_subject(${subjectType}, ${subjectId}::uuid) as visible`.execute(trx);
  if (!visible.rows[0]?.visible) throw notFound(subjectType);
  const rows = await repo
    .approvalQuery(trx)
    .where('a.subject_type', '=', subjectType)
    .where('a.subject_id', '=', subjectId)
    .orderBy('a.requested_at', 'desc')
    .execute();
  await recordAudit(trx, ctx, [{ action: 'approval.list', recordType: subjectType, recordId: subjectId, details: { approvalIds: rows.map((r) => r.id) } }]);
  return { items: await present(ctx, trx, config, rows) };
}

export async function readApproval(ctx: RequestContext, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, id: string) {
  const row = await authoriseApprovalRead(ctx, trx, await repo.findApproval(trx, id));
  await recordAudit(trx, ctx, [{ action: 'approval.read', recordType: row.subject_type, recordId: row.subject_id, details: { approvalId: id } }]);
  return (await present(ctx, trx, config, [row]))[0]!;
}

export type Decision =
  | { decision: 'approve'; version: number; comment?: string | undefined; input?: Record<string, unknown> }
  | { decision: 'return'; version: number; comment: string };

/**
 * Approve or return with a comment. The version guards against two supervisors deciding at once
 * (the second gets 409); the effect on the subject commits with the decision.
 */
export async function decideApproval(ctx: RequestContext, trx: Trx, config: Config, id: string, decision: Decision) {
  const row = await authoriseApprovalRead(ctx, trx, await repo.findApproval(trx, id));
  if (row.status !== 'pending')
    throw new Problem('conflict', `This request was already ${row.status}. Reload to see the decision.`).because('approval_decided', { status: row.status });
  if (!canDecide(ctx, row)) {
    if (row.requested_by === ctx.userId) throw new Problem('forbidden_action', 'You cannot approve your own request.').because('own_approval');
    throw new Problem('forbidden_action', 'Only the supervisor it was routed to, or one over the unit, can decide this request.').because('approval_not_yours');
  }
  const status = decision.decision === 'approve' ? 'approved' : 'returned';
  const updated = await trx
    .updateTable('approval_request')
    .set((eb) => ({
      status,
      decided_by: ctx.userId,
      decided_at: new Date(),
      decision_comment: decision.comment?.trim() || null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', decision.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw conflict('approval request');
  await repo.insertAction(trx, { approvalId: id, action: status, actorId: ctx.userId, comment: decision.comment?.trim() || null });
  const effect = approvalEffects[row.kind as ApprovalKind];
  let outcome: Record<string, unknown> = {};
  if (effect && decision.decision === 'approve') outcome = await effect.approve(ctx, trx, config, record(row), decision.input ?? {});
  if (effect && decision.decision === 'return') await effect.return(ctx, trx, config, record(row), { comment: decision.comment });
  const subjectNumber = await repo.subjectNumberOf(trx, row.subject_type, row.subject_id);
  await enqueue(trx, [
    {
      kind: 'approval.decided',
      recipientId: row.requested_by,
      dedupeKey: `approval.decided:${id}`,
      payload: { approvalId: id, kind: row.kind, status, subjectType: row.subject_type, subjectId: row.subject_id, subjectNumber },
    },
  ]);
  await recordAudit(trx, ctx, [
    {
      action: decision.decision === 'approve' ? 'approval.approve' : 'approval.return',
      recordType: row.subject_type,
      recordId: row.subject_id,
      details: { approvalId: id, kind: row.kind },
    },
  ]);
  const decided = await repo.findApproval(trx, id);
  return { ...(await present(ctx, trx, config, [decided!]))[0]!, outcome };
}
