import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../../test/support/harness.js';
import { openInvestigationFast } from '../../../../../test/support/open-investigation-factory.js';
import { asUser, userIdOf } from '../../../../../test/support/work.js';

/** INV-6: a finding on each allegation, with its rationale; none on the family-assessment track. */
let h: Harness;
let south: Client;

beforeAll(async () => {
  h = await createHarness();
  south = await h.signIn('south.investigator');
});
afterAll(() => h?.close());

const findingsUrl = (id: string) => `/api/investigations/${id}/findings`;
const rationale = 'Bruising on both upper arms matches Maya’s account; the partner admitted grabbing her.';

describe('INV-6 findings per allegation', () => {
  it('lists the allegation without a finding, records one, and corrects it with its version', async () => {
    const { investigationId, investigator } = await openInvestigationFast(h);
    const empty = await investigator.get(findingsUrl(investigationId));
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({
      track: 'investigation',
      items: [
        {
          allegationId: expect.any(String),
          victimName: 'Maya Torres',
          perpetratorName: 'Kyle Benson',
          maltreatmentType: 'physical_abuse',
          finding: null,
          rationale: '',
          version: null,
          recordedAt: null,
        },
      ],
    });
    const { allegationId } = empty.json().items[0];

    const saved = await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'substantiated', rationale });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ allegationId, finding: 'substantiated', rationale, version: 1, recordedAt: expect.any(String) });

    // A second "first" save (no version) would silently overwrite: it is refused.
    expect((await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'indicated', rationale })).statusCode).toBe(409);
    const corrected = await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'indicated', rationale, version: 1 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ finding: 'indicated', version: 2 });
    expect((await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'unsubstantiated', rationale, version: 1 })).statusCode).toBe(
      409,
    );
    expect((await investigator.get(findingsUrl(investigationId))).json().items[0]).toMatchObject({ finding: 'indicated', version: 2 });
  });

  it('refuses unknown codes, an empty rationale and allegations not on this investigation', async () => {
    const { investigationId, investigator } = await openInvestigationFast(h);
    const { allegationId } = (await investigator.get(findingsUrl(investigationId))).json().items[0];
    const badCode = await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'founded', rationale });
    expect(badCode.statusCode).toBe(400);
    const blank = await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'substantiated', rationale: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([expect.objectContaining({ path: 'rationale' })]);
    // An allegation from another investigation is not found through this one.
    const other = await openInvestigationFast(h);
    const foreign = (await other.investigator.get(findingsUrl(other.investigationId))).json().items[0].allegationId;
    expect((await investigator.put(`${findingsUrl(investigationId)}/${foreign}`, { finding: 'substantiated', rationale })).statusCode).toBe(404);
    expect((await investigator.put(`${findingsUrl(investigationId)}/${randomUUID()}`, { finding: 'substantiated', rationale })).statusCode).toBe(404);
  });

  it('a family assessment records no findings (409 that says so)', async () => {
    const { investigationId, investigator } = await openInvestigationFast(h);
    // The screen-in decision sets the track; the test helper always screens in for investigation.
    await h.database.asOwner((owner) => owner.updateTable('investigation').set({ track: 'family_assessment' }).where('id', '=', investigationId).execute());
    const list = (await investigator.get(findingsUrl(investigationId))).json();
    expect(list.track).toBe('family_assessment');
    const refused = await investigator.put(`${findingsUrl(investigationId)}/${list.items[0].allegationId}`, { finding: 'substantiated', rationale });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/family assessment.*records no findings/);
  });
});

describe('PLAT-1 need to know', () => {
  it('another office gets 404 and sees no findings at the database; the screener may read but not record', async () => {
    const { investigationId, investigator } = await openInvestigationFast(h);
    const { allegationId } = (await investigator.get(findingsUrl(investigationId))).json().items[0];
    expect((await investigator.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'substantiated', rationale })).statusCode).toBe(200);
    expect((await south.get(findingsUrl(investigationId))).statusCode).toBe(404);
    expect((await south.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'unsubstantiated', rationale, version: 1 })).statusCode).toBe(404);
    const seen = (userId: string) =>
      asUser(h, userId, (trx) => trx.selectFrom('allegation_finding').select('finding').where('investigation_id', '=', investigationId).execute());
    expect(await seen(await userIdOf(h, 'south.investigator'))).toEqual([]);
    expect(await seen(investigator.userId)).toEqual([{ finding: 'substantiated' }]);

    // The hotline's need to know ended at the screening (PLAT-1): 404 for the screener too, never 403.
    const screener = await h.signIn('screener');
    expect((await screener.get(findingsUrl(investigationId))).statusCode).toBe(404);
    expect((await screener.put(`${findingsUrl(investigationId)}/${allegationId}`, { finding: 'unsubstantiated', rationale, version: 1 })).statusCode).toBe(404);
    expect(await seen(screener.userId)).toEqual([]);
  });
});
