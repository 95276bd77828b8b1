import { clearInvestigationDraft, readInvestigationDraft, writeInvestigationDraft } from '../workspace/investigation-drafts';
import { isStoredPlanDraft, type PlanFormValues, type StoredPlanDraft } from './plan-form';

/**
 * Unsaved safety plan edits in the workspace's draft store (sessionStorage, wiped on sign-out
 * because a plan names the family), so a refresh or a dropped connection on a home visit loses
 * nothing. Each draft keeps the version it was made on, so it can never overwrite a newer plan.
 */

type PlanRef = { id: string; investigationId: string };
const part = (plan: PlanRef) => `safety-plan.${plan.id}`;

export function readPlanDraft(plan: PlanRef): StoredPlanDraft | null {
  const stored = readInvestigationDraft<unknown>(plan.investigationId, part(plan));
  return isStoredPlanDraft(stored) ? stored : null;
}

export const writePlanDraft = (plan: PlanRef, baseVersion: number, values: PlanFormValues) =>
  writeInvestigationDraft(plan.investigationId, part(plan), { baseVersion, values } satisfies StoredPlanDraft);

export const clearPlanDraft = (plan: PlanRef) => clearInvestigationDraft(plan.investigationId, part(plan));
