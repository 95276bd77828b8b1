/**
 * Field problems in the user's words (PLAT-6), recognised by path and code — zod's issue code with
 * its params (`too_big` with `maximum`, a refinement's `reason`), or the reason a service names
 * (`not_on_report`, `in_past`) — never by the English message. The first rule that matches wins:
 * rules for one path and code, then the edge schemas' limits that apply to every field, then
 * rules by path alone, then zod's generic codes. Anything unmatched shows the server's words.
 */
import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/translate';
import type { FieldProblem } from './client';
import { dateIn } from './problem-reasons';
import type { ProblemWords } from './problem-text';

export interface FieldRule {
  path?: string | RegExp;
  /** The field problem's code; for zod's `custom` issues, the refinement's `params.reason`. */
  code?: string | string[];
  key: MessageKey;
  params?: (params: Record<string, unknown>, pathMatch: RegExpMatchArray | null, words: ProblemWords) => Params;
}

/** What a field problem says went wrong: its code, or the reason a `custom` refinement gave. */
export const fieldCode = (problem: FieldProblem) =>
  problem.code === 'custom' && typeof problem.params?.reason === 'string' ? problem.params.reason : problem.code;

const byPathAndCode: FieldRule[] = [
  // Submission checklist (422 incomplete): the two participants items.
  { path: 'participants', code: 'no_alleged_victim', key: 'problem.missing.allegedVictim' },
  { path: 'participants', code: 'no_parents', key: 'problem.missing.parents' },
  // Report, people, participants, relationships and allegations.
  { path: 'receivedAt', code: 'in_future', key: 'reporter.receivedAtFuture' },
  { path: 'dateOfBirth', code: 'in_future', key: 'person.dobFuture' },
  { path: 'races', code: 'repeated', key: 'problem.field.racesOnce' },
  { path: /^(personId|relatedPersonId)$/, code: 'not_on_report', key: 'problem.field.personNotOnReport' },
  { path: 'relatedPersonId', code: 'same_person', key: 'relationships.samePerson' },
  { path: 'victimPersonId', code: 'not_an_alleged_victim', key: 'problem.field.victimNotOnReport' },
  { path: 'perpetratorPersonId', code: 'is_the_victim', key: 'problem.field.perpetratorIsVictim' },
  { path: 'perpetratorPersonId', code: 'not_on_report', key: 'problem.field.perpetratorNotOnReport' },
  // Contacts (INV-1, INV-2). A time in the future is checked on the form too; a device clock can still disagree.
  { path: 'occurredAt', code: 'in_future', key: 'inv.contact.error.occurredAtFuture' },
  { path: 'occurredAt', code: 'before_report', key: 'problem.inv.contactBeforeReport' },
  { path: /^(occurredAt|participants)$/, code: 'keeps_face_to_face', key: 'problem.inv.keepFaceToFace' },
  { path: /^participants\.\d+\.personId$/, code: 'not_on_report', key: 'problem.inv.participantNotOnReport' },
  // Completing an assessment when the server's household differs from the form's (INV-3, INV-5, INV-8).
  { path: /^answers\./, code: 'unanswered', key: 'problem.inv.answerQuestion' },
  { path: /^answers\./, code: 'unanswered_children', key: 'problem.inv.answerEachChild', params: (p) => ({ count: Number(p.count) }) },
  // The investigation decision (INV-7): not the intake's "screening decision" item of the same path.
  { path: 'decision', code: 'invalid_value', key: 'inv.decision.error.decision' },
  // Asking for more time (INV-6).
  { path: 'requestedDueOn', code: 'not_after_current', key: 'problem.inv.extensionLaterDate', params: (p, _, words) => ({ date: dateIn(p.date, words) }) },
  // Safety plan signatures and reviews (INV-4).
  { path: 'drawing', code: 'too_big', key: 'problem.plan.drawingTooLarge' },
  { path: 'nextReviewOn', code: 'in_past', key: 'problem.plan.nextReviewPast' },
  // The unit report's date range (SUP-1).
  { path: 'to', code: 'range_backwards', key: 'unitReport.rangeBackwards' },
  // Time away (SUP-3).
  { path: 'endsOn', code: 'before_start', key: 'absence.endsBeforeStart' },
  { path: 'endsOn', code: 'in_past', key: 'absence.endsInPast' },
  { path: 'startsOn', code: 'overlaps', key: 'problem.approval.absenceOverlap' },
  { path: 'delegateId', code: 'is_self', key: 'absence.delegateSelf' },
  { path: 'delegateId', code: 'not_a_supervisor', key: 'absence.delegateInvalid' },
  { path: 'delegateId', code: 'out_of_scope', key: 'problem.approval.delegateScope' },
  // The family-centred assessment (FCA-1, FCA-4): the form shows one group for a need's members.
  { path: /^content\.needs\.\d+\.personIds$/, code: 'too_small', key: 'fca.need.membersRequired' },
];

// Limits the shared edge schemas apply to every field (src/server/platform/edge-schemas.ts).
const edgeLimits: FieldRule[] = [
  { code: 'too_big', key: 'problem.field.tooLong', params: (p) => ({ max: String(p.maximum) }) },
  { code: 'unstorable', key: 'problem.field.unstorable' },
  { code: 'year_range', key: 'problem.field.yearRange', params: (p) => ({ from: String(p.from), to: String(p.to) }) },
];

