/**
 * Server problems in the user's language (PLAT-6). The server answers in English with a stable
 * `code` and, for `validation` / `incomplete`, `errors: [{ path, message }]`. The headline comes
 * from the code; details and field items are recognised by path and message pattern; anything not
 * recognised falls back to the server's own words, so nothing is ever hidden. The investigation
 * screens' messages (safety plans, approvals, case opening, time away) are in problem-text-investigation.ts.
 */
import type { MessageKey } from '../i18n/en';
import type { Params, Translator } from '../i18n/translate';
import { type FieldProblem, isApiError, type ProblemCode } from './client';
import { investigationDetailRules, investigationFieldRules } from './problem-text-investigation';

/** The parts of a translator these functions need (an `I18n` or `createTranslator(...)` will do). */
export type ProblemWords = Pick<Translator, 't' | 'tp' | 'tc' | 'language'>;
type Words = ProblemWords;

/** One recognised message: which key says it, and the values it needs from the match. */
export interface Rule {
  path?: string | RegExp;
  message?: RegExp;
  key: MessageKey;
  params?: (path: RegExpMatchArray | null, message: RegExpMatchArray | null, words: Words) => Params;
}

const problemCodes: ProblemCode[] = ['validation', 'unauthenticated', 'csrf', 'forbidden_action', 'not_found', 'conflict', 'incomplete', 'locked', 'rate_limited', 'too_large', 'unavailable', 'internal', 'network'];

/** Codes whose detail says the same thing whatever the exact server wording. */
const detailByCode: Partial<Record<ProblemCode, MessageKey>> = {
  csrf: 'problem.detail.csrf',
  conflict: 'problem.detail.conflict',
  not_found: 'common.notFoundBody',
  rate_limited: 'problem.detail.rate_limited',
  too_large: 'problem.detail.too_large',
  unavailable: 'problem.detail.unavailable',
  internal: 'problem.detail.internal',
  network: 'problem.detail.network',
};

/** Details that differ within one code (matched against `detail`); the investigation screens' are added below. */
const coreDetailRules: Partial<Record<ProblemCode, Rule[]>> = {
  unauthenticated: [
    { message: /username and password do not match/i, key: 'problem.detail.wrongPassword' },
    { message: /session has ended/i, key: 'problem.detail.sessionEnded' },
    { message: /sign in/i, key: 'problem.detail.signInToContinue' },
  ],
  forbidden_action: [
    { message: /^Only administrators search the audit/i, key: 'problem.detail.forbiddenAudit' },
    { message: /^Your role cannot search for people/i, key: 'problem.detail.forbiddenSearchPeople' },
    { message: /^Your role cannot create people/i, key: 'problem.detail.forbiddenCreatePeople' },
    { message: /^Only hotline screeners and supervisors take reports/i, key: 'problem.detail.forbiddenCreateReport' },
    {
      message: /^This report is (\w+); it can only be changed/i,
      key: 'problem.detail.forbiddenReportStatus',
      params: (_, m, words) => ({ status: words.tc('reportStatus', m![1]) }),
    },
    { message: /^Only a supervisor over the intake unit/i, key: 'problem.detail.forbiddenDecide' },
    { message: /^Your role cannot do this with this report/i, key: 'problem.detail.forbiddenReport' },
    { message: /^Only an administrator can change the practice profile/i, key: 'problem.detail.forbiddenProfile' },
    { message: /^You cannot approve your own request/i, key: 'problem.detail.forbiddenOwnApproval' },
    { message: /^Only the supervisor it was routed to/i, key: 'problem.detail.forbiddenApproval' },
    { message: /^Only an administrator can record time away/i, key: 'problem.detail.forbiddenAbsence' },
  ],
  incomplete: [
    { message: /^Before submitting/i, key: 'problem.detail.submitIncomplete' },
    { message: /No investigation unit is set up/i, key: 'problem.detail.noInvestigationUnit' },
  ],
  validation: [
    { message: /cannot be received in the future/i, key: 'reporter.receivedAtFuture' },
    { message: /investigator is not in the investigation unit/i, key: 'problem.detail.investigatorNotInUnit' },
  ],
};

const detailRules = (code: ProblemCode): Rule[] => [...(investigationDetailRules[code] ?? []), ...(coreDetailRules[code] ?? [])];

