import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { openCaseFast } from './open-case-factory.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('openCaseFast', () => {
  it('opens the Torres family’s in-home case for the caseworker, through the real opening code (INV-7)', async () => {
    const family = await openCaseFast(h);
    const read = await family.caseworker.get(`/api/cases/${family.caseId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ number: family.caseNumber, kind: 'in_home', status: 'open', workers: [{ name: 'Priya Natarajan', role: 'primary' }] });
    expect(
      read
        .json()
        .people.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['Kyle Benson', 'Leo Torres', 'Lucia Torres', 'Maya Torres', 'Rosa Torres']);
    const mine = (await family.caseworker.get('/api/cases/mine')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(family.caseId);
    const investigation = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json();
    expect(investigation.status).toBe('closed');
  });
});
