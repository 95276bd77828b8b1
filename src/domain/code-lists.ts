/**
 * The code lists of intake and the person record (INT-1..3, PLAT-4), in one dependency-free module:
 * the server's zod schemas are built from them (the screening decisions are in screening.ts) and the web imports the same values for its forms
 * (issue 10: a list is declared once). Labels live in src/web/i18n.
 */

export const sexes = ['female', 'male', 'unknown'] as const;
export const races = [
  'american_indian_alaska_native',
  'asian',
  'black',
  'native_hawaiian_pacific_islander',
  'white',
  'unable_to_determine',
  'declined',
] as const;
export const ethnicities = ['hispanic', 'not_hispanic', 'unable_to_determine', 'declined', 'unknown'] as const;
export const icwaInquiryOutcomes = ['not_yet_asked', 'reason_to_know', 'no_reason_to_know'] as const;
export const aliasKinds = ['alias', 'maiden', 'nickname', 'previous_legal'] as const;

export const channels = ['phone', 'online', 'email', 'fax', 'in_person', 'law_enforcement'] as const;
export const reporterTypes = [
  'social_services',
  'medical',
  'mental_health',
  'legal_law_enforcement',
  'education',
  'child_daycare',
  'substitute_care_provider',
  'alleged_victim',
  'parent',
  'other_relative',
  'friend_neighbor',
  'alleged_perpetrator',
  'anonymous',
  'other',
  'unknown',
] as const;
export const participantRoles = ['alleged_victim', 'parent', 'household_member', 'other_family'] as const;
export const parentTypes = ['custodial', 'non_custodial'] as const;
export const relationshipKinds = [
  'parent_of',
  'child_of',
  'sibling_of',
  'grandparent_of',
  'grandchild_of',
  'partner_of',
  'household_member_of',
  'relative_of',
  'other',
] as const;
/** The family network (ENG-1): who joins a case after the report, which side of the family, the supports. */
export const networkRoles = ['parent', 'relative', 'natural_support'] as const;
export const networkSides = ['maternal', 'paternal', 'both'] as const;
export const supportKinds = ['coach', 'mentor', 'teacher', 'neighbour', 'former_foster_parent', 'faith_community', 'friend', 'other'] as const;
/** The ecomap's ties, as practitioners draw them: strong, moderate, tenuous, stressful. */
export const tieStrengths = ['strong', 'moderate', 'tenuous', 'stressful'] as const;
/** Where a diligent search looked (ENG-2). */
export const searchSources = ['relatives', 'phone', 'mail', 'social_media', 'public_records', 'incarceration', 'child_support', 'other'] as const;
/** How a relative was told of a removal (ENG-2). */
export const noticeMethods = ['mail', 'in_person', 'phone', 'email'] as const;
/** Documents on a case (PLAT-5): what they are, who may see them, what files are taken. */
export const documentTypes = ['court_order', 'school_record', 'medical_record', 'photo', 'letter', 'assessment', 'other'] as const;
export const documentVisibilities = ['case', 'workers'] as const;
export const documentContentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const maltreatmentTypes = [
  'physical_abuse',
  'neglect',
  'medical_neglect',
  'sexual_abuse',
  'psychological_maltreatment',
  'sex_trafficking',
  'other',
] as const;
/**
 * FCA-1: the domains a family-centred assessment covers for each family member (CT's Family
 * Centered Assessments). A code list rather than profile data: the practice-profile schema has no
 * place for assessment domains yet.
 */
export const familyAssessmentDomains = [
  'safety',
  'risk',
  'domestic_violence',
  'substance_use',
  'medical',
  'dental',
  'educational',
  'psychosocial_functioning',
  'behavioural_health',
  'criminogenic_needs',
] as const;

// --- the child and family team and its meetings (ENG-3..5) ---
export const teamRoles = ['parent', 'relative', 'youth', 'youth_chosen', 'natural_support', 'provider', 'school', 'therapist', 'advocate', 'other'] as const;
/** What a team member may be told: everything in the plan, only the meetings and their own part, or nothing confidential. */
export const teamDisclosureScopes = ['full', 'plan_and_meetings', 'own_part_only'] as const;
export const meetingReasons = ['regular_review', 'before_placement', 'after_emergency_placement', 'requested', 'closure_planning'] as const;
export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const attendanceModes = ['in_person', 'phone', 'video', 'absent'] as const;
