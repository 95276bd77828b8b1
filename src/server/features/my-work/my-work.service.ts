import type { Transaction } from 'kysely';
import { childNamesOf } from '../reports/reports.repo.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { RequestContext } from '../../platform/request-context.js';
import { findMyInvestigations } from '../investigations/investigations.repo.js';
import { findMyCases } from '../cases/cases.repo.js';
import { presentCaseItem } from '../cases/cases.service.js';

type Trx = Transaction<DB>;
const statusOrder: Record<string, number> = { returned: 0, draft: 1, submitted: 2, approved: 3 };

/** "My work": the reports I am taking, the investigations I must respond to and the cases I carry. */
export async function readMyWork(ctx: RequestContext, trx: Trx) {
  const reports = await trx
    .selectFrom('report as r')
    .select(['r.id', 'r.number', 'r.status', 'r.received_at', 'r.decision', 'r.response_priority', 'r.updated_at'])
    .select(childNamesOf('r.id'))
    .where('r.screener_id', '=', ctx.userId)
    .where((eb) => eb.or([eb('r.status', '<>', 'approved'), eb('r.decided_at', '>', new Date(Date.now() - 7 * 86_400_000))]))
    .orderBy('r.updated_at', 'desc')
    .limit(100)
    .execute();
  const investigations = await findMyInvestigations(trx, ctx.userId);
  const cases = await findMyCases(trx, ctx.userId);
  await recordAudit(trx, ctx, [
    { action: 'report.list', recordType: 'report', details: { list: 'my_work', reportIds: reports.map((r) => r.id) } },
    ...(investigations.length
      ? [
          {
            action: 'investigation.list' as const,
            recordType: 'investigation' as const,
            details: { list: 'my_work', investigationIds: investigations.map((i) => i.id) },
          },
        ]
      : []),
    ...(cases.length ? [{ action: 'case.list' as const, recordType: 'case' as const, details: { list: 'my_work', caseIds: cases.map((c) => c.id) } }] : []),
  ]);
  return {
    reports: reports
      .sort((a, b) => statusOrder[a.status]! - statusOrder[b.status]! || b.updated_at.getTime() - a.updated_at.getTime())
      .map((r) => ({
        id: r.id,
        number: r.number,
        status: r.status,
        receivedAt: r.received_at,
        childNames: r.child_names,
        decision: r.decision,
        responsePriority: r.response_priority,
        updatedAt: r.updated_at,
      })),
    investigations: investigations.map((i) => ({
      id: i.id,
      number: i.number,
      reportId: i.report_id,
      reportNumber: i.report_number,
      responsePriority: i.response_priority,
      responseDueAt: i.response_due_at,
      status: i.status,
      childNames: i.child_names,
      orgUnitName: i.org_unit_name,
    })),
    cases: cases.map(presentCaseItem),
  };
}
