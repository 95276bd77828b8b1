import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';
import { asUser, userIdOf } from '../../../../test/support/work.js';

/** INT-5: cross-reports to law enforcement and others, with the profile's rule of which are required. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const url = (reportId: string) => `/api/reports/${reportId}/cross-reports`;
const police = () => ({
  id: randomUUID(),
  agencyKind: 'law_enforcement',
  agencyName: 'Hartford Police Department',
  contactName: 'Sgt. Dana Lee',
  method: 'phone',
  sentAt: new Date().toISOString(),
  referenceNumber: 'HPD-26-4471',
});

describe('cross-reports (INT-5)', () => {
  it('the investigator records one, a retry returns it, and the screener reads it', async () => {
    const family = await openInvestigationFast(h);
    const body = police();
    const created = await family.investigator.post(url(family.reportId), body);
    expect(created.statusCode, created.body).toBe(201);
    expect((await family.investigator.post(url(family.reportId), body)).statusCode).toBe(200);
    const screener = await h.signIn('screener');
    const list = (await screener.get(url(family.reportId))).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id: body.id,
        agencyName: 'Hartford Police Department',
        referenceNumber: 'HPD-26-4471',
        method: 'phone',
        createdByName: 'Ivy Chen',
      }),
    ]);
    // Physical abuse needs no cross-report under the federal floor the shipped profiles carry.
    expect(list.required).toEqual([]);
  });

  it('a sex-trafficking allegation requires a law-enforcement report within 24 hours, until one is recorded', async () => {
    const family = await openInvestigationFast(h);
    await h.database.asOwner((owner) =>
      owner.updateTable('allegation').set({ maltreatment_type: 'sex_trafficking' }).where('report_id', '=', family.reportId).execute(),
    );
    const before = (await family.investigator.get(url(family.reportId))).json();
    expect(before.required).toEqual([expect.objectContaining({ agencyKind: 'law_enforcement', maltreatmentTypes: ['sex_trafficking'], recorded: false })]);
    const received = Date.parse((await family.investigator.get(`/api/reports/${family.reportId}`)).json().receivedAt);
    expect(Date.parse(before.required[0].dueAt) - received).toBe(24 * 3_600_000);
    await family.investigator.post(url(family.reportId), police());
    expect((await family.investigator.get(url(family.reportId))).json().required[0].recorded).toBe(true);
  });

  it('another office gets 404 and sees no rows; an id of a hidden record is a plain conflict, not a 500', async () => {
    const family = await openInvestigationFast(h);
    const body = police();
    await family.investigator.post(url(family.reportId), body);
    const south = await h.signIn('south.investigator');
    expect((await south.get(url(family.reportId))).statusCode).toBe(404);
    expect((await south.post(url(family.reportId), police())).statusCode).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql<{ id: string }>`select id from cross_report`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);

    const other = await openInvestigationFast(h);
    const reused = await other.investigator.post(url(other.reportId), { ...police(), id: body.id });
    expect(reused.statusCode).toBe(409);
    expect(reused.body).not.toContain(family.reportId);
  });

  it('refuses a time in the future, an unknown agency and a NUL in the notes (400)', async () => {
    const family = await openInvestigationFast(h);
    expect((await family.investigator.post(url(family.reportId), { ...police(), sentAt: new Date(Date.now() + 86_400_000).toISOString() })).statusCode).toBe(
      400,
    );
    expect((await family.investigator.post(url(family.reportId), { ...police(), agencyKind: 'fbi' })).statusCode).toBe(400);
    expect((await family.investigator.post(url(family.reportId), { ...police(), notes: 'a\u0000b' })).statusCode).toBe(400);
  });
});
