import type { FieldProblem } from '../../../api/client';
import type { SafetyPlan } from '../../../api/safety-plans';
import type { Language } from '../../../api/types';
import type { FormProblem } from '../../../components/ErrorSummary';
import type { MessageKey } from '../../../i18n/en';
import type { Params } from '../../../i18n/translate';
import { fieldId } from '../../../components/fields/field-ids';

/**
 * What the server says is missing when a safety plan is submitted (422, src/server/features/
 * safety-plans/safety-plan.readiness.ts), as error summary items in the user's language, each
 * linked to the place on the page that fixes it.
 */

export const PLAN_FORM = 'plan';
export const SIGNATURE_FORM = 'signature';
/** Where a "save the plan first" problem sends the worker. */
export const PLAN_SAVE_BUTTON = 'plan-save';
/** The element a "this threat has no action" problem jumps to: the threat's part of the builder. */
export const threatAnchor = (key: string) => `plan-threat-${key}`;

type Words = { t: (key: MessageKey, params?: Params) => string; language: Language };
type PlanFacts = Pick<SafetyPlan, 'threats' | 'actions'>;

const actionFields: Record<string, { key: MessageKey; field: string }> = {
  action: { key: 'plans.missing.action', field: 'action' },
  responsibleName: { key: 'plans.missing.responsibleName', field: 'responsible' },
  responsiblePersonId: { key: 'plans.missing.responsibleName', field: 'responsible' },
  monitoring: { key: 'plans.missing.monitoring', field: 'monitoring' },
  frequency: { key: 'plans.missing.frequency', field: 'frequency' },
};

export function submitProblems(errors: FieldProblem[], plan: PlanFacts, words: Words): FormProblem[] {
  const threatLabel = (key: string | undefined) => {
    const threat = plan.threats.find((candidate) => candidate.key === key);
    return threat ? threat.label[words.language] : (key ?? '');
  };
  return errors.map((problem) => {
    const threat = /^threats\.(.+)$/.exec(problem.path);
    if (threat) return { message: words.t('plans.missing.threat', { threat: threatLabel(threat[1]) }), fieldId: threatAnchor(threat[1]!) };

    const action = /^actions\.(\d+)\.(\w+)$/.exec(problem.path);
    const known = action ? actionFields[action[2]!] : undefined;
    if (action && known) {
      const index = Number(action[1]);
      const params = { n: index + 1, threat: threatLabel(plan.actions[index]?.threat) };
      return { message: words.t(known.key, params), fieldId: fieldId(PLAN_FORM, `actions.${index}.${known.field}`) };
    }
    if (problem.path === 'nextReviewOn') {
      const passed = problem.code === 'in_past';
      return { message: words.t(passed ? 'plans.missing.reviewDatePassed' : 'plans.missing.reviewDate'), fieldId: fieldId(PLAN_FORM, 'nextReviewOn') };
    }
    if (problem.path === 'signatures') return { message: words.t('plans.missing.signature'), fieldId: fieldId(SIGNATURE_FORM, 'personId') };
    // Anything newer than this list still shows, in the server's words.
    return { message: problem.message };
  });
}
