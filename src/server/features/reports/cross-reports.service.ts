import type { Transaction } from 'kysely';
import { dueMoment } from '../../../domain/time/deadline.js';
import { calendarOf } from '../../../domain/work/plan.js';
import { isSet } from '../../../profiles/profile-schema.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { Problem } from '../../platform/errors.js';
import { hasRole, type RequestContext } from '../../platform/request-context.js';
import { profileAt } from '../profile/profile.service.js';
import * as repo from './cross-reports.repo.js';
import type { CreateCrossReportInput } from './reports.schema.js';
import { loadForAction } from './reports.service.js';

type Trx = Transaction<DB>;

/** Workers who act on a report may record a cross-report; managers and QA read them. */
const mayRecord = (ctx: RequestContext) => hasRole(ctx, 'hotline_screener', 'investigator', 'supervisor', 'caseworker');

const present = (row: Awaited<ReturnType<typeof repo.findForReport>>[number]) => ({
  id: row.id,
  agencyKind: row.agency_kind,
  agencyName: row.agency_name,
  contactName: row.contact_name,
  method: row.method,
  sentAt: row.sent_at,
  referenceNumber: row.reference_number,
  notes: row.notes,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
});

/**
 * INT-5: the report's cross-reports, and what the profile requires of it: for each rule whose
 * allegations the report has, the agency, when it is due (from receipt) and whether one is recorded.
 */
export async function listCrossReports(ctx: RequestContext, trx: Trx, config: Config, reportId: string) {
  const report = await loadForAction(ctx, trx, reportId, 'view');
  const rows = await repo.findForReport(trx, reportId);
  const receivedAt = new Date(report.received_at);
  const profile = await profileAt(trx, config, receivedAt);
  const types = new Set<string>(report.allegations.map((a) => a.maltreatment_type));
  const required = (profile.crossReporting?.rules ?? [])
    .filter((rule) => rule.maltreatmentTypes.some((t) => types.has(t)))
    .map((rule) => ({
      agencyKind: rule.agencyKind,
      maltreatmentTypes: rule.maltreatmentTypes.filter((t) => types.has(t)),
      dueAt: isSet(rule.within) ? dueMoment(calendarOf(profile), receivedAt, rule.within.value) : null,
      recorded: rows.some((r) => r.agency_kind === rule.agencyKind),
    }));
  await recordAudit(trx, ctx, [{ action: 'cross_report.list', recordType: 'report', recordId: reportId, details: { crossReportIds: rows.map((r) => r.id) } }]);
  return { items: rows.map(present), required, abilities: { record: mayRecord(ctx) } };
}

/** Records a cross-report; the same id again returns the one already recorded (a retried request). */
export async function createCrossReport(ctx: RequestContext, trx: Trx, _config: Config, reportId: string, input: CreateCrossReportInput) {
  const report = await loadForAction(ctx, trx, reportId, 'view');
  if (!mayRecord(ctx)) throw new Problem('forbidden_action', 'Your role cannot record cross-reports.');
  if (Date.parse(input.sentAt) > Date.now() + 5 * 60_000)
    throw new Problem('validation', 'A cross-report cannot be in the future.', [{ path: 'sentAt', message: 'Use the time it was made' }]);
  if (Date.parse(input.sentAt) < new Date(report.received_at).getTime() - 60_000) {
    throw new Problem('validation', 'A cross-report cannot be before the report was received.', [
      { path: 'sentAt', message: 'Use a time after the report was received' },
    ]);
  }
  const inserted = await repo.insertCrossReport(trx, { ...input, reportId, createdBy: ctx.userId });
  if (!inserted) {
    // The id is taken: a retry of this report's own cross-report, or a record the caller may not use.
    const mine = (await repo.findForReport(trx, reportId)).find((r) => r.id === input.id);
    if (!mine) throw new Problem('conflict', 'That id is already used. Send a new id.');
    return { created: false, item: present(mine) };
  }
  await recordAudit(trx, ctx, [
    { action: 'cross_report.create', recordType: 'report', recordId: reportId, details: { crossReportId: input.id, agencyKind: input.agencyKind } },
  ]);
  const saved = (await repo.findForReport(trx, reportId)).find((r) => r.id === input.id)!;
  return { created: true, item: present(saved) };
}
