import { type MergeableField, mergeableFields } from '../../../../domain/person-fields';
import type { Person } from '../../../api/types';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || v === 'unknown';

/** The fields on which the two records differ: the only ones there is anything to choose. */
export const differingFields = (survivor: Person, duplicate: Person): MergeableField[] =>
  mergeableFields.filter((field) => !same(survivor[field], duplicate[field]));

/**
 * The first choice offered: keep the record's own value, except where it has none and the duplicate
 * has one (a phone number only the duplicate knows), so the usual merge needs no clicks.
 */
export const suggestedTake = (survivor: Person, duplicate: Person): MergeableField[] =>
  differingFields(survivor, duplicate).filter((field) => empty(survivor[field]) && !empty(duplicate[field]));
