import type { InstrumentDefinition, InstrumentResult, LocalizedText } from '../../domain/instruments/index';
import type { InstrumentAnswers } from './instruments';

/**
 * Shapes of the investigator's workspace API (docs/api-investigation.md): contacts, safety and
 * risk assessments, findings, the decision and the extension request (INV-1..3, INV-5..8).
 */

export type ContactOutcome = 'attempted' | 'completed';
export type ContactMethod = 'face_to_face' | 'phone' | 'video' | 'written' | 'other';
export type ContactLocation = 'home' | 'school' | 'office' | 'hospital' | 'relative_home' | 'other';
export type ChildrenSafe = 'yes' | 'no' | 'not_assessed';

export const contactOutcomes: ContactOutcome[] = ['completed', 'attempted'];
export const contactMethods: ContactMethod[] = ['face_to_face', 'phone', 'video', 'written', 'other'];
export const contactLocations: ContactLocation[] = ['home', 'school', 'office', 'hospital', 'relative_home', 'other'];
export const childrenSafeAnswers: ChildrenSafe[] = ['yes', 'no', 'not_assessed'];

export interface ContactParticipantInput {
  personId: string;
  seen: boolean;
  interviewedPrivately: boolean;
}

export interface ContactInput {
  occurredAt: string;
  outcome: ContactOutcome;
  method: ContactMethod;
  location: ContactLocation;
  locationNote?: string;
  purpose?: string;
  notes?: string;
  participants: ContactParticipantInput[];
  /** INV-2: the children's safety is checked at every contact. */
  safetyCheck: { childrenSafe: ChildrenSafe; concerns: string };
}

export interface Contact extends Omit<ContactInput, 'participants' | 'locationNote' | 'purpose' | 'notes'> {
  id: string;
  version: number;
  createdByName: string;
  participants: (ContactParticipantInput & { name: string })[];
  locationNote?: string | null;
  purpose?: string | null;
  notes?: string | null;
}

/** INV-1: each alleged victim's first face-to-face contact, or the clock still running. */
export interface ChildContactStatus {
  personId: string;
  name: string;
  firstFaceToFaceAt: string | null;
  responseDueAt: string | null;
}

export interface ContactList {
  items: Contact[];
  children: ChildContactStatus[];
}

export type AssessmentKind = 'safety' | 'risk';
export type SafetyDecision = 'safe' | 'safe_with_plan' | 'unsafe';
export type ApprovalState = 'pending' | 'approved' | 'returned';

export type RiskOverrideInput = { kind: 'policy'; key: string; reason: string } | { kind: 'discretionary'; toLevel: string; reason: string };

export interface RiskOverride {
  kind: 'policy' | 'discretionary';
  key?: string | null;
  toLevel?: string | null;
  reason: string;
  /** The level the override asks for (a policy override never lowers the scored one). */
  finalLevel?: string | null;
  status: ApprovalState;
  approvalId: string | null;
}

export interface AssessmentResponse {
  id: string;
  answers: InstrumentAnswers;
  result: InstrumentResult;
  status: 'draft' | 'completed';
  version: number;
  updatedAt: string;
  completedAt: string | null;
}

export interface Assessment {
  kind: AssessmentKind;
  definition: InstrumentDefinition;
  /** INV-8: every child in the home, whatever brought the family to the agency. */
  childIds: string[];
  response: AssessmentResponse | null;
  safetyDecision?: SafetyDecision | null;
  threats?: { key: string; label: LocalizedText }[];
  riskLevel?: { scored: string | null; final: string | null; override: RiskOverride | null } | null;
}

export type FindingCode = 'substantiated' | 'indicated' | 'unsubstantiated' | 'unsubstantiated_false' | 'closed_no_finding';
/** NCANDS dispositions 1, 2, 5, 6, 7, in that order. */
export const findingCodes: FindingCode[] = ['substantiated', 'indicated', 'unsubstantiated', 'unsubstantiated_false', 'closed_no_finding'];

export interface FindingItem {
  allegationId: string;
  victimName: string;
  perpetratorName: string | null;
  maltreatmentType: string;
  finding: FindingCode | null;
  rationale: string;
  version: number | null;
  recordedAt: string | null;
}

export interface Findings {
  track: 'investigation' | 'family_assessment';
  items: FindingItem[];
}

export type InvestigationDecisionCode = 'close' | 'close_with_referral' | 'open_in_home' | 'open_out_of_home';
export const investigationDecisionCodes: InvestigationDecisionCode[] = ['close', 'close_with_referral', 'open_in_home', 'open_out_of_home'];
export type DecisionStatus = 'draft' | 'pending' | 'approved' | 'returned';

export type ReadinessCode =
  | 'decision_chosen'
  | 'safety_assessment'
  | 'risk_assessment'
  | 'findings'
  | 'no_pending_override'
  | 'reason_if_not_recommended'
  | 'community_referral'
  | 'children_seen'
  | 'safety_plans_settled'
  | 'unsafe_protected';

/** INV-1, INV-4: what the closure rules look at, and the exceptions the profile allows. */
export interface DecisionClosureFacts {
  childrenNeverSeen: string[];
  attemptedContacts: number;
  unsettledPlans: number;
  unseenException: { code: string; efforts: string | null } | null;
  allowedExceptions: { code: string; label: { en: string; es: string }; minimumAttempts: number }[];
}

export interface DecisionApproval {
  id: string;
  status: 'pending' | 'approved' | 'returned' | 'withdrawn';
  routedToName?: string | null;
  comment?: string | null;
}

export interface InvestigationDecisionView {
  guide: {
    safetyDecision: SafetyDecision | null;
    riskLevel: string | null;
    substantiated: boolean | null;
    recommended: InvestigationDecisionCode[];
    source: string;
  };
  readiness: { code: ReadinessCode | string; met: boolean; names?: string[] }[];
  closure?: DecisionClosureFacts;
  decision: {
    decision: InvestigationDecisionCode | null;
    reason: string | null;
    communityReferral: string | null;
    status: DecisionStatus | null;
    version: number;
  };
  approval: DecisionApproval | null;
}

export interface DecisionInput {
  version: number;
  decision: InvestigationDecisionCode;
  reason?: string;
  communityReferral?: string;
}

export interface ExtensionInput {
  requestedDueOn: string;
  reason: string;
}
