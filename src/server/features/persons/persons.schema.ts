import { z } from 'zod';
import { reportStatuses } from '../../db/schema.js';
import { calendarDate, databaseInt, text } from '../../platform/edge-schemas.js';
import { personMergeRow } from './merge/person-merge.schema.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';

export { aliasKinds, ethnicities, icwaInquiryOutcomes, races, sexes } from '../../../domain/code-lists.js';
import { aliasKinds, ethnicities, icwaInquiryOutcomes, races, sexes } from '../../../domain/code-lists.js';

const name = (label: string) => text(100, `${label} is too long (100 characters at most)`).min(1, `Enter the ${label}`);
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const isoDate = calendarDate('Use a date like 2019-04-23');

/** The facts of a person, shared by creating and editing one (PLAT-4). */
const personFields = {
  firstName: name('first name'),
  middleName: optionalText(100),
  lastName: name('last name'),
  suffix: optionalText(20),
  dateOfBirth: isoDate.optional(),
  approximateAge: z.number().int().min(0).max(120).optional(),
  sex: z.enum(sexes).default('unknown'),
  races: z
    .array(z.enum(races))
    .max(7)
    .default([])
    .refine((list) => new Set(list).size === list.length, { message: 'List each race once', params: { reason: 'repeated' } }),
  ethnicity: z.enum(ethnicities).default('unknown'),
  tribalAffiliation: optionalText(200),
  icwaInquiry: z.enum(icwaInquiryOutcomes).default('not_yet_asked'),
  icwaInquiryDate: isoDate.optional(),
  primaryLanguage: text(35).min(2).default('en'),
  interpreterNeeded: z.boolean().default(false),
  aliases: z
    .array(z.object({ firstName: name('alias first name'), lastName: name('alias last name'), kind: z.enum(aliasKinds).default('alias') }))
    .max(20)
    .default([]),
};

const addressFields = {
  line1: text(200).min(1, 'Enter the street address'),
  line2: optionalText(200),
  city: text(100).min(1, 'Enter the city'),
  state: text(2).length(2, 'Use the two-letter state code').toUpperCase(),
  postalCode: text(10)
    .regex(/^\d{5}(-\d{4})?$/, 'Use a ZIP code like 06103')
    .optional(),
  confidential: z.boolean().default(false),
};

const bornInThePast = <T extends { dateOfBirth?: string | undefined }>(p: T) => !p.dateOfBirth || p.dateOfBirth <= new Date().toISOString().slice(0, 10);
const futureBirth = { path: ['dateOfBirth'], message: 'Date of birth cannot be in the future', params: { reason: 'in_future' } };

export const personInput = z.object({ ...personFields, address: z.object(addressFields).optional() }).refine(bornInThePast, futureBirth);
export type PersonInput = z.infer<typeof personInput>;

/**
 * PLAT-4: an edit of the whole record at the version read (a stale one is a 409). Aliases are
 * replaced; an address with an `id` is changed, one without is added, and one left out is kept as
 * a former address — the history never loses where someone lived.
 */
export const personUpdateInput = z
  .object({
    version: databaseInt('Send the version you read'),
    ...personFields,
    phone: optionalText(40),
    email: z.email('Use an e-mail address like name@example.org').max(200).optional(),
    addresses: z
      .array(z.object({ id: z.uuid('Not a valid address id').optional(), ...addressFields, current: z.boolean().default(true) }))
      .max(20)
      .default([]),
  })
  .refine(bornInThePast, futureBirth);
export type PersonUpdateInput = z.infer<typeof personUpdateInput>;

export const personSearchQuery = z.object({
  firstName: text(100).default(''),
  lastName: text(100).min(1, 'Enter at least a last name'),
  dateOfBirth: isoDate.optional(),
  approximateAge: z.coerce.number().int().min(0).max(120).optional(),
  /** A street and/or city the person lives at (PLAT-4). */
  address: text(200).optional(),
});
export type PersonSearchQuery = z.infer<typeof personSearchQuery>;

export const personIdParams = z.object({ id: z.uuid('Not a valid id') });

// --- what the routes answer (issue 10: one contract; the web's person types are these) ---

const priorReport = z.object({
  id: uuidOut,
  number: z.string(),
  receivedAt: momentOut,
  status: z.enum(reportStatuses),
  decision: z.string().nullable(),
  role: z.string(),
});
const alias = z.object({ firstName: z.string(), lastName: z.string(), kind: z.enum(aliasKinds) });

export const personSearchAnswer = z.object({
  results: z.array(
    z.object({
      id: uuidOut,
      firstName: z.string(),
      middleName: nullableText,
      lastName: z.string(),
      dateOfBirth: calendarDateOut.nullable(),
      approximateAge: z.number().int().nullable(),
      sex: z.enum(sexes),
      score: z.number(),
      matchedOn: z.array(z.string()),
      aliases: z.array(alias),
      priorReports: z.array(priorReport),
      /** PLAT-4: records merged into this one, shown under it. */
      mergedRecords: z.array(z.object({ id: uuidOut, firstName: z.string(), lastName: z.string(), dateOfBirth: calendarDateOut.nullable() })),
    }),
  ),
});

export const personAnswer = z.object({
  id: uuidOut,
  version: versionOut,
  firstName: z.string(),
  middleName: nullableText,
  lastName: z.string(),
  suffix: nullableText,
  dateOfBirth: calendarDateOut.nullable(),
  approximateAge: z.number().int().nullable(),
  sex: z.enum(sexes),
  races: z.array(z.enum(races)),
  ethnicity: z.enum(ethnicities),
  tribalAffiliation: nullableText,
  icwaInquiry: z.enum(icwaInquiryOutcomes),
  icwaInquiryDate: calendarDateOut.nullable(),
  primaryLanguage: z.string(),
  interpreterNeeded: z.boolean(),
  aliases: z.array(alias),
  addresses: z.array(
    z.object({
      id: uuidOut,
      line1: z.string(),
      line2: nullableText,
      city: z.string(),
      state: z.string(),
      postalCode: nullableText,
      confidential: z.boolean(),
      current: z.boolean(),
    }),
  ),
  phone: nullableText,
  email: nullableText,
  relationships: z.array(z.object({ id: uuidOut, kind: z.string(), personId: uuidOut, firstName: z.string(), lastName: z.string() })),
  priorReports: z.array(priorReport),
  /** The cases the person is on, as far as the reader may see (PLAT-4). */
  cases: z.array(z.object({ id: uuidOut, number: z.string(), status: z.string(), role: z.string() })),
  /** PLAT-4: set when this record was merged into another, which is the one to use. */
  mergedInto: z.object({ id: uuidOut, firstName: z.string(), lastName: z.string() }).nullable(),
  /** Merges into or out of this record, newest first, undone ones included. */
  merges: z.array(personMergeRow),
  abilities: z.object({ edit: z.boolean(), merge: z.boolean(), undoMerge: z.boolean() }),
});

/** PLAT-4: every earlier state of the record, newest first, with who changed it and what. */
export const personHistoryAnswer = z.object({
  items: z.array(
    z.object({
      version: versionOut,
      changedAt: momentOut,
      changedByName: z.string(),
      changedFields: z.array(z.string()),
      snapshot: z.record(z.string(), z.unknown()),
    }),
  ),
});