/** Items by path alone: the submission checklist, then the form fields (src/server/features/*.schema.ts). */
const byPath: FieldRule[] = [
  { path: 'narrative', key: 'problem.missing.narrative' },
  { path: 'reporter.reporterType', key: 'problem.missing.reporterType' },
  { path: 'screeningInstrument', key: 'problem.missing.screeningInstrument' },
  { path: 'decision', key: 'problem.missing.decision' },
  { path: 'allegations', key: 'problem.missing.allegations' },
  { path: 'responsePriority', key: 'problem.missing.responsePriority' },
  { path: 'communityReferral', key: 'problem.missing.communityReferral' },
  { path: 'decisionRationale', key: 'problem.missing.decisionRationale' },
  { path: /^allegations\.(\d+)\.victimPersonId$/, key: 'problem.missing.allegationVictim', params: (_, m) => ({ n: Number(m![1]) + 1 }) },
  { path: 'receivedAt', key: 'problem.field.dateTime' },
  { path: 'channel', key: 'problem.field.channel' },
  { path: 'reporter.email', key: 'reporter.emailInvalid' },
  { path: 'firstName', key: 'person.firstNameRequired' },
  { path: 'lastName', key: 'person.lastNameRequired' },
  { path: 'dateOfBirth', key: 'persons.dateInvalid' },
  { path: 'approximateAge', key: 'persons.ageInvalid' },
  { path: 'primaryLanguage', key: 'problem.field.primaryLanguage' },
  { path: 'address.line1', key: 'person.line1Required' },
  { path: 'address.city', key: 'person.cityRequired' },
  { path: 'address.state', key: 'person.stateInvalid' },
  { path: 'address.postalCode', key: 'person.postalCodeInvalid' },
  { path: 'personId', key: 'problem.field.choosePerson' },
  { path: 'relatedPersonId', key: 'relationships.relatedPersonRequired' },
  { path: 'kind', key: 'relationships.kindRequired' },
  { path: 'role', key: 'people.roleRequired' },
  { path: 'parentType', key: 'people.parentTypeRequired' },
  { path: 'victimPersonId', key: 'allegations.victimRequired' },
  { path: 'perpetratorPersonId', key: 'allegations.perpetratorRequired' },
  { path: 'maltreatmentType', key: 'allegations.typeRequired' },
  { path: 'comment', key: 'approvals.returnCommentRequired' },
  { path: 'investigatorId', key: 'problem.field.investigator' },
  { path: 'username', key: 'signIn.usernameRequired' },
  { path: 'password', key: 'signIn.passwordRequired' },
  { path: 'userId', key: 'audit.idInvalid' },
  { path: /^(from|to)$/, key: 'persons.dateInvalid' },
  { path: /^(startsOn|endsOn)$/, key: 'persons.dateInvalid' },
  { path: 'delegateId', key: 'absence.delegateRequired' },
  { path: /^content\.(members\.\d+\.personId|needs\.\d+\.personIds(\.\d+)?)$/, key: 'problem.fca.notOnCase' },
  { path: /^content\.needs\.\d+\.domain$/, key: 'fca.need.domainRequired' },
  { path: /^content\.needs\.\d+\.text$/, key: 'fca.need.textRequired' },
  { path: 'content.needs', key: 'problem.fca.needsRepeat' },
  { path: /^content\.contributions\.\d+\.name$/, key: 'fca.field.nameRequired' },
  { path: /^content\.contributions\.\d+\.date$/, key: 'fca.field.dateRequired' },
  { path: 'content.sharing.sharedOn', key: 'fca.field.sharedOnRequired' },
];

/** zod's own codes for any other field. */
const zodCodes: FieldRule[] = [
  { code: 'invalid_value', key: 'problem.field.chooseOption' },
  { code: 'missing', key: 'problem.field.missing' },
];

export const fieldRules: FieldRule[] = [...byPathAndCode, ...edgeLimits, ...byPath, ...zodCodes];

/** zod does not say a value was missing; the server adds `received: 'undefined'` to such an `invalid_type`. */
const effectiveCode = (problem: FieldProblem) => (problem.code === 'invalid_type' && problem.params?.received === 'undefined' ? 'missing' : fieldCode(problem));

/** The first rule for this field problem, with the values its message needs. */
export function matchFieldRule(problem: FieldProblem, words: ProblemWords): { key: MessageKey; params?: Params } | null {
  const code = effectiveCode(problem);
  for (const rule of fieldRules) {
    let pathMatch: RegExpMatchArray | null = null;
    if (rule.path !== undefined) {
      if (typeof rule.path === 'string') {
        if (rule.path !== problem.path) continue;
      } else {
        pathMatch = problem.path.match(rule.path);
        if (!pathMatch) continue;
      }
    }
    if (rule.code !== undefined && !(Array.isArray(rule.code) ? rule.code : [rule.code]).includes(code ?? '')) continue;
    return { key: rule.key, ...(rule.params ? { params: rule.params(problem.params ?? {}, pathMatch, words) } : {}) };
  }
  return null;
}
