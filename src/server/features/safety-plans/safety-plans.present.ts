import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import * as repo from './safety-plans.repo.js';

type Trx = Transaction<DB>;

/** The list view of a plan (investigation and case pages). */
export function summaryOf(plan: repo.PlanRow) {
  return {
    id: plan.id,
    investigationId: plan.investigation_id,
    caseId: plan.case_id,
    status: plan.status,
    language: plan.language,
    nextReviewOn: plan.next_review_on,
    actionCount: plan.actions.length,
    version: plan.version,
    createdAt: plan.created_at,
    approvedAt: plan.approved_at,
    endedAt: plan.ended_at,
  };
}

/**
 * A whole plan as the API answers it: its threats (from the assessment it was made from), the
 * people it may name, its agreements — each marked current or "signed an earlier version" — its
 * reviews and its latest approval. Drawings stay out of the JSON; the PDF shows them.
 */
export async function presentPlan(trx: Trx, plan: repo.PlanRow, reportId: string) {
  const threats = await repo.findThreatsOfAssessment(trx, plan.safety_assessment_id);
  const people = await repo.findReportPeople(trx, reportId);
  const signatures = await repo.findSignatures(trx, plan.id);
  const reviews = await repo.findReviews(trx, plan.id);
  const approval = await repo.findLatestApproval(trx, plan.id);
  return {
    ...summaryOf(plan),
    actions: plan.actions,
    threats,
    people: people.map((p) => ({ personId: p.personId, name: p.name, role: p.role })),
    signatures: signatures.map((s) => ({
      id: s.id,
      signerName: s.signer_name,
      signerRole: s.signer_role,
      personId: s.person_id,
      method: s.method,
      signedAt: s.signed_at,
      planVersion: s.plan_version,
      current: s.plan_version === plan.version,
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      outcome: r.outcome,
      note: r.note,
      nextReviewOn: r.next_review_on,
      recordedByName: r.recorded_by_name,
      recordedAt: r.recorded_at,
    })),
    approval: approval ? { id: approval.id, status: approval.status, routedToName: approval.routed_to_name, comment: approval.decision_comment } : null,
    endedReason: plan.ended_reason,
  };
}
export type SafetyPlan = Awaited<ReturnType<typeof presentPlan>>;