// Limits the shared edge schemas apply to every field (src/server/platform/edge-schemas.ts).
const edgeRules: Rule[] = [
  { message: /^At most (\d+) characters/i, key: 'problem.field.tooLong', params: (_, m) => ({ max: m![1]! }) },
  { message: /^Contains a character that cannot be stored/i, key: 'problem.field.unstorable' },
  { message: /^Use a year between (\d+) and (\d+)/i, key: 'problem.field.yearRange', params: (_, m) => ({ from: m![1]!, to: m![2]! }) },
  { message: /\((\d+) characters at most\)/i, key: 'problem.field.tooLong', params: (_, m) => ({ max: m![1]! }) },
  { message: /expected string to have <=\s*(\d+) characters/i, key: 'problem.field.tooLong', params: (_, m) => ({ max: m![1]! }) },
];

/**
 * Field items by path, most specific first. The `incomplete` paths sent on submission are listed
 * first (src/domain/screening.ts); then the form fields' validation messages (the *.schema.ts and
 * *.service.ts files under src/server/features).
 */
const fieldRules: Rule[] = [
  ...edgeRules,
  // Investigations, safety plans, approvals and time away (problem-text-investigation.ts); each has a message pattern.
  ...investigationFieldRules,
  // Submission checklist (422 incomplete).
  { path: 'narrative', key: 'problem.missing.narrative' },
  { path: 'reporter.reporterType', key: 'problem.missing.reporterType' },
  { path: 'participants', message: /alleged victim/i, key: 'problem.missing.allegedVictim' },
  { path: 'participants', message: /parent/i, key: 'problem.missing.parents' },
  { path: 'screeningInstrument', key: 'problem.missing.screeningInstrument' },
  { path: 'decision', key: 'problem.missing.decision' },
  { path: 'allegations', key: 'problem.missing.allegations' },
  { path: 'responsePriority', key: 'problem.missing.responsePriority' },
  { path: 'communityReferral', key: 'problem.missing.communityReferral' },
  { path: 'decisionRationale', key: 'problem.missing.decisionRationale' },
  { path: /^allegations\.(\d+)\.victimPersonId$/, key: 'problem.missing.allegationVictim', params: (p) => ({ n: Number(p![1]) + 1 }) },
  // Step 1: report and reporter.
  { path: 'receivedAt', message: /future/i, key: 'reporter.receivedAtFuture' },
  { path: 'receivedAt', key: 'problem.field.dateTime' },
  { path: 'channel', key: 'problem.field.channel' },
  { path: 'reporter.email', key: 'reporter.emailInvalid' },
  // Person search and new person.
  { path: 'lastName', message: /at least/i, key: 'persons.lastNameRequired' },
  { path: 'firstName', key: 'person.firstNameRequired' },
  { path: 'lastName', key: 'person.lastNameRequired' },
  { path: 'dateOfBirth', message: /future/i, key: 'person.dobFuture' },
  { path: 'dateOfBirth', key: 'persons.dateInvalid' },
  { path: 'approximateAge', key: 'persons.ageInvalid' },
  { path: 'races', message: /once/i, key: 'problem.field.racesOnce' },
  { path: 'primaryLanguage', key: 'problem.field.primaryLanguage' },
  { path: 'address.line1', key: 'person.line1Required' },
  { path: 'address.city', key: 'person.cityRequired' },
  { path: 'address.state', key: 'person.stateInvalid' },
  { path: 'address.postalCode', key: 'person.postalCodeInvalid' },
  // Participants, relationships and allegations.
  { path: /^(personId|relatedPersonId)$/, message: /to the report first/i, key: 'problem.field.personNotOnReport' },
  { path: 'relatedPersonId', message: /two different/i, key: 'relationships.samePerson' },
  { path: 'personId', message: /valid/i, key: 'audit.idInvalid' },
  { path: 'personId', key: 'problem.field.choosePerson' },
  { path: 'relatedPersonId', key: 'relationships.relatedPersonRequired' },
  { path: 'kind', key: 'relationships.kindRequired' },
  { path: 'role', key: 'people.roleRequired' },
  { path: 'parentType', key: 'people.parentTypeRequired' },
  { path: 'victimPersonId', message: /first/i, key: 'problem.field.victimNotOnReport' },
  { path: 'victimPersonId', key: 'allegations.victimRequired' },
  { path: 'perpetratorPersonId', message: /cannot be the victim/i, key: 'problem.field.perpetratorIsVictim' },
  { path: 'perpetratorPersonId', message: /first/i, key: 'problem.field.perpetratorNotOnReport' },
  { path: 'perpetratorPersonId', key: 'allegations.perpetratorRequired' },
  { path: 'maltreatmentType', key: 'allegations.typeRequired' },
  // Supervisor decision (a report, then any approval request), sign-in, audit search.
  { path: 'comment', message: /screener should fix/i, key: 'approve.returnCommentRequired' },
  { path: 'comment', message: /fix/i, key: 'approvals.returnCommentRequired' },
  { path: 'investigatorId', key: 'problem.field.investigator' },
  { path: 'username', key: 'signIn.usernameRequired' },
  { path: 'password', key: 'signIn.passwordRequired' },
  { path: 'userId', key: 'audit.idInvalid' },
  { path: /^(from|to)$/, key: 'persons.dateInvalid' },
  // Time away (SUP-3).
  { path: 'endsOn', message: /before the first/i, key: 'absence.endsBeforeStart' },
  { path: /^(startsOn|endsOn)$/, key: 'persons.dateInvalid' },
  { path: 'delegateId', message: /someone else/i, key: 'absence.delegateSelf' },
  { path: 'delegateId', message: /active supervisor/i, key: 'absence.delegateInvalid' },
  { path: 'delegateId', key: 'absence.delegateRequired' },
  // zod's own wording for any other field.
  { message: /^Invalid option/i, key: 'problem.field.chooseOption' },
  { message: /received undefined$/i, key: 'problem.field.missing' },
];

