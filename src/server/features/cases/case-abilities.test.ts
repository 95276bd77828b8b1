import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createHarness, type Harness } from '../../../../test/support/harness.js';
import { openCaseFast } from '../../../../test/support/open-case-factory.js';
import { userIdOf } from '../../../../test/support/work.js';

/**
 * Issue 10 item 3, for the case (issue 11): what a case's `abilities` and its network's tell each
 * role is what the server then allows — adding to the family network and transferring the case.
 */
let h: Harness;
const roles = ['caseworker', 'caseworker2', 'ong.supervisor', 'manager', 'qa', 'inv.supervisor', 'investigator', 'admin', 'south.supervisor'] as const;
const as: Partial<Record<(typeof roles)[number], Client>> = {};

beforeAll(async () => {
  h = await createHarness();
  for (const role of roles) as[role] = await h.signIn(role);
});
afterAll(() => h?.close());

describe('case abilities match what the server allows (issues 10, 11)', () => {
  it.each(roles)('%s: abilities.edit on the network is what adding a relative does; abilities.transfer is what a transfer does', async (role) => {
    const family = await openCaseFast(h);
    const reader = as[role]!;
    const network = await reader.get(`/api/cases/${family.caseId}/network`);
    const toldEdit = network.statusCode === 200 && network.json().abilities.edit === true;
    const added = await reader.post(`/api/cases/${family.caseId}/network`, {
      id: randomUUID(),
      firstName: 'Carmen',
      lastName: 'Reyes',
      role: 'relative',
      connection: 'Paternal grandmother',
    });
    expect({ role, added: added.statusCode === 201 }).toEqual({ role, added: toldEdit });

    const view = await reader.get(`/api/cases/${family.caseId}`);
    const toldTransfer = view.statusCode === 200 && view.json().abilities.transfer === true;
    const version = (await family.caseworker.get(`/api/cases/${family.caseId}`)).json().version;
    const moved = await reader.post(`/api/cases/${family.caseId}/transfer`, { toUserId: await userIdOf(h, 'caseworker2'), reason: 'Balancing', version });
    expect({ role, moved: moved.statusCode === 200 }).toEqual({ role, moved: toldTransfer });
    if (view.statusCode === 404) expect([network.statusCode, added.statusCode, moved.statusCode]).toEqual([404, 404, 404]);
  });
});
