import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportAnswer } from './reports.schema.js';

/** Every property path of a JSON schema, e.g. `reporter.name`, `participants.person.firstName`. */
function propertyPaths(schema: unknown, prefix = ''): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => [`${prefix}${key}`, ...propertyPaths(child, `${prefix}${key}.`)]);
  return [...own, ...propertyPaths(node.items, prefix), ...(node.anyOf ?? []).flatMap((option) => propertyPaths(option, prefix))];
}

describe('the report answer (issue 10, PLAT-1)', () => {
  const paths = propertyPaths(z.toJSONSchema(reportAnswer, { io: 'output', unrepresentable: 'any' }));

  it('carries the reporter’s identity only inside `reporter`, which the presenter nulls for roles that may not see it', () => {
    const identity = paths.filter((path) => /(^|\.)(name|phone|email)$/i.test(path) || /reporter/i.test(path));
    expect(identity.sort()).toEqual(
      // The intake unit's name is the only other `name`: no screener, reviewer or person field names the reporter.
      [
        'orgUnit.name',
        'reporter',
        'reporter.anonymous',
        'reporter.email',
        'reporter.mandated',
        'reporter.name',
        'reporter.phone',
        'reporter.relationshipToFamily',
        'reporter.reporterType',
        'reporterHidden',
      ].sort(),
    );
  });

  it('drops a reporter field the presenter did not declare when it serialises', () => {
    const encoded = z.encode(reportAnswer.shape.reporter, {
      reporterType: 'education',
      mandated: true,
      anonymous: false,
      name: 'Nora Quinn',
      phone: null,
      email: null,
      relationshipToFamily: null,
      address: '12 Elm St',
    } as never);
    expect(encoded).not.toHaveProperty('address');
  });
});