function say(rules: Rule[], path: string | undefined, message: string, words: Words): string | null {
  for (const rule of rules) {
    let pathMatch: RegExpMatchArray | null = null;
    if (rule.path !== undefined) {
      if (path === undefined) continue;
      if (typeof rule.path === 'string') {
        if (rule.path !== path) continue;
      } else {
        pathMatch = path.match(rule.path);
        if (!pathMatch) continue;
      }
    }
    const messageMatch = rule.message ? message.match(rule.message) : null;
    if (rule.message && !messageMatch) continue;
    return words.t(rule.key, rule.params?.(pathMatch, messageMatch, words));
  }
  return null;
}

/** Headline for the problem, from its code. */
export function problemTitle(error: unknown, words: Words): string {
  if (!isApiError(error) || !problemCodes.includes(error.code)) return words.t('common.errorHeading');
  return words.t(`problem.title.${error.code}` as MessageKey);
}

/** A field item in the user's language, or null when it is not one we recognise. */
export function translateFieldProblem(problem: FieldProblem, words: Words): string | null {
  return say(fieldRules, problem.path ?? '', problem.message ?? '', words);
}

/** A field item in the user's language, falling back to the server's words. */
export function fieldProblemText(problem: FieldProblem, words: Words): string {
  return translateFieldProblem(problem, words) ?? problem.message;
}

/** The detail in the user's language when it is one we recognise, else null (e.g. a conflict's own reason). */
export function knownProblemDetail(error: unknown, words: Words): string | null {
  if (!isApiError(error)) return null;
  return say(detailRules(error.code), undefined, error.detail ?? '', words);
}

/** The sentence under the headline, falling back to the server's words. */
export function problemDetail(error: unknown, words: Words): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  // A recognised reason first: a conflict that is not a stale edit says why, not "someone else changed it".
  const known = knownProblemDetail(error, words);
  if (known) return known;
  const byCode = detailByCode[error.code];
  if (byCode) return words.t(byCode);
  if (error.code === 'locked') {
    const minutes = /(\d+) more minute/i.exec(error.detail);
    if (minutes) return words.tp('problem.detail.locked', Number(minutes[1]));
  }
  if (error.code === 'validation' && error.errors.length > 0) return error.errors.map((item) => fieldProblemText(item, words)).join(' ');
  return error.detail;
}

/** The field items a problem lists (validation and incomplete), each with its text. */
export function problemItems(error: unknown, words: Words): Array<FieldProblem & { text: string }> {
  if (!isApiError(error) || (error.code !== 'validation' && error.code !== 'incomplete')) return [];
  return error.errors.map((item) => ({ ...item, text: fieldProblemText(item, words) }));
}
