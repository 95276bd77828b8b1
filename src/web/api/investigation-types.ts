import type { readinessCodes } from '../../domain/investigation/decision-readiness';
import type { investigationDecisions, safetyDecisions } from '../../profiles/profile-schema';
import type { assessmentAnswer, assessmentKinds, riskOverrideBody } from '../../server/features/investigations/assessments/assessments.schema';
import type {
  childrenSafeAnswers as childrenSafeCodes,
  contactAnswer,
  contactListAnswer,
  contactLocations as contactLocationCodes,
  contactMethods as contactMethodCodes,
  contactOutcomes as contactOutcomeCodes,
} from '../../server/features/investigations/contacts/contacts.schema';
import type { findingAnswer, findingCodes as findingCodeList, findingsAnswer } from '../../server/features/investigations/findings/findings.schema';
import type { decisionAnswer, decisionBody, decisionStatuses, extensionBody } from '../../server/features/investigations/investigations.schema';
import type { Answer, Input } from './contract';

/**
 * Shapes of the investigator's workspace API (docs/api-investigation.md): contacts, safety and
 * risk assessments, findings, the decision and the extension request (INV-1..3, INV-5..8).
 */

export type ContactOutcome = (typeof contactOutcomeCodes)[number];
export type ContactMethod = (typeof contactMethodCodes)[number];
export type ContactLocation = (typeof contactLocationCodes)[number];
export type ChildrenSafe = (typeof childrenSafeCodes)[number];

// The lists the forms offer, in the order they offer them (the server's lists are the same codes).

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

export type Contact = Answer<typeof contactAnswer>;

/** INV-1: each alleged victim's first face-to-face contact, or the clock still running. */
export type ChildContactStatus = ContactList['children'][number];

export type ContactList = Answer<typeof contactListAnswer>;

export type AssessmentKind = (typeof assessmentKinds)[number];
export type SafetyDecision = (typeof safetyDecisions)[number];

export type RiskOverrideInput = Input<typeof riskOverrideBody>['override'];

export type Assessment = Answer<typeof assessmentAnswer>;
export type AssessmentResponse = NonNullable<Assessment['response']>;
export type RiskOverride = NonNullable<NonNullable<Assessment['riskLevel']>['override']>;

export type FindingCode = (typeof findingCodeList)[number];
/** NCANDS dispositions 1, 2, 5, 6, 7, in that order. */
export const findingCodes: FindingCode[] = ['substantiated', 'indicated', 'unsubstantiated', 'unsubstantiated_false', 'closed_no_finding'];

export type FindingItem = Answer<typeof findingAnswer>;
export type Findings = Answer<typeof findingsAnswer>;

export type InvestigationDecisionCode = (typeof investigationDecisions)[number];
export const investigationDecisionCodes: InvestigationDecisionCode[] = ['close', 'close_with_referral', 'open_in_home', 'open_out_of_home'];
export type DecisionStatus = (typeof decisionStatuses)[number];

export type ReadinessCode = (typeof readinessCodes)[number];

export type InvestigationDecisionView = Answer<typeof decisionAnswer>;
/** INV-1, INV-4: what the closure rules look at, and the exceptions the profile allows. */
export type DecisionClosureFacts = InvestigationDecisionView['closure'];
export type DecisionApproval = NonNullable<InvestigationDecisionView['approval']>;

export type DecisionInput = Input<typeof decisionBody>;
export type ExtensionInput = Input<typeof extensionBody>;
