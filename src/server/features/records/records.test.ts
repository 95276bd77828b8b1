import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { normaliseNumber } from './records.service.js';

/** PLAT-4: one search box finds a record by its number, only for those who may open it. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const find = (client: { get(url: string): Promise<{ statusCode: number; json(): any }> }, q: string) =>
  client.get(`/api/records/find?${new URLSearchParams({ q })}`);

describe('finding a record by its number (PLAT-4)', () => {
  it('reads numbers as people type them', () => {
    expect(normaliseNumber(' r-2026-12 ')).toBe('R-2026-000012');
    expect(normaliseNumber('I 2026 000001')).toBe('I-2026-000001');
    expect(normaliseNumber('Smith')).toBeNull();
  });

  it('the investigator finds her investigation and its report; the screener finds the report but not the investigation; another office finds neither', async () => {
    const family = await openInvestigationFast(h);
    const workspace = (await family.investigator.get(`/api/investigations/${family.investigationId}`)).json();
    const reportNumber = workspace.report.number as string;
    const investigationNumber = workspace.number as string;

    const mine = await find(family.investigator, investigationNumber.toLowerCase());
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([{ type: 'investigation', id: family.investigationId, number: investigationNumber }]);
    expect((await find(family.investigator, reportNumber)).json().items).toEqual([{ type: 'report', id: family.reportId, number: reportNumber }]);

    const screener = await h.signIn('screener');
    expect((await find(screener, reportNumber)).json().items).toHaveLength(1);
    expect((await find(screener, investigationNumber)).json().items).toEqual([]);

    const south = await h.signIn('south.investigator');
    expect((await find(south, reportNumber)).json().items).toEqual([]);
    expect((await find(south, investigationNumber)).json().items).toEqual([]);
  });

  it('refuses an empty or over-long query with a clear 400', async () => {
    const screener = await h.signIn('screener');
    expect((await find(screener, '')).statusCode).toBe(400);
    expect((await find(screener, 'R'.repeat(41))).statusCode).toBe(400);
  });
});
