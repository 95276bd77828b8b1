/** English wording for safety plans, cases and the supervisor's unit report (INV-4, INV-7, SUP-1). Merged into `en` in en.ts. */
export const enPlans = {
  'placeholder.plans': '',
} as const;

export type PlansMessageKey = keyof typeof enPlans;
