import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import type { ApprovalKind } from '../../../profiles/profile-schema.js';
import type { DB, SubjectType } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { Problem } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox.js';
import type { RequestContext } from '../../platform/request-context.js';
import { supervisorFor } from '../../platform/supervisory-chain.js';
import { profileAt } from '../profile/profile.service.js';
import * as repo from './approvals.repo.js';

type Trx = Transaction<DB>;

/*
 * Asking for an approval, apart from deciding one: the features that ask (reports, investigations,
 * safety plans) import only this, never the effects registry that imports them back (issue 10).
 */

/**
 * Asks for an approval the profile requires (SUP-3) and routes it up the supervisory chain: the
 * unit's supervisor, the next one up when there is none, their delegate when they are away.
 */
export async function requestApproval(
  ctx: RequestContext,
  trx: Trx,
  config: Config,
  input: { kind: ApprovalKind; subjectType: SubjectType; subjectId: string; orgUnitId: string; payload: Record<string, unknown> },
) {
  const profile = await profileAt(trx, config, new Date());
  const rule = profile.approvals.find((a) => a.kind === input.kind);
  if (!rule)
    throw new Problem('incomplete', `The ${profile.code.toUpperCase()} profile does not route "${input.kind}" approvals.`).because('no_approval_route', {
      profile: profile.code.toUpperCase(),
      kind: input.kind,
    });
  const alreadyWaiting = () => new Problem('conflict', 'This is already waiting for approval.').because('already_pending');
  if (await repo.findPendingFor(trx, input.kind, input.subjectType, input.subjectId)) throw alreadyWaiting();
  // The profile names who approves each kind (SUP-3): a supervisor, or a program manager.
  const approver = await supervisorFor(trx, input.orgUnitId, {
    exclude: ctx.userId,
    onDate: localDateOf({ timeZone: profile.timeZone, holidays: [] }, new Date()),
    role: rule.approver,
  });
  const id = randomUUID();
  const inserted = await repo.insertPendingRequest(trx, {
    id,
    kind: input.kind,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    org_unit_id: input.orgUnitId,
    requested_by: ctx.userId,
    routed_to: approver?.userId ?? null,
    payload: JSON.stringify(input.payload),
  });
  if (!inserted) throw alreadyWaiting();
  await repo.insertAction(trx, { approvalId: id, action: 'requested', actorId: ctx.userId, toUserId: approver?.delegatedFrom ?? approver?.userId ?? null });
  if (approver?.delegatedFrom) await repo.insertAction(trx, { approvalId: id, action: 'delegated', actorId: ctx.userId, toUserId: approver.userId });
  if (approver) {
    const subjectNumber = await repo.subjectNumberOf(trx, input.subjectType, input.subjectId);
    await enqueue(trx, [
      {
        kind: 'approval.requested',
        recipientId: approver.userId,
        dedupeKey: `approval.requested:${id}`,
        payload: { approvalId: id, kind: input.kind, subjectType: input.subjectType, subjectId: input.subjectId, subjectNumber },
      },
    ]);
  }
  await recordAudit(trx, ctx, [
    {
      action: 'approval.request',
      recordType: input.subjectType,
      recordId: input.subjectId,
      details: { approvalId: id, kind: input.kind, routedTo: approver?.userId ?? null },
    },
  ]);
  return { id, routedTo: approver?.userId ?? null };
}
