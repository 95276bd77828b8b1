import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Client } from '../../../../test/support/harness.js';
import { createPerson } from '../../../../test/support/journey.js';

/** INT-2, PLAT-4: finding the family that is already known, whatever the accents and punctuation. */
let h: Harness;
let screener: Client;
let jose: { id: string };
let maria: { id: string };

beforeAll(async () => {
  h = await createHarness();
  screener = await h.signIn('screener');
  jose = await createPerson(screener, {
    firstName: 'José',
    lastName: 'Núñez-O’Brien',
    dateOfBirth: '2015-04-09',
    sex: 'male',
    address: { line1: '12 Elm Street', city: 'Hartford', state: 'CT', confidential: false },
  });
  maria = await createPerson(screener, { firstName: 'María', lastName: 'Ibáñez', dateOfBirth: '1988-10-02', sex: 'female' });
  await createPerson(screener, { firstName: 'Ann', lastName: 'Smith', dateOfBirth: '1980-01-01', sex: 'female' });
  await createPerson(screener, { firstName: 'Tom', lastName: 'Smith', dateOfBirth: '2012-06-06', sex: 'male' });
});
afterAll(() => h?.close());

const search = async (params: Record<string, string>) => {
  const response = await screener.get(`/api/persons/search?${new URLSearchParams(params)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().results as Array<{ id: string; lastName: string; matchedOn: string[] }>;
};

describe('person search ignores accents and punctuation (INT-2, PLAT-4)', () => {
  it.each([
    [{ firstName: 'Jose', lastName: 'Nunez' }],
    [{ lastName: 'Núñez' }],
    [{ lastName: "O'Brien" }],
    [{ lastName: "Nunez-O'Brien" }],
    [{ firstName: 'jose', lastName: 'NUNEZ OBRIEN' }],
  ])('%o finds José Núñez-O’Brien', async (params) => {
    expect((await search(params)).map((r) => r.id)).toContain(jose.id);
  });

  it('"Maria Ibanez" finds María Ibáñez, ranked first', async () => {
    expect((await search({ firstName: 'Maria', lastName: 'Ibanez' }))[0]?.id).toBe(maria.id);
  });

  it('a surname alone finds every Smith, and says the surname matched', async () => {
    const smiths = (await search({ lastName: 'Smith' })).filter((r) => r.lastName === 'Smith');
    expect(smiths).toHaveLength(2);
  });

  it('an address finds the person who lives there', async () => {
    const results = await search({ lastName: 'Nobody', address: '12 elm st hartford' });
    expect(results.find((r) => r.id === jose.id)?.matchedOn).toContain('address');
  });

  it('another office finds none of them (PLAT-1)', async () => {
    const south = await h.signIn('south.screener');
    const response = await south.get(`/api/persons/search?${new URLSearchParams({ firstName: 'Jose', lastName: 'Nunez' })}`);
    expect((response.json().results as Array<{ id: string }>).map((r) => r.id)).not.toContain(jose.id);
  });
});
