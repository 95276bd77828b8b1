import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';

// Core person data (INT-2, EQ-2, PLAT-1 confidential addresses).
describe('a person record', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('keeps names and aliases, several OMB races, ethnicity, tribal affiliation, ICWA inquiry and language', async () => {
    const screener = await h.signIn('screener');
    const created = await screener.post('/api/persons', {
      firstName: 'Aiyana',
      lastName: 'Redcloud',
      dateOfBirth: '2015-09-01',
      sex: 'female',
      races: ['american_indian_alaska_native', 'white'],
      ethnicity: 'not_hispanic',
      tribalAffiliation: 'Mashantucket Pequot (reported by mother)',
      icwaInquiry: 'reason_to_know',
      icwaInquiryDate: '2026-11-20',
      primaryLanguage: 'en',
      aliases: [{ firstName: 'Ana', lastName: 'Redcloud', kind: 'nickname' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const person = (await screener.get(`/api/persons/${created.json().id}`)).json();
    expect(person).toMatchObject({
      races: ['american_indian_alaska_native', 'white'],
      tribalAffiliation: 'Mashantucket Pequot (reported by mother)',
      icwaInquiry: 'reason_to_know',
      icwaInquiryDate: '2026-11-20',
      aliases: [{ firstName: 'Ana', lastName: 'Redcloud', kind: 'nickname' }],
    });
    const found = (await screener.get('/api/persons/search?firstName=Ana&lastName=Redcloud')).json().results;
    expect(found[0].id).toBe(person.id);
  });

  it('shows a confidential (shelter) address only to investigators, caseworkers and supervisors (PLAT-1)', async () => {
    const screener = await h.signIn('screener');
    const created = await screener.post('/api/persons', {
      firstName: 'Dana',
      lastName: 'Whitmore',
      approximateAge: 34,
      address: { line1: '1 Safe Harbor Way', city: 'Hartford', state: 'ct', postalCode: '06103', confidential: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await screener.get(`/api/persons/${id}`)).json().addresses).toEqual([]);

    // Visible to a supervisor over the unit that created the person.
    const supervisor = await h.signIn('supervisor');
    const seen = (await supervisor.get(`/api/persons/${id}`)).json().addresses;
    expect(seen).toEqual([expect.objectContaining({ line1: '1 Safe Harbor Way', state: 'CT', confidential: true })]);
  });

  it('refuses impossible dates and a date of birth in the future, naming the field', async () => {
    const screener = await h.signIn('screener');
    const response = await screener.post('/api/persons', { firstName: 'Tom', lastName: 'Vale', dateOfBirth: '2999-01-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('dateOfBirth');
  });
});
