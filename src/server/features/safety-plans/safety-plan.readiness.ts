import type { Threat } from '../../../domain/instruments/threats.js';
import type { SafetyPlanAction } from '../../db/schema.js';
import type { FieldProblem } from '../../platform/errors.js';

/** The roles whose signature is the family's agreement to the plan. */
export const agreeingRoles = ['parent', 'caregiver'] as const;

export interface ReadinessFacts {
  threats: Threat[];
  actions: SafetyPlanAction[];
  nextReviewOn: string | null;
  /** Today in the agency's time zone (YYYY-MM-DD). */
  today: string;
  version: number;
  signatures: Array<{ signerRole: string; planVersion: number }>;
}

/**
 * What stands between a draft safety plan and the supervisor (INV-4): every threat controlled by
 * an action, each action saying who does it and how and how often it is checked, a review date
 * that has not passed, and a parent or caregiver who agreed to this version. Pure, so the rules
 * can be read and tested on their own; the paths name the field to fix.
 */
export function missingForSubmit(facts: ReadinessFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const threat of facts.threats) {
    if (!facts.actions.some((a) => a.threat === threat.key)) {
      problems.push({ path: `threats.${threat.key}`, message: `Add an action that controls this threat: ${threat.label.en}` });
    }
  }
  facts.actions.forEach((action, i) => {
    if (!action.action.trim()) problems.push({ path: `actions.${i}.action`, message: 'Say what will be done' });
    if (!action.responsibleName.trim()) problems.push({ path: `actions.${i}.responsibleName`, message: 'Name the person responsible for this action' });
    if (!action.monitoring.trim()) problems.push({ path: `actions.${i}.monitoring`, message: 'Say how this action will be monitored' });
    if (!action.frequency.trim()) problems.push({ path: `actions.${i}.frequency`, message: 'Say how often it will be monitored' });
  });
  if (!facts.nextReviewOn) problems.push({ path: 'nextReviewOn', message: 'Choose the date the plan will be reviewed' });
  else if (facts.nextReviewOn < facts.today)
    problems.push({ path: 'nextReviewOn', message: 'The review date has passed; choose today or a later date', code: 'in_past' });
  const agreed = facts.signatures.some((s) => (agreeingRoles as readonly string[]).includes(s.signerRole) && s.planVersion === facts.version);
  if (!agreed) problems.push({ path: 'signatures', message: 'A parent or caregiver must sign this version of the plan' });
  return problems;
}
