import { z } from 'zod';
import type { InstrumentDefinition } from '../../../../domain/instruments/index.js';
import { minimumReasonLength } from '../../../../domain/instruments/override.js';
import { safetyDecisions } from '../../../../profiles/profile-schema.js';
import { boundedJsonRecord, text, version } from '../../../platform/edge-schemas.js';
import { momentOut, uuidOut, versionOut } from '../../../platform/response-parts.js';
import { investigationParams } from '../investigations.schema.js';

export const assessmentKinds = ['safety', 'risk'] as const;
export const assessmentStatuses = ['draft', 'completed'] as const;
export const riskOverrideKinds = ['policy', 'discretionary'] as const;
export const riskOverrideStatuses = ['pending', 'approved', 'returned'] as const;

// --- what the safety and risk assessment routes accept (INV-3, INV-5) ---

export const assessmentParams = investigationParams.extend({ kind: z.enum(assessmentKinds, 'Use safety or risk') });
export const saveAssessmentBody = z.object({
  answers: boundedJsonRecord(),
  version: version.optional(),
  complete: z.boolean().optional(),
});

/** INV-5: a policy override names its policy, a discretionary one its level; both need a reason. */
const reason = text(4000).min(minimumReasonLength, `Give a reason of at least ${minimumReasonLength} characters`);
export const riskOverrideBody = z.object({
  version,
  override: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('policy'), key: text(120).min(1, 'Choose the policy that applies'), reason }),
    z.object({ kind: z.literal('discretionary'), toLevel: text(120).min(1, 'Choose the level'), reason }),
  ]),
});
export type RiskOverrideInput = z.output<typeof riskOverrideBody>;

// --- what the safety and risk assessment routes answer (INV-3, INV-5; issue 10: one contract) ---

const localized = z.object({ en: z.string(), es: z.string() });

/**
 * The instrument definition, sent as the catalogue holds it (validated when it was imported,
 * src/domain/instruments/definition.ts). Declared opaque here: the definition's own zod shape reads
 * conditions through a one-way transform, which a response schema cannot encode.
 */
export const instrumentDefinitionOut = z
  .custom<InstrumentDefinition>((value) => typeof value === 'object' && value !== null && 'key' in value && 'sections' in value)
  .meta({ description: 'An instrument definition, as GET /api/instruments/{key}/{version} answers it' });

/** The score of a set of answers (src/domain/instruments/score.ts `InstrumentResult`). */
export const instrumentResultOut = z.object({
  complete: z.boolean(),
  missing: z.array(z.string()),
  missingChildren: z.record(z.string(), z.array(z.string())),
  invalid: z.array(z.object({ item: z.string(), message: z.string(), child: z.string().optional() })),
  indices: z.record(z.string(), z.number()),
  level: z.string().nullable(),
  decision: z.object({ outcome: z.string(), attributes: z.record(z.string(), z.string()).optional(), ruleIndex: z.number().int().nullable() }).nullable(),
  visibleItems: z.array(z.string()),
});

/** A risk override as asked and stored (INV-5); its level counts once a supervisor approved it. */
const riskOverride = z.object({
  kind: z.enum(riskOverrideKinds),
  key: z.string().optional(),
  toLevel: z.string().optional(),
  reason: z.string(),
  finalLevel: z.string(),
  status: z.enum(riskOverrideStatuses),
  approvalId: uuidOut,
});

/** The safety or risk assessment: its instrument, every child in the home (INV-8), the answers and what they concluded. */
export const assessmentAnswer = z.object({
  kind: z.enum(assessmentKinds),
  definition: instrumentDefinitionOut,
  childIds: z.array(uuidOut),
  response: z
    .object({
      id: uuidOut,
      answers: z.record(z.string(), z.unknown()),
      /** Scored on the server with the definition version above. */
      result: instrumentResultOut,
      status: z.enum(assessmentStatuses),
      version: versionOut,
      updatedAt: momentOut,
      completedAt: momentOut.nullable(),
    })
    .nullable(),
  /** Safety only. */
  safetyDecision: z.enum(safetyDecisions).nullable().optional(),
  /** Safety only: the threats answered so far. */
  threats: z.array(z.object({ key: z.string(), label: localized })).optional(),
  /** Risk only: the scored level, the final one, and any override. */
  riskLevel: z.object({ scored: z.string().nullable(), final: z.string().nullable(), override: riskOverride.nullable() }).optional(),
});
