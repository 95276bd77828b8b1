import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../test/support/harness.js';
import { submittedScreenIn } from '../../../test/support/journey.js';

/**
 * Issue 10, item 3: what an answer's `abilities` tell the reader they may do is exactly what the
 * server then lets them do — role by role, the way the screens decide which buttons to show. A
 * reader who cannot see the record is told nothing (404) and is refused with 404 or 403.
 */
let h: Harness;
const roles = ['screener', 'supervisor', 'manager', 'investigator', 'caseworker', 'qa', 'admin', 'south.supervisor', 'south.screener'] as const;
const as: Partial<Record<(typeof roles)[number], Client>> = {};

beforeAll(async () => {
  h = await createHarness();
  for (const role of roles) as[role] = await h.signIn(role);
});
afterAll(() => h?.close());

describe('abilities match what the server allows (issue 10)', () => {
  it.each(roles)('%s: a submitted report’s abilities.decide and the approval queue’s abilities.decide are what approving then does', async (role) => {
    const { report } = await submittedScreenIn(as.screener!);
    const reader = as[role]!;
    const view = await reader.get(`/api/reports/${report.id}`);
    const queued = ((await reader.get('/api/approvals')).json().items as Array<{ summary: { reportId?: string }; abilities: { decide: boolean } }>).find(
      (i) => i.summary.reportId === report.id,
    );
    const toldDecide = view.statusCode === 200 && view.json().abilities.decide === true;
    // The report and the queue say the same (they used to disagree for a program manager).
    if (queued) expect(queued.abilities.decide).toBe(toldDecide);
    const approved = await reader.post(`/api/reports/${report.id}/approve`, { version: report.version });
    expect({ role, approved: approved.statusCode === 200 }).toEqual({ role, approved: toldDecide });
    if (!toldDecide) expect([403, 404]).toContain(approved.statusCode);
    if (view.statusCode === 404) expect(approved.statusCode).toBe(404);
  });

  it.each(roles)('%s: a report’s cross-reports abilities.record is what recording one then does', async (role) => {
    const { report } = await submittedScreenIn(as.screener!, { submit: false });
    const reader = as[role]!;
    const list = await reader.get(`/api/reports/${report.id}/cross-reports`);
    const toldRecord = list.statusCode === 200 && list.json().abilities.record === true;
    const recorded = await reader.post(`/api/reports/${report.id}/cross-reports`, {
      id: randomUUID(),
      agencyKind: 'law_enforcement',
      agencyName: 'Hartford Police Department',
      method: 'phone',
      sentAt: new Date().toISOString(),
    });
    expect({ role, recorded: recorded.statusCode === 201 }).toEqual({ role, recorded: toldRecord });
    if (list.statusCode === 404) expect(recorded.statusCode).toBe(404);
  });
});
