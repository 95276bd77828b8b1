import fc from 'fast-check';

/**
 * Bad-input generators read from the app's own OpenAPI document, so every route — including ones
 * added later — is fuzzed without a hand-written list (PLAT-8). Each value is either something the
 * schema might accept or one of the inputs that used to reach the database and answer 500.
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface Operation {
  method: string;
  path: string;
  parameters: { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
}

/** Every operation in the document, in document order. */
export function operationsOf(spec: {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}) {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

const deepList = (levels: number): unknown => (levels === 0 ? 'leaf' : [deepList(levels - 1)]);

/** Text that PostgreSQL cannot store as sent, or that breaks a limit or a calendar. */
const badText = fc.constantFrom(
  '\u0000',
  'before\u0000after',
  '\uD800',
  'lone \uDFFF end',
  '\uDC00\uD800',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '2023-02-29',
  '9999-12-31',
  '275760-09-13T00:00:00.000Z',
  '-000001-01-01',
  '',
  ' ',
  'x'.repeat(25_000),
  '%00',
  '../../etc/passwd',
  '{"$gt":""}',
  '😀'.repeat(3),
);
const hugeNumbers = fc.constantFrom(2 ** 53 - 1, 2 ** 53, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 1e308, -1e308, 5e-324, -1, 0, 1.5, -0);
/** Values of the wrong type for almost any field, and JSON deeper than any bound. */
const wrongType = fc.constantFrom<unknown>(null, true, false, 0, 'x', [], {}, [null], { a: { b: 1 } }, deepList(9), deepList(40), {
  __proto__x: 1,
  constructor: 'x',
});

const jsonLeaf = fc.oneof(fc.string({ maxLength: 20 }), badText, hugeNumbers, fc.boolean(), fc.constant(null));
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const awkwardKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a\u0000', 'k\uD800', '__proto__', 'constructor', 'x'.repeat(30_000)));

/** A value the schema should accept (as far as the document says: formats, patterns, limits). */
export function validFor(schema: JsonSchema, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((branch) => validFor(branch, ids, depth + 1)));
  if (schema.allOf?.length) return validFor(schema.allOf[0]!, ids, depth + 1);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (schema.format === 'date') return fc.constantFrom('2026-11-30', '1900-01-01', '2200-12-31', '2024-02-29', '2026-12-01');
      if (schema.format === 'date-time') return fc.constantFrom('2026-11-22T09:30:00-05:00', '2026-11-22T14:30:00Z');
      if (schema.format === 'email') return fc.emailAddress();
      // Short patterns make plausible codes; long ones are formats handled above.
      if (schema.pattern && schema.pattern.length < 60) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 40, 40)),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 1, max: Math.min(schema.maximum ?? 5, (schema.minimum ?? 1) + 5) });
    case 'number':
      return fc.double({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100, 100), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 6 || !schema.items ? fc.constant([]) : fc.array(validFor(schema.items, ids, depth + 1), { maxLength: 3 });
    default: {
      if (!schema.properties) return fc.dictionary(fc.string({ maxLength: 12 }), jsonLeaf, { maxKeys: 4 });
      const shape = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, validFor(property, ids, depth + 1)]));
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in shape) });
    }
  }
}

const unstorableText = fc.constantFrom('\u0000', 'before\u0000after', '\uD800', 'lone \uDFFF end', '\uDC00\uD800');
const impossibleDates = fc.constantFrom('0000-01-01', '0000-01-01T00:00:00Z', '0000-12-31T23:59:59-05:00', '2023-02-29', '9999-12-31', '-000001-01-01');

/** Hostile in place of this value, aimed at its type: unstorable text, year 0000, huge numbers, too long, too deep. */
function hostileFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') {
    const options = [
      { weight: 3, arbitrary: unstorableText as fc.Arbitrary<unknown> },
      { weight: 2, arbitrary: impossibleDates as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: badText as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: wrongType },
    ];
    if (schema.maxLength !== undefined) options.push({ weight: 1, arbitrary: fc.constant('x'.repeat(schema.maxLength + 1)) });
    return fc.oneof(...options);
  }
  if (type === 'integer' || type === 'number')
    return fc.oneof({ weight: 3, arbitrary: hugeNumbers as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrongType });
  if (type === 'object' && !schema.properties)
    return fc.oneof(
      fc.dictionary(awkwardKey, jsonValue, { maxKeys: 6 }),
      fc.constantFrom({ a: deepList(9) }, { a: deepList(60) }, { a: unstorableSample }),
      wrongType,
    );
  return fc.oneof(badText, hugeNumbers, wrongType);
}
const unstorableSample = ['ok', 'x\u0000', { 'k\uD800': 1 }];

/**
 * A value the schema would accept except in one place, so the bad part gets past every other check
 * and meets the code (and database) behind the route.
 */
export function mutatedFor(schema: JsonSchema, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [hostileFor(schema)];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches && depth < 6) options.push(...branches.map((branch) => mutatedFor(branch, ids, depth + 1)));
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length > 0 && depth < 6) {
    const valid = Object.fromEntries(keys.map((key) => [key, validFor(properties[key]!, ids, depth + 1)]));
    options.push(
      fc
        .constantFrom(...keys)
        .chain((key) =>
          fc.record(
            { ...valid, [key]: mutatedFor(properties[key]!, ids, depth + 1) },
            { requiredKeys: [...new Set([...(schema.required ?? []).filter((k) => k in valid), key])] },
          ),
        ),
    );
  }
  if (schema.type === 'array' && schema.items && depth < 6) {
    options.push(
      fc
        .tuple(fc.array(validFor(schema.items, ids, depth + 1), { maxLength: 2 }), mutatedFor(schema.items, ids, depth + 1))
        .map(([list, bad]) => [...list, bad]),
    );
  }
  return fc.oneof(...options);
}

/** Valid now and then, mostly wrong in one place. */
export const valueFor = (schema: JsonSchema, ids: string[]) =>
  fc.oneof({ weight: 1, arbitrary: validFor(schema, ids) }, { weight: 4, arbitrary: mutatedFor(schema, ids) });

/** Path parameters: real ids, unknown ids, and what the router or the database chokes on. */
export function pathValueFor(schema: JsonSchema, ids: string[]): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(
    '%00',
    '%E0%A4%A',
    '%ED%A0%80',
    '%F0%9F%98%80',
    'a'.repeat(300),
    '9007199254740991',
    '2147483648',
    '0',
    '-1',
    '1e400',
    'null',
    '%20',
    '..%2F..',
  );
  const plausible = schema.enum
    ? fc.constantFrom(...schema.enum.map(String))
    : schema.format === 'uuid'
      ? fc.oneof(fc.constantFrom(...ids), fc.uuid())
      : fc.oneof(fc.constantFrom('1', '2', 'hearth-safety'), fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/));
  return fc.oneof(
    { weight: 2, arbitrary: plausible },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(encodeLoosely) },
  );
}

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which encodeURIComponent refuses)
 * becomes its three raw UTF-8-style bytes, so the server meets it as a client could send it.
 */
export function encodeLoosely(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(character);
  }
  return out;
}

/** Whole bodies that are not what any schema describes. */
export const rawBodies = fc.constantFrom(
  `{"answers":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
  `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  '{"version": 9007199254740993}',
  '{"version": 1e400}',
  '{"a": "\\u0000"}',
  '{"a": "\\ud800"}',
  '{"__proto__": {"admin": true}}',
  'not json',
  '[]',
  'null',
  '"text"',
  '',
  '{"a":',
);
