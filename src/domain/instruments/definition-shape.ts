import { z } from 'zod';
import { answerValueSchema, conditionSchema, keySchema } from './condition.js';

// The shape of an instrument definition. Cross-references (unknown items, indices, levels) are
// checked in check-definition.ts; definition.ts puts the two together.

const notBlank = z.string().regex(/\S/, 'Must not be blank');

/** Text shown to workers and families, in both languages the agency serves. */
export const localizedSchema = z.strictObject({ en: notBlank, es: notBlank });
export type LocalizedText = z.output<typeof localizedSchema>;

export const instrumentKinds = ['screening', 'safety', 'risk', 'risk_reassessment', 'reunification', 'functional', 'other'] as const;
export const itemTypes = ['single', 'multi', 'yes_no', 'rating', 'number', 'text'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a calendar date');

export const optionSchema = z.strictObject({
  value: answerValueSchema,
  label: localizedSchema,
  /** Points this answer adds to each named index. */
  points: z.record(keySchema, z.number()).optional(),
});

export const itemSchema = z.strictObject({
  key: keySchema,
  text: localizedSchema,
  help: localizedSchema.optional(),
  type: z.enum(itemTypes),
  /** For 'rating' items the options are the scale; 'yes_no' items default to yes/no without points. */
  options: z.array(optionSchema).min(1).optional(),
  required: z.boolean(),
  showWhen: conditionSchema.optional(),
  requiredWhen: conditionSchema.optional(),
  /** 'each_child' items take one answer per child: `{ [childId]: value }`. */
  appliesTo: z.enum(['household', 'each_child']).optional(),
  /** On rating items of a needs-and-strengths tool: what the rating measures. */
  facet: z.enum(['need', 'strength']).optional(),
  /** Bounds for 'number' items. */
  min: z.number().optional(),
  max: z.number().optional(),
});

export const sectionSchema = z.strictObject({
  key: keySchema,
  title: localizedSchema,
  items: z.array(itemSchema).min(1),
});

const thresholdsSchema = z.array(z.strictObject({ level: keySchema, min: z.number() })).min(1);

export const levelsSchema = z.strictObject({
  basis: z.union([z.strictObject({ index: keySchema }), z.strictObject({ maxOf: z.array(keySchema).min(1) })]),
  /** Ascending; a score takes the last level whose min it reaches, and the first level below that. */
  thresholds: thresholdsSchema,
  /** Cut-points for one index of a maxOf basis when it differs from the shared thresholds. */
  thresholdsByIndex: z.record(keySchema, thresholdsSchema).optional(),
  labels: z.record(keySchema, localizedSchema),
});

const outcomeFields = {
  outcome: keySchema,
  label: localizedSchema,
  /** Extra codes the outcome carries, such as a screening rule's response priority. */
  attributes: z.record(z.string(), z.string()).optional(),
};

export const decisionsSchema = z.strictObject({
  /** Ordered; the first rule whose condition holds gives the outcome. */
  rules: z.array(z.strictObject({ when: conditionSchema, ...outcomeFields })),
  defaultOutcome: z.strictObject(outcomeFields),
});

export const overridesSchema = z.strictObject({
  policy: z.array(z.strictObject({ key: keySchema, label: localizedSchema, setLevel: keySchema })).optional(),
  discretionary: z
    .strictObject({
      maxStepsUp: z.number().int().min(0),
      maxStepsDown: z.number().int().min(0),
      requiresReason: z.literal(true),
      requiresApproval: z.boolean(),
    })
    .optional(),
});

export const instrumentDefinitionShape = z.strictObject({
  key: keySchema,
  version: z.number().int().positive(),
  kind: z.enum(instrumentKinds),
  title: localizedSchema,
  description: localizedSchema,
  effectiveFrom: isoDate,
  /** Where the content comes from, e.g. "Hearth demonstration instrument, paraphrased; not a validated tool". */
  source: notBlank,
  sections: z.array(sectionSchema).min(1),
  /** Each index is the sum of the points of the answers given. */
  indices: z.array(z.strictObject({ key: keySchema, label: localizedSchema })),
  levels: levelsSchema.optional(),
  decisions: decisionsSchema.optional(),
  overrides: overridesSchema.optional(),
});

export type InstrumentDefinition = z.output<typeof instrumentDefinitionShape>;
export type InstrumentSection = InstrumentDefinition['sections'][number];
export type InstrumentItem = InstrumentSection['items'][number];
export type InstrumentOption = z.output<typeof optionSchema>;
export type InstrumentKind = (typeof instrumentKinds)[number];
export type ItemType = (typeof itemTypes)[number];
