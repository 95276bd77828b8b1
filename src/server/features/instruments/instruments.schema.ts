import { z } from 'zod';
import { keySchema } from '../../../domain/instruments/condition.js';
import { instrumentKinds, localizedSchema } from '../../../domain/instruments/definition-shape.js';
import { databaseIntParam } from '../../platform/edge-schemas.js';
import { momentOut, nullableText } from '../../platform/response-parts.js';

/** PLAT-3: what the instrument routes accept and answer (issue 10: one contract). */

// The same key rule the definition schema applies, so every imported key can be opened again.
export const instrumentParams = z.object({ key: keySchema.max(120), version: databaseIntParam('Use a version number of 1 or more') });
// A definition nests conditions inside sections and items, so deeper and wider than answers; the
// definition schema then checks every field.
export const definitionBounds = { depth: 32, keys: 1000, items: 2000, textLength: 20_000, nodes: 100_000 };

export const instrumentListAnswer = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      version: z.number().int(),
      kind: z.enum(instrumentKinds),
      title: localizedSchema,
      source: z.string(),
      effectiveFrom: z.string(),
      origin: z.enum(['hearth', 'imported']),
      importedAt: momentOut.nullable(),
      importedBy: nullableText,
    }),
  ),
});
/**
 * The definition exactly as it is scored. It was checked in full against `instrumentDefinitionShape`
 * when it was imported (or is one of Hearth's own), so it is passed through whole, not re-checked on
 * every read; its type for clients is `InstrumentDefinition` (src/domain/instruments).
 */
export const instrumentAnswer = z.object({
  definition: z.record(z.string(), z.unknown()).meta({ description: 'An instrument definition (see instrumentDefinitionShape)' }),
});
export const importedInstrumentAnswer = z.object({ key: z.string(), version: z.number().int(), kind: z.enum(instrumentKinds), title: localizedSchema });
