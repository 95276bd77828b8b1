import type { Transaction } from 'kysely';
import { type CasePlanDraft, type PlanObjective, planGaps, unaddressedNeeds } from '../../../../domain/case-plan/plan-completeness.js';
import type { VersionedObjective } from '../../../../domain/case-plan/plan-version-diff.js';
import type { DB } from '../../../db/schema.js';
import type { FamilyAssessmentContent } from '../../family-assessment/family-assessment.schema.js';
import * as assessments from '../../family-assessment/family-assessment.repo.js';
import { findPeople } from '../cases.repo.js';
import * as repo from './plan.repo.js';
import { progressRatings } from './plan.schema.js';

type Trx = Transaction<DB>;

/**
 * The prioritised needs a plan answers (FCA-4): the latest completed family assessment's, in
 * priority order; `known` is every need id any version ever named, which an objective may cite.
 */
export async function needsOfCase(trx: Trx, caseId: string) {
  const versions = await assessments.findVersions(trx, caseId);
  const content = (v: (typeof versions)[number]) => v.content as unknown as FamilyAssessmentContent;
  const completed = versions.find((v) => v.status === 'completed');
  const prioritised = completed ? content(completed).needs.map((n, i) => ({ id: n.id, priority: i + 1, text: n.text })) : [];
  const known = new Set(versions.flatMap((v) => content(v).needs.map((n) => n.id)));
  return { prioritised, known };
}

/**
 * The version as the completeness rules read it (PLAN-1, PLAN-2). Each objective keeps its status,
 * which unaddressedNeeds reads: a need only a dropped objective worked on is open again.
 */
export const draftOf = (plan: repo.PlanRow, parts: repo.PlanParts): CasePlanDraft => ({
  startDate: plan.start_date,
  goals: parts.goals.map((g) => ({ id: g.goal_key, text: g.text })),
  objectives: parts.objectives.map((o): PlanObjective & { status: string } => ({
    id: o.objective_key,
    status: o.status,
    goalId: o.goal_key,
    part: o.part,
    text: o.text,
    measure: o.measure,
    startDate: o.start_date,
    targetDate: o.target_date,
    needIds: o.need_ids,
    actionSteps: parts.steps
      .filter((s) => s.objective_key === o.objective_key)
      .map((s) => ({ id: s.step_key, text: s.text, responsible: s.responsible_person_id ?? s.responsible_name, dueDate: s.due_date })),
  })),
});

/** A version's objectives as the version comparison reads them (PLAN-5). */
export const versionedObjectives = (parts: repo.PlanParts): VersionedObjective[] =>
  parts.objectives.map((o) => ({
    id: o.objective_key,
    text: o.text,
    measure: o.measure,
    targetDate: o.target_date,
    status: o.status,
    needIds: o.need_ids,
  }));

interface PlanAbilities {
  edit: boolean;
  submit: boolean;
  revise: boolean;
  sign: boolean;
  review: boolean;
}

/** One version with what it still lacks, the needs it does not yet answer, its agreements and reviews. */
export async function presentPlan(trx: Trx, plan: repo.PlanRow, outOfHome: boolean, abilities: PlanAbilities) {
  const [parts, needs, agreements, reviews, people] = await Promise.all([
    repo.findParts(trx, plan.id),
    needsOfCase(trx, plan.case_id),
    repo.findAgreements(trx, plan.id),
    repo.findReviews(trx, [plan.id]),
    findPeople(trx, plan.case_id),
  ]);
  // Every parent, maternal or paternal, custodial or not, is asked (CT-SFPM case planning).
  const answered = new Set(agreements.filter((a) => a.plan_version === plan.version).map((a) => a.person_id));
  const awaitingAgreement = people
    .filter((p) => p.role === 'parent' && !answered.has(p.person_id))
    .map((p) => ({ personId: p.person_id, name: `${p.first_name} ${p.last_name}` }));
  const prioritisedNeedIds = needs.prioritised.map((n) => n.id);
  const liveObjectives = parts.objectives.map((o) => ({ needIds: o.need_ids, status: o.status }));
  const open = new Set(unaddressedNeeds(prioritisedNeedIds, liveObjectives));
  return {
    id: plan.id,
    caseId: plan.case_id,
    versionNo: plan.version_no,
    status: plan.status,
    version: plan.version,
    previousId: plan.previous_id,
    startDate: plan.start_date,
    returnComment: plan.return_comment,
    goals: parts.goals.map((g) => ({ id: g.goal_key, text: g.text })),
    objectives: parts.objectives.map((o) => ({
      id: o.objective_key,
      goalId: o.goal_key,
      part: o.part,
      text: o.text,
      measure: o.measure,
      startDate: o.start_date,
      targetDate: o.target_date,
      status: o.status,
      needIds: o.need_ids,
      findings: o.findings,
      actionSteps: parts.steps
        .filter((s) => s.objective_key === o.objective_key)
        .map((s) => ({
          id: s.step_key,
          text: s.text,
          responsibleKind: s.responsible_kind,
          responsiblePersonId: s.responsible_person_id,
          responsibleName: s.responsible_name,
          dueDate: s.due_date,
        })),
    })),
    needs: needs.prioritised.map((n) => ({ ...n, addressed: !open.has(n.id) })),
    gaps: planGaps(draftOf(plan, parts), { outOfHome, prioritisedNeedIds }),
    unaddressedNeedIds: [...open],
    agreements: agreements.map((a) => ({
      id: a.id,
      personId: a.person_id,
      name: a.name,
      signerRole: a.signer_role,
      outcome: a.outcome,
      ownWords: a.own_words,
      method: a.method,
      efforts: a.efforts,
      planVersion: a.plan_version,
      current: a.plan_version === plan.version,
      recordedAt: a.recorded_at,
    })),
    awaitingAgreement,
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      familyView: r.family_view,
      meetingId: r.meeting_id,
      ratings: r.ratings.map((x) => ({
        objectiveId: x.objective_key,
        rating: x.rating,
        evidence: x.evidence,
        evidenceFrom: x.evidence_from,
        givenByPersonId: x.given_by_person_id,
        givenByName: x.given_by_name,
        outcome: x.outcome,
      })),
    })),
    ratingScale: { codes: [...progressRatings], agencyToSet: true },
    abilities,
  };
}
