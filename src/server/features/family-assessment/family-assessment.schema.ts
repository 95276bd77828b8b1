import { z } from 'zod';
import { familyAssessmentDomains } from '../../../domain/code-lists.js';
import { calendarDate, text, version } from '../../platform/edge-schemas.js';
import { calendarDateOut, momentOut, nullableText, uuidOut, versionOut } from '../../platform/response-parts.js';

export { familyAssessmentDomains };
export const familyAssessmentStatuses = ['draft', 'completed'] as const;
export const contributionKinds = ['internal_consultant', 'external_provider'] as const;

// --- what a client sends (FCA-1, FCA-3, FCA-4) ---

const domainEntry = z.object({
  domain: z.enum(familyAssessmentDomains, 'Choose a domain from the list'),
  strengths: text(4000).default(''),
  needs: text(4000).default(''),
  evidence: text(4000).default(''),
});

const memberEntry = z.object({
  personId: z.uuid('Not a valid person id'),
  domains: z.array(domainEntry).max(familyAssessmentDomains.length),
});

const contribution = z.object({
  id: z.uuid('Send a new UUID as the contribution id'),
  kind: z.enum(contributionKinds, 'Choose internal consultant or external provider'),
  name: text(200).min(1, 'Say who contributed'),
  roleOrOrganisation: text(200).default(''),
  date: calendarDate(),
  summary: text(4000).default(''),
});

/** A need prioritised with the family; the order of the list is the priority. The id survives into later versions. */
const need = z.object({
  id: z.uuid('Send a new UUID as the need id'),
  personIds: z.array(z.uuid('Not a valid person id')).min(1, 'Choose at least one family member').max(30),
  domain: z.enum(familyAssessmentDomains, 'Choose a domain from the list'),
  text: text(2000).min(1, 'Write the need in the family’s words'),
});

export const familyAssessmentContent = z.object({
  members: z.array(memberEntry).max(30).default([]),
  protectiveFactors: text(4000).default(''),
  naturalSupports: text(4000).default(''),
  contributions: z.array(contribution).max(50).default([]),
  sharing: z
    .object({
      shared: z.boolean().default(false),
      sharedOn: calendarDate().nullish(),
      familyResponse: text(4000).default(''),
    })
    .default({ shared: false, familyResponse: '' }),
  needs: z.array(need).max(50).default([]),
});
export type FamilyAssessmentContent = z.infer<typeof familyAssessmentContent>;

export const caseParams = z.object({ id: z.uuid('Not a valid case id') });
export const assessmentParams = z.object({ id: z.uuid('Not a valid assessment id') });

/** Starts the first draft, or a new version copied from the latest completed one. */
export const startAssessmentInput = z.object({ id: z.uuid('Send a new UUID as the assessment id') });
export const saveAssessmentInput = z.object({ version, content: familyAssessmentContent });
export const completeAssessmentInput = z.object({ version });
export const compareQuery = z.object({ from: z.uuid('Not a valid assessment id'), to: z.uuid('Not a valid assessment id') });

// --- what the routes answer ---

const contentOut = z.object({
  members: z.array(
    z.object({
      personId: uuidOut,
      domains: z.array(z.object({ domain: z.enum(familyAssessmentDomains), strengths: z.string(), needs: z.string(), evidence: z.string() })),
    }),
  ),
  protectiveFactors: z.string(),
  naturalSupports: z.string(),
  contributions: z.array(
    z.object({ id: uuidOut, kind: z.enum(contributionKinds), name: z.string(), roleOrOrganisation: z.string(), date: calendarDateOut, summary: z.string() }),
  ),
  sharing: z.object({ shared: z.boolean(), sharedOn: calendarDateOut.nullish(), familyResponse: z.string() }),
  needs: z.array(z.object({ id: uuidOut, personIds: z.array(uuidOut), domain: z.enum(familyAssessmentDomains), text: z.string() })),
});

export const assessmentAnswer = z.object({
  id: uuidOut,
  caseId: uuidOut,
  versionNo: z.number().int(),
  status: z.enum(familyAssessmentStatuses),
  version: versionOut,
  content: contentOut,
  createdByName: z.string(),
  createdAt: momentOut,
  updatedAt: momentOut,
  completedAt: momentOut.nullable(),
  completedByName: nullableText,
  abilities: z.object({ edit: z.boolean(), complete: z.boolean() }),
});

export const assessmentOverviewAnswer = z.object({
  caseId: uuidOut,
  members: z.array(z.object({ personId: uuidOut, name: z.string(), role: z.string() })),
  domains: z.array(z.enum(familyAssessmentDomains)),
  current: assessmentAnswer.nullable(),
  versions: z.array(z.object({ id: uuidOut, versionNo: z.number().int(), status: z.enum(familyAssessmentStatuses), completedAt: momentOut.nullable() })),
  abilities: z.object({ start: z.boolean() }),
});

/** The prioritised needs the case plan draws on (FCA-4): the latest version's list, in priority order. */
export const needsAnswer = z.object({
  assessmentId: uuidOut.nullable(),
  versionNo: z.number().int().nullable(),
  status: z.enum(familyAssessmentStatuses).nullable(),
  items: z.array(z.object({ id: uuidOut, priority: z.number().int(), personIds: z.array(uuidOut), domain: z.enum(familyAssessmentDomains), text: z.string() })),
});

/** Side by side: per member per domain, per field, what each version says and whether it changed. */
export const compareAnswer = z.object({
  from: z.object({ id: uuidOut, versionNo: z.number().int() }),
  to: z.object({ id: uuidOut, versionNo: z.number().int() }),
  rows: z.array(
    z.object({
      personId: uuidOut.nullable(),
      domain: z.string(),
      field: z.string(),
      from: z.string(),
      to: z.string(),
      changed: z.boolean(),
    }),
  ),
});
