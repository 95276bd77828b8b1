import type { Transaction } from 'kysely';
import type { ApprovalKind } from '../../../profiles/profile-schema.js';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import type { RequestContext } from '../../platform/request-context.js';
import { priorityOverrideApproval } from '../reports/priority-override.approval.js';
import { screeningApproval } from '../reports/screening.approval.js';
import { investigationDecisionApproval } from '../investigations/decision/decision.approval.js';
import { extensionApproval } from '../investigations/extension/extension.approval.js';
import { safetyPlanApproval } from '../safety-plans/safety-plan.approval.js';
import { placementApproval } from '../investigations/decision/placement.approval.js';
import { riskOverrideApproval } from '../investigations/assessments/risk-override.approval.js';
import { casePlanApproval } from '../cases/plan/plan.approval.js';

type Trx = Transaction<DB>;

export interface ApprovalRecord {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  orgUnitId: string;
  requestedBy: string;
  payload: Record<string, unknown>;
}

/**
 * What approving or returning a request does to its subject (SUP-3), one handler per kind. The
 * handler runs in the decision's transaction, so the decision and its effect commit together.
 */
export interface ApprovalEffect {
  approve(ctx: RequestContext, trx: Trx, config: Config, approval: ApprovalRecord, input: Record<string, unknown>): Promise<Record<string, unknown>>;
  return(ctx: RequestContext, trx: Trx, config: Config, approval: ApprovalRecord, input: { comment: string } & Record<string, unknown>): Promise<void>;
  /** A few words a queue can show without opening the subject. */
  summarise(trx: Trx, approval: ApprovalRecord, config: Pick<Config, 'HEARTH_PROFILE'>): Promise<Record<string, unknown>>;
}

export const approvalEffects: Partial<Record<ApprovalKind, ApprovalEffect>> = {
  screening_decision: screeningApproval,
  response_priority_override: priorityOverrideApproval,
  investigation_decision: investigationDecisionApproval,
  extension: extensionApproval,
  safety_plan: safetyPlanApproval,
  placement: placementApproval,
  risk_override: riskOverrideApproval,
  case_plan: casePlanApproval,
};
