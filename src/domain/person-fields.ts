/**
 * PLAT-4: the facts of a person a merge chooses field by field — the survivor keeps its own value of
 * each unless the merged record's is taken. Aliases and addresses are not chosen: both records' are kept.
 */
export const mergeableFields = [
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'dateOfBirth',
  'approximateAge',
  'sex',
  'races',
  'ethnicity',
  'tribalAffiliation',
  'icwaInquiry',
  'icwaInquiryDate',
  'primaryLanguage',
  'interpreterNeeded',
  'phone',
  'email',
] as const;
export type MergeableField = (typeof mergeableFields)[number];
