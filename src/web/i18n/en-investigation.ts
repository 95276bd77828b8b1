/** English wording for the investigator's workspace: overview, contacts, safety and risk assessments, findings and the decision (INV-1..8). Merged into `en` in en.ts. */
export const enInvestigation = {
  'placeholder.investigation': '',
} as const;

export type InvestigationMessageKey = keyof typeof enInvestigation;
