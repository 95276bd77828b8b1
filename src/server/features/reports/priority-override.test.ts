import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { submittedScreenIn } from '../../../../test/support/journey.js';
import { recommendationOf } from './screening-instrument.service.js';
import { georgiaV1, georgiaV2 } from '../../../profiles/ga.js';

/** INT-4, issue 9 item 8: the instrument's priority in the profile's codes, and a lowered priority approved. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const completed = (responsePriority: string) => ({ complete: true, decision: { outcome: 'screen_in', attributes: { responsePriority } } }) as never;

describe('the screening instrument’s priority under each profile (item 8)', () => {
  it('maps onto Georgia’s priorities in version 2, and says plainly when nothing matches', () => {
    expect(recommendationOf(completed('within_24_hours'), georgiaV2.responsePriorities)).toEqual({
      decision: 'screen_in',
      responsePriority: 'priority_1',
      instrumentPriority: 'within_24_hours',
    });
    expect(recommendationOf(completed('within_72_hours'), georgiaV2.responsePriorities)?.responsePriority).toBe('priority_2');
    // Version 1 had no mapping: no priority, and the instrument's own grade is still told.
    expect(recommendationOf(completed('same_day'), georgiaV1.responsePriorities)).toEqual({
      decision: 'screen_in',
      responsePriority: null,
      instrumentPriority: 'same_day',
    });
  });
});

describe('lowering the response priority (INT-4, SUP-3)', () => {
  it('asks for its own approval, which approving the screen-in approves with it', async () => {
    const screener = await h.signIn('screener');
    const supervisor = await h.signIn('supervisor');
    // The instrument recommends 24 hours; the screener chooses 72.
    const { report } = await submittedScreenIn(screener, { priority: 'within_72_hours' });
    const pendingFor = async () =>
      (
        (await supervisor.get('/api/approvals')).json().items as Array<{
          id: string;
          kind: string;
          version: number;
          summary: { reportId?: string; recommended?: string; chosen?: string };
        }>
      ).filter((i) => i.summary.reportId === report.id);
    const items = await pendingFor();
    expect(items.map((i) => i.kind).sort()).toEqual(['response_priority_override', 'screening_decision']);
    expect(items.find((i) => i.kind === 'response_priority_override')?.summary).toMatchObject({ recommended: 'within_24_hours', chosen: 'within_72_hours' });

    const screening = items.find((i) => i.kind === 'screening_decision')!;
    expect((await supervisor.post(`/api/approvals/${screening.id}/approve`, { version: screening.version })).statusCode).toBe(200);
    expect(await pendingFor()).toEqual([]);
    const decided = await h.database.asOwner((owner) =>
      owner.selectFrom('approval_request').select(['kind', 'status']).where('subject_id', '=', report.id).orderBy('kind').execute(),
    );
    expect(decided).toEqual([
      { kind: 'response_priority_override', status: 'approved' },
      { kind: 'screening_decision', status: 'approved' },
    ]);
  });

  it('returning the lowered priority sends the report back and withdraws the screen-in waiting with it', async () => {
    const screener = await h.signIn('screener');
    const supervisor = await h.signIn('supervisor');
    const { report } = await submittedScreenIn(screener, { priority: 'within_72_hours' });
    const items = (
      (await supervisor.get('/api/approvals')).json().items as Array<{ id: string; kind: string; version: number; summary: { reportId?: string } }>
    ).filter((i) => i.summary.reportId === report.id);
    const override = items.find((i) => i.kind === 'response_priority_override')!;
    const returned = await supervisor.post(`/api/approvals/${override.id}/return`, {
      version: override.version,
      comment: 'A bruised 8-year-old: keep 24 hours.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect((await screener.get(`/api/reports/${report.id}`)).json().status).toBe('returned');
    const screening = await h.database.asOwner((owner) =>
      owner
        .selectFrom('approval_request')
        .select('status')
        .where('subject_id', '=', report.id)
        .where('kind', '=', 'screening_decision')
        .executeTakeFirstOrThrow(),
    );
    expect(screening.status).toBe('withdrawn');
  });

  it('choosing the recommended priority or a more urgent one asks nothing more', async () => {
    const screener = await h.signIn('screener');
    const { report } = await submittedScreenIn(screener, { priority: 'same_day' });
    const kinds = await h.database.asOwner((owner) => owner.selectFrom('approval_request').select('kind').where('subject_id', '=', report.id).execute());
    expect(kinds).toEqual([{ kind: 'screening_decision' }]);
  });
});
