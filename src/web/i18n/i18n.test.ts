import { describe, expect, it } from 'vitest';
import {
  aliasKinds,
  channels,
  documentTypes,
  ethnicities,
  familyAssessmentDomains,
  icwaInquiryOutcomes,
  maltreatmentTypes,
  networkRoles,
  networkSides,
  noticeMethods,
  parentTypes,
  participantRoles,
  races,
  relationshipKinds,
  reporterTypes,
  searchSources,
  sexes,
  supportKinds,
  tieStrengths,
  teamRoles,
  teamDisclosureScopes,
  meetingReasons,
  meetingStatuses,
  attendanceModes,
} from '../../domain/code-lists';
import { screeningDecisions } from '../../domain/screening';
import { progressGivers, scheduleStatuses, visitLocations, visitPersonRoles, visitStatuses } from '../../server/features/cases/visits/visits.schema';
import { en } from './en';
import { es } from './es';
import { type CodeList, createTranslator } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('Spanish wording', () => {
  it('has every English key and no extra ones', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps the same placeholders as English, so no value is dropped in translation', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, placeholders: placeholders(es[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('translates every entry (only names, codes and symbols may read the same)', () => {
    const allowedSame = new Set([
      'notice.letterEs', // the Spanish letter's link reads in Spanish in both
      'cplan.print.es', // so does the Spanish printed plan's (PLAN-7)
      'documents.size',
      'app.name',
      'app.pageTitle',
      'common.noValue',
      'common.no',
      'duration.days',
      'duration.hours',
      'duration.minutes',
      'code.channel.fax',
      'code.role.supervisor',
      'code.aliasKind.alias',
      'code.matchReason.alias',
      'reminders.approvalDecided',
    ]);
    const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => en[key] === es[key] && !allowedSame.has(key));
    expect(untranslated).toEqual([]);
  });
});

describe('code labels', () => {
  // The codes the API uses (src/domain/code-lists.ts and the rest below); each needs a label in both languages.
  const codes: Record<CodeList, string[]> = {
    channel: [...channels],
    reporterType: [...reporterTypes],
    maltreatmentType: [...maltreatmentTypes],
    decision: [...screeningDecisions],
    responsePriority: ['same_day', 'within_24_hours', 'within_72_hours'],
    race: [...races],
    ethnicity: [...ethnicities],
    icwaInquiry: [...icwaInquiryOutcomes],
    sex: [...sexes],
    participantRole: [...participantRoles, ...networkRoles],
    networkSide: [...networkSides],
    supportKind: [...supportKinds],
    tieStrength: [...tieStrengths],
    searchSource: [...searchSources],
    noticeMethod: [...noticeMethods],
    documentType: [...documentTypes],
    teamRole: [...teamRoles],
    teamDisclosureScope: [...teamDisclosureScopes],
    meetingReason: [...meetingReasons],
    meetingStatus: [...meetingStatuses],
    attendanceMode: [...attendanceModes],
    visitStatus: [...visitStatuses],
    visitLocation: [...visitLocations],
    visitPersonRole: [...visitPersonRoles],
    progressGiver: [...progressGivers],
    scheduleStatus: [...scheduleStatuses],
    parentType: [...parentTypes],
    relationshipKind: [...relationshipKinds],
    reportStatus: ['draft', 'submitted', 'returned', 'approved'],
    role: ['hotline_screener', 'investigator', 'caseworker', 'supervisor', 'program_manager', 'qa_reviewer', 'administrator'],
    track: ['investigation', 'family_assessment'],
    investigationStatus: ['open', 'closed'],
    reviewAction: ['submitted', 'approved', 'returned'],
    aliasKind: [...aliasKinds],
    matchReason: ['alias', 'name_spelling', 'name_sound', 'last_name_sound', 'date_of_birth', 'date_of_birth_swapped', 'birth_year', 'age'],
    approvalKind: [
      'screening_decision',
      'response_priority_override',
      'safety_plan',
      'risk_override',
      'investigation_decision',
      'case_plan',
      'placement',
      'closure',
      'extension',
      'funding',
    ],
    subjectType: ['report', 'investigation', 'case'],
    familyAssessmentDomain: [...familyAssessmentDomains],
  };

  it('labels every code in English and Spanish', () => {
    const missing = Object.entries(codes)
      .flatMap(([list, values]) => values.map((code) => `code.${list}.${code}`))
      .filter((key) => !(key in en) || !(key in es));
    expect(missing).toEqual([]);
  });

  it('shows an unknown code readably instead of hiding it', () => {
    expect(createTranslator('en').tc('channel', 'carrier_pigeon')).toBe('Carrier pigeon');
  });

  it('uses practice wording', () => {
    const { tc } = createTranslator('en');
    expect(tc('decision', 'screen_in_family_assessment')).toBe('Screen in: family assessment track');
    expect(createTranslator('es').tc('participantRole', 'alleged_victim')).toBe('Presunta víctima');
  });
});

describe('translator', () => {
  it('fills placeholders and picks plural forms', () => {
    const { t, tp } = createTranslator('en');
    expect(t('app.signedInAs', { name: 'Hannah Ortiz' })).toBe('Signed in as Hannah Ortiz');
    expect(tp('persons.resultCount', 1)).toBe('1 possible match, best first.');
    expect(tp('persons.resultCount', 3)).toBe('3 possible matches, best first.');
    expect(createTranslator('es').tp('audit.resultCount', 2)).toBe('Se encontraron 2 eventos.');
  });
});
