import { z } from 'zod';

/** An answer value a condition can compare with: an option value, a rating or a number. */
export type AnswerValue = string | number;

/** "section:<key>" stands for every item of that section. */
export type ItemSelection = string[] | `section:${string}`;

/**
 * A small JSON expression language. Item conditions look at answers; index, level and count
 * conditions look at results and are only allowed in decision rules.
 */
export type Condition =
  | { item: string; equals: AnswerValue }
  | { item: string; in: AnswerValue[] }
  | { item: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { index: string; atLeast: number }
  | { level: { in: string[] } }
  | { count: { items: ItemSelection; equals: AnswerValue }; atLeast: number };

export const keyPattern = /^[a-z][a-z0-9_-]*$/;
export const keySchema = z.string().regex(keyPattern, 'Use lower-case letters, digits, "_" or "-", starting with a letter');
export const answerValueSchema = z.union([z.string().min(1), z.number()]);
const selectionSchema = z.union([
  z.array(keySchema).min(1),
  z.string().regex(/^section:[a-z][a-z0-9_-]*$/, 'Use a list of item keys or "section:<key>"'),
]) as z.ZodType<ItemSelection>;

const branches = {
  equals: z.strictObject({ item: keySchema, equals: answerValueSchema }),
  in: z.strictObject({ item: keySchema, in: z.array(answerValueSchema).min(1) }),
  answered: z.strictObject({ item: keySchema, answered: z.boolean() }),
  all: z.strictObject({ all: z.array(z.lazy(() => conditionSchema)).min(1) }),
  any: z.strictObject({ any: z.array(z.lazy(() => conditionSchema)).min(1) }),
  not: z.strictObject({ not: z.lazy(() => conditionSchema) }),
  index: z.strictObject({ index: keySchema, atLeast: z.number() }),
  level: z.strictObject({ level: z.strictObject({ in: z.array(keySchema).min(1) }) }),
  count: z.strictObject({
    count: z.strictObject({ items: selectionSchema, equals: answerValueSchema }),
    atLeast: z.number().int().min(0),
  }),
};

// Chosen by the keys present rather than z.union, so an error points into the branch the author
// meant ("all[1].item") instead of a bare "invalid input" on the whole condition.
function branchFor(input: unknown): z.ZodType | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'Expected a condition object';
  for (const key of ['all', 'any', 'not', 'count', 'index', 'level'] as const) {
    if (key in input) return branches[key];
  }
  if (!('item' in input)) return 'A condition needs one of: item, all, any, not, index, level, count';
  for (const key of ['equals', 'in', 'answered'] as const) {
    if (key in input) return branches[key];
  }
  return 'A condition on an item needs "equals", "in" or "answered"';
}

export const conditionSchema: z.ZodType<Condition> = z.unknown().transform((input, ctx) => {
  const branch = branchFor(input);
  if (typeof branch === 'string') {
    ctx.addIssue({ code: 'custom', message: branch });
    return z.NEVER;
  }
  const parsed = branch.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  }
  return parsed.data as Condition;
});

/** A value a condition compares an item's answer with, and where it is written. */
export type ComparedValue = { value: AnswerValue; path: (string | number)[] };

/** A reference a condition makes, with the path (relative to the condition) of the field naming it. */
export type ConditionReference =
  | { kind: 'item'; key: string; path: (string | number)[]; values: ComparedValue[] }
  | { kind: 'section'; key: string; path: (string | number)[]; values: ComparedValue[] }
  | { kind: 'index'; key: string; path: (string | number)[] }
  | { kind: 'level'; key: string; path: (string | number)[] };

/** Every item, section, index and level a condition names, for validation and dependency order. */
export function conditionReferences(condition: Condition, path: (string | number)[] = []): ConditionReference[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionReferences(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionReferences(c, [...path, 'any', i]));
  if ('not' in condition) return conditionReferences(condition.not, [...path, 'not']);
  if ('index' in condition) return [{ kind: 'index', key: condition.index, path: [...path, 'index'] }];
  if ('level' in condition) {
    return condition.level.in.map((key, i) => ({ kind: 'level' as const, key, path: [...path, 'level', 'in', i] }));
  }
  if ('count' in condition) {
    const { items, equals } = condition.count;
    const values = [{ value: equals, path: [...path, 'count', 'equals'] }];
    if (typeof items === 'string') {
      return [{ kind: 'section', key: items.slice('section:'.length), path: [...path, 'count', 'items'], values }];
    }
    return items.map((key, i) => ({ kind: 'item' as const, key, path: [...path, 'count', 'items', i], values }));
  }
  const values =
    'equals' in condition
      ? [{ value: condition.equals, path: [...path, 'equals'] }]
      : 'in' in condition
        ? condition.in.map((value, i) => ({ value, path: [...path, 'in', i] }))
        : [];
  return [{ kind: 'item', key: condition.item, path: [...path, 'item'], values }];
}
