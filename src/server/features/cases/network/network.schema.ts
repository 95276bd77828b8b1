import { z } from 'zod';
import { networkRoles, networkSides, relationshipKinds, searchSources, sexes, supportKinds, tieStrengths } from '../../../../domain/code-lists.js';
import { calendarDate, text, version } from '../../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../../platform/response-parts.js';

// --- the family network of a case (ENG-1) and its diligent searches (ENG-2) ---

export const networkParams = z.object({ id: z.uuid('Not a valid case id') });
export const memberParams = z.object({ id: z.uuid('Not a valid case id'), participantId: z.uuid('Not a valid network member id') });

const today = () => new Date().toISOString().slice(0, 10);
const name = (label: string) => text(100, `The ${label} is too long (100 characters at most)`).min(1, `Enter the ${label}`);

/** How a member is part of the family's life: all optional but `connection`, which says it in words. */
const ties = {
  side: z.enum(networkSides).nullable().optional(),
  connection: text(200).min(1, 'Say how they are connected to the family, e.g. “paternal grandmother” or “Maya’s soccer coach”'),
  supportKind: z.enum(supportKinds).nullable().optional(),
  tieStrength: z.enum(tieStrengths).nullable().optional(),
  placementResource: z.boolean().default(false),
  safetyMonitor: z.boolean().default(false),
  whereaboutsUnknown: z.boolean().default(false),
};

/**
 * A relative or natural support joins the case with minimal data: a name and how they are connected.
 * `id` is the client's: a retried "Add relative" returns the member already added.
 */
export const addMemberInput = z
  .object({
    id: z.uuid('Send a new id for this member'),
    firstName: name('first name'),
    lastName: name('last name'),
    sex: z.enum(sexes).default('unknown'),
    dateOfBirth: calendarDate('Use a date like 1961-04-23').optional(),
    approximateAge: z.number().int().min(0).max(120).optional(),
    deceased: z.boolean().default(false),
    role: z.enum(networkRoles),
    /** How they are related to someone already on the case, for the genogram. */
    relatedTo: z.object({ personId: z.uuid('Choose someone on the case'), kind: z.enum(relationshipKinds) }).optional(),
    ...ties,
  })
  .refine((m) => !m.dateOfBirth || m.dateOfBirth <= today(), {
    path: ['dateOfBirth'],
    message: 'Date of birth cannot be in the future',
    params: { reason: 'in_future' },
  });
export type AddMemberInput = z.infer<typeof addMemberInput>;

/** A change to how a member is part of the network; `version` is the one read (a stale one is a 409). */
export const updateMemberInput = z.object({
  version,
  side: ties.side,
  connection: ties.connection.optional(),
  supportKind: ties.supportKind,
  tieStrength: ties.tieStrength,
  placementResource: z.boolean().optional(),
  safetyMonitor: z.boolean().optional(),
  whereaboutsUnknown: z.boolean().optional(),
  deceased: z.boolean().optional(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

/** One effort to find a parent or relative whose whereabouts are unknown. Append-only. */
export const addSearchInput = z
  .object({
    id: z.uuid('Send a new id for this search'),
    searchedOn: calendarDate('Use a date like 2026-11-30'),
    source: z.enum(searchSources),
    outcome: text(2000).min(1, 'Say what the search found, even “nothing”'),
    found: z.boolean().default(false),
    foundAddress: text(300).optional(),
  })
  .refine((s) => s.searchedOn <= today(), { path: ['searchedOn'], message: 'A search cannot be in the future', params: { reason: 'in_future' } })
  .refine((s) => !s.found || !!s.foundAddress, { path: ['foundAddress'], message: 'Record where they were found', params: { reason: 'required' } });
export type AddSearchInput = z.infer<typeof addSearchInput>;

export const memberAnswer = z.object({
  participantId: uuidOut,
  personId: uuidOut,
  firstName: z.string(),
  lastName: z.string(),
  sex: z.enum(sexes),
  dateOfBirth: calendarDateOut.nullable(),
  approximateAge: z.number().int().nullable(),
  deceased: z.boolean(),
  /** The report's roles (alleged_victim, parent, household_member, other_family) or a network role. */
  role: z.string(),
  side: z.enum(networkSides).nullable(),
  connection: z.string(),
  supportKind: z.enum(supportKinds).nullable(),
  tieStrength: z.enum(tieStrengths).nullable(),
  placementResource: z.boolean(),
  safetyMonitor: z.boolean(),
  whereaboutsUnknown: z.boolean(),
  /** Whether they live in the child's home, as the report recorded it; null for people added since. */
  livesInHome: z.boolean().nullable(),
  /** The latest relative notice (or exception) recorded for them (ENG-2). */
  relativeNoticeOn: calendarDateOut.nullable(),
  /** The latest diligent search, when there has been one. */
  lastSearchedOn: calendarDateOut.nullable(),
  version: versionOut,
});

export const networkAnswer = z.object({
  members: z.array(memberAnswer),
  /** Person to person, as recorded: `personId` is `kind` of `relatedPersonId` (e.g. parent_of). */
  relationships: z.array(z.object({ personId: uuidOut, relatedPersonId: uuidOut, kind: z.enum(relationshipKinds) })),
  abilities: z.object({ edit: z.boolean() }),
});

export const searchAnswer = z.object({
  id: uuidOut,
  searchedOn: calendarDateOut,
  source: z.enum(searchSources),
  outcome: z.string(),
  found: z.boolean(),
  foundAddress: nullableText,
  createdByName: z.string(),
  createdAt: momentOut,
});
export const searchListAnswer = z.object({ items: z.array(searchAnswer), whereaboutsUnknown: z.boolean(), abilities: z.object({ record: z.boolean() }) });
