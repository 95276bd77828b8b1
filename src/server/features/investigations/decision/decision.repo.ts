import type { Transaction } from 'kysely';
import type { DB, InvestigationDecision } from '../../../db/schema.js';

type Trx = Transaction<DB>;

/** Each allegation on the investigation's report with its finding, if one is recorded (INV-6). */
export function findFindings(trx: Trx, investigationId: string, reportId: string) {
  return trx
    .selectFrom('allegation as a')
    .leftJoin('allegation_finding as f', (join) => join.onRef('f.allegation_id', '=', 'a.id').on('f.investigation_id', '=', investigationId))
    .select(['a.id as allegation_id', 'f.finding'])
    .where('a.report_id', '=', reportId)
    .execute();
}

export function findDecisionFields(trx: Trx, investigationId: string) {
  return trx
    .selectFrom('investigation')
    .select(['decision', 'decision_status', 'decision_reason', 'community_referral', 'recommended_decisions', 'version', 'case_id'])
    .where('id', '=', investigationId)
    .executeTakeFirstOrThrow();
}

/** The latest decision approval on this investigation, with who it went to (SUP-3). */
export function findLatestDecisionApproval(trx: Trx, investigationId: string) {
  return trx
    .selectFrom('approval_request as a')
    .leftJoin('staff_user as routed', 'routed.id', 'a.routed_to')
    .select(['a.id', 'a.status', 'a.decision_comment', 'routed.display_name as routed_to_name'])
    .where('a.kind', '=', 'investigation_decision')
    .where('a.subject_type', '=', 'investigation')
    .where('a.subject_id', '=', investigationId)
    .orderBy('a.requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface DecisionChange {
  decision?: InvestigationDecision | null;
  decision_status?: DB['investigation']['decision_status'];
  decision_reason?: string | null;
  community_referral?: string | null;
  recommended_decisions?: string[] | null;
  unseen_exception_code?: string | null;
  unseen_exception_efforts?: string | null;
}

/** Changes the decision fields when the version still matches; false when someone else got there first. */
export async function updateDecision(trx: Trx, investigationId: string, version: number, change: DecisionChange): Promise<boolean> {
  const result = await trx
    .updateTable('investigation')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', investigationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
