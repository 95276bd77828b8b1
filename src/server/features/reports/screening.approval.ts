import type { Transaction } from 'kysely';
import { limitFor } from '../../../domain/work/plan.js';
import { dueMoment } from '../../../domain/time/deadline.js';
import { calendarOf } from '../../../domain/work/plan.js';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import { recordAudit } from '../../platform/audit.js';
import { notFound, Problem } from '../../platform/errors.js';
import type { ApprovalEffect } from '../approvals/approvals.effects.js';
import { firstFaceToFaceRule } from '../../../profiles/federal.js';
import { profileAt } from '../profile/profile.service.js';
import { recordEvent } from '../work/work.engine.js';
import { findOpenInvestigationsSharing, linkOpenInvestigations } from '../investigations/investigations.repo.js';
import { approveLoweredPriorityWith, withdrawLoweredPriorityWith } from './priority-override.approval.js';
import * as repo from './reports.repo.js';
import { bump } from './reports.service.js';

type Trx = Transaction<DB>;

/**
 * INT-4 on the generic approvals (SUP-3): approving a screen-in opens the investigation in the
 * office's investigation unit, starts its response clock from the practice profile and tells the
 * work engine (`report.screened_in`), which opens the investigator's tasks in the same transaction.
 */
export const screeningApproval: ApprovalEffect = {
  async approve(ctx, trx, config, approval, input) {
    const row = await repo.findReportDetail(trx, approval.subjectId);
    if (!row) throw notFound('report');
    if (row.status !== 'submitted') throw new Problem('conflict', `This report is ${row.status}; only a submitted report can be approved.`);
    const version = typeof input.version === 'number' ? input.version : row.version;
    await bump(trx, row.id, version, { status: 'approved', decided_at: new Date(), decided_by: ctx.userId });
    await repo.insertReview(trx, row.id, ctx.userId, 'approved', typeof input.comment === 'string' ? input.comment : null);
    await approveLoweredPriorityWith(ctx, trx, row.id);
    if (row.decision !== 'screen_in' && row.decision !== 'screen_in_family_assessment') return { investigationId: null };

    const unit = await repo.findInvestigationUnitFor(trx, row.org_unit_id);
    if (!unit)
      throw new Problem('incomplete', 'No investigation unit is set up for this office. Ask an administrator to add one.').because('no_investigation_unit');
    const investigatorId = await chooseInvestigator(trx, unit.id, typeof input.investigatorId === 'string' ? input.investigatorId : undefined);
    const receivedAt = new Date(row.received_at);
    const profile = await profileAt(trx, config, receivedAt);
    const limit = limitFor(profile, firstFaceToFaceRule, { payload: { responsePriority: row.response_priority ?? undefined } });
    const investigation = await repo.insertInvestigation(trx, {
      reportId: row.id,
      track: row.decision === 'screen_in' ? 'investigation' : 'family_assessment',
      orgUnitId: unit.id,
      investigatorId,
      responsePriority: row.response_priority!,
      responseDueAt: limit ? dueMoment(calendarOf(profile), receivedAt, limit) : null,
    });
    await recordAudit(trx, ctx, [
      { action: 'investigation.create', recordType: 'investigation', recordId: investigation.id, details: { reportId: row.id, investigatorId } },
    ]);
    const children = row.participants.filter((p) => p.role === 'alleged_victim').map((p) => p.person_id);
    await recordEvent(ctx, trx, config, {
      type: 'report.screened_in',
      subjectType: 'investigation',
      subjectId: investigation.id,
      occurredAt: receivedAt,
      payload: { children, responsePriority: row.response_priority ?? undefined },
    });
    // Another open investigation about the same child is linked both ways, never worked blind.
    const linked = await linkOpenInvestigations(trx, investigation.id);
    if (linked > 0)
      await recordAudit(trx, ctx, [{ action: 'investigation.link', recordType: 'investigation', recordId: investigation.id, details: { linked } }]);
    return { investigationId: investigation.id };
  },

  async return(ctx, trx, _config, approval, input) {
    const row = await repo.findReportDetail(trx, approval.subjectId);
    if (!row) throw notFound('report');
    await bump(trx, row.id, row.version, { status: 'returned', decided_at: new Date(), decided_by: ctx.userId });
    await repo.insertReview(trx, row.id, ctx.userId, 'returned', input.comment);
    await withdrawLoweredPriorityWith(ctx, trx, row.id);
  },

  async summarise(trx, approval, config) {
    const report = await trx
      .selectFrom('report as r')
      .select(['r.id', 'r.number', 'r.decision', 'r.response_priority', 'r.submitted_at', 'r.version', 'r.received_at'])
      .select(repo.childNamesOf('r.id'))
      .where('r.id', '=', approval.subjectId)
      .executeTakeFirst();
    if (!report) return {};
    // The supervisor sees, before approving, that the same children are already being investigated.
    const openInvestigations = (await findOpenInvestigationsSharing(trx, report.id)).map((i) => ({
      investigationId: i.investigation_id,
      number: i.number,
      unitName: i.org_unit_name,
      abilities: { open: i.visible },
    }));
    return {
      reportId: report.id,
      number: report.number,
      decision: report.decision,
      responsePriority: report.response_priority,
      submittedAt: report.submitted_at,
      childNames: report.child_names,
      reportVersion: report.version,
      instrument: approval.payload.instrument ?? null,
      openInvestigations,
      responseDueAt: await responseDueAt(trx, config, report),
    };
  },
};

/**
 * Item 6: the response clock runs from receipt, also while the screen-in waits for approval; the
 * queue shows it and puts the most urgent first. Null for a screen-out or a limit the agency has not set.
 */
async function responseDueAt(
  trx: Trx,
  config: Pick<Config, 'HEARTH_PROFILE'>,
  report: { decision: string | null; response_priority: string | null; received_at: Date | string },
) {
  if (report.decision !== 'screen_in' && report.decision !== 'screen_in_family_assessment') return null;
  const receivedAt = new Date(report.received_at);
  const profile = await profileAt(trx, config, receivedAt);
  const limit = limitFor(profile, firstFaceToFaceRule, { payload: { responsePriority: report.response_priority ?? undefined } });
  return limit ? dueMoment(calendarOf(profile), receivedAt, limit) : null;
}

export async function chooseInvestigator(trx: Trx, unitId: string, requested: string | undefined): Promise<string | null> {
  const workloads = await repo.findInvestigatorWorkloads(trx, unitId);
  if (requested) {
    if (!workloads.some((w) => w.user_id === requested)) {
      throw new Problem('validation', 'That investigator is not in the investigation unit for this office.', [
        { path: 'investigatorId', message: 'Choose an investigator from the list' },
      ]).because('investigator_not_in_unit');
    }
    return requested;
  }
  return workloads[0]?.user_id ?? null;
}
