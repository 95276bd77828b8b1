import type { PlansMessageKey } from './en-plans';

/** Spanish wording for safety plans, cases and the supervisor's unit report (INV-4, INV-7, SUP-1) (see en-plans.ts). */
export const esPlans: Record<PlansMessageKey, string> = {
  'placeholder.plans': '',
};
