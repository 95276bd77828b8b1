import type { InvestigationMessageKey } from './en-investigation';

/** Spanish wording for the investigator's workspace: overview, contacts, safety and risk assessments, findings and the decision (INV-1..8) (see en-investigation.ts). */
export const esInvestigation: Record<InvestigationMessageKey, string> = {
  'placeholder.investigation': '',
};
