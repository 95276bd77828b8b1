import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenedInReport } from '../../../../test/support/factories.js';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../test/support/open-investigation-factory.js';

/** Issue 9 item 10, INV-1: a second open investigation about the same child is warned of and linked. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

describe('two open investigations about the same child', () => {
  it('the approving supervisor is warned, and approving links both investigations', async () => {
    const first = await openInvestigationFast(h);
    const screener = await h.signIn('screener');
    const supervisor = await h.signIn('supervisor');
    const family = {
      child: { firstName: 'Maya', lastName: 'Torres', dateOfBirth: '2018-02-11' },
      parent: { firstName: 'Ramon', lastName: 'Ruiz', dateOfBirth: '1989-03-03' },
      reporterName: 'Pat Lee',
    };
    const { report } = await takeScreenedInReport(screener, family, { childId: first.people.maya.id });

    const queue = (await supervisor.get('/api/approvals')).json().items as Array<{
      id: string;
      version: number;
      summary: { reportId: string; openInvestigations?: Array<{ number: string; unitName: string }> };
    }>;
    const item = queue.find((i) => i.summary.reportId === report.id)!;
    const firstNumber = (await first.investigator.get(`/api/investigations/${first.investigationId}`)).json().number;
    expect(item.summary.openInvestigations).toEqual([expect.objectContaining({ number: firstNumber, unitName: 'North Investigations Unit' })]);

    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, { version: item.version });
    expect(approved.statusCode, approved.body).toBe(200);
    const secondId = approved.json().outcome.investigationId as string;
    const links = await h.database.asOwner((owner) =>
      owner
        .selectFrom('investigation_link')
        .select(['investigation_id', 'linked_investigation_id'])
        .where('investigation_id', 'in', [first.investigationId, secondId])
        .orderBy('linked_at')
        .execute(),
    );
    expect(links).toHaveLength(2);
    expect(new Set(links.map((l) => `${l.investigation_id}>${l.linked_investigation_id}`))).toEqual(
      new Set([`${secondId}>${first.investigationId}`, `${first.investigationId}>${secondId}`]),
    );

    // The first investigator sees the new one beside her own, with the child they share.
    const workspace = (await first.investigator.get(`/api/investigations/${first.investigationId}`)).json();
    expect(workspace.openInvestigationsSharing).toEqual([expect.objectContaining({ investigationId: secondId, personNames: ['Maya Torres'] })]);
  });

  it('another office learns nothing: no summary, no links (PLAT-1)', async () => {
    const first = await openInvestigationFast(h);
    const south = await h.signIn('south.investigator');
    expect((await south.get(`/api/investigations/${first.investigationId}`)).statusCode).toBe(404);
    const rows = await h.database.asOwner((owner) =>
      owner.selectFrom('investigation_link').select('investigation_id').where('investigation_id', '=', first.investigationId).execute(),
    );
    expect(rows).toEqual([]);
  });
});
