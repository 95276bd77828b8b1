export const screeningDecisions = ['screen_in', 'screen_in_family_assessment', 'screen_out'] as const;
export type ScreeningDecision = (typeof screeningDecisions)[number];

/** The narrative's limit: the server refuses more (400) and the web form counts towards it; nothing is cut. */
export const NARRATIVE_MAX_CHARS = 20_000;

export interface ReportForScreening {
  narrative: string;
  reporterType: string | null;
  participants: Array<{ personId: string; role: string }>;
  allegations: Array<{ victimPersonId: string; perpetratorPersonId: string | null }>;
  decision: ScreeningDecision | null;
  responsePriority: string | null;
  decisionRationale: string | null;
  communityReferral: string | null;
  /** INT-4: the uniform screening instrument is answered in full (every required visible item). */
  screeningInstrumentComplete: boolean;
}

export interface MissingItem {
  path: string;
  message: string;
  /** Tells apart items on the same path (the two `participants` items). */
  code?: string;
}

/**
 * What a report still needs before a supervisor can review it (INT-1..4). Each item names the
 * field to fix in the screener's words, so the form can link straight to it.
 */
export function missingForSubmission(report: ReportForScreening): MissingItem[] {
  const missing: MissingItem[] = [];
  const victims = new Set(report.participants.filter((p) => p.role === 'alleged_victim').map((p) => p.personId));
  if (report.narrative.trim().length < 20) missing.push({ path: 'narrative', message: 'Describe what the reporter said (at least 20 characters).' });
  if (!report.reporterType) missing.push({ path: 'reporter.reporterType', message: 'Choose the reporter type.' });
  if (victims.size === 0) missing.push({ path: 'participants', message: 'Add at least one alleged victim.', code: 'no_alleged_victim' });
  if (!report.participants.some((p) => p.role === 'parent'))
    missing.push({ path: 'participants', message: 'Add the parents, including any non-custodial parent.', code: 'no_parents' });
  if (!report.screeningInstrumentComplete) missing.push({ path: 'screeningInstrument', message: 'Complete the screening instrument.' });
  if (!report.decision) missing.push({ path: 'decision', message: 'Choose a screening decision.' });
  if (report.decision && report.decision !== 'screen_out') {
    if (report.allegations.length === 0) missing.push({ path: 'allegations', message: 'A screened-in report needs at least one allegation.' });
    if (!report.responsePriority) missing.push({ path: 'responsePriority', message: 'Choose a response priority.' });
  }
  if (report.decision === 'screen_out' && !report.communityReferral?.trim()) {
    missing.push({ path: 'communityReferral', message: 'Name the community referral offered to the family, or "none offered".' });
  }
  if (!report.decisionRationale?.trim()) missing.push({ path: 'decisionRationale', message: 'Explain the reason for the decision.' });
  report.allegations.forEach((allegation, index) => {
    if (!victims.has(allegation.victimPersonId)) {
      missing.push({ path: `allegations.${index}.victimPersonId`, message: 'Each allegation’s victim must be listed as an alleged victim.' });
    }
  });
  return missing;
}
