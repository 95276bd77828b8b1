import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../test/support/harness.js';
import { openCaseFast } from '../../../../test/support/open-case-factory.js';
import { asUser, userIdOf } from '../../../../test/support/work.js';

/** FCA-1, FCA-3, FCA-4: the family-centred assessment, versioned, immutable once completed. */
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const overviewUrl = (caseId: string) => `/api/cases/${caseId}/family-assessment`;

async function startDraft() {
  const family = await openCaseFast(h);
  const overview = (await family.caseworker.get(overviewUrl(family.caseId))).json();
  const id = randomUUID();
  const started = await family.caseworker.post(overviewUrl(family.caseId), { id });
  expect(started.statusCode, started.body).toBe(201);
  const members = overview.members as { personId: string; name: string }[];
  return { family, id, members, draft: started.json() };
}

const contentFor = (members: { personId: string }[], needId: string) => ({
  members: [
    {
      personId: members[0]!.personId,
      domains: [{ domain: 'safety', strengths: 'Grandmother nearby', needs: 'Supervision after school', evidence: 'Home visit 2026-11-30' }],
    },
  ],
  protectiveFactors: 'Mother engages with services',
  naturalSupports: 'Rosa Torres (grandmother)',
  contributions: [
    { id: randomUUID(), kind: 'external_provider', name: 'Dr. Ana Ruiz', roleOrOrganisation: 'Pediatrician', date: '2026-11-28', summary: 'Up to date.' },
  ],
  sharing: { shared: true, sharedOn: '2026-12-01', familyResponse: 'We agree after-school care is the main thing.' },
  needs: [{ id: needId, personIds: [members[0]!.personId], domain: 'safety', text: 'Someone to watch the kids after school' }],
});

describe('family-centred assessment (FCA-1, FCA-3, FCA-4)', () => {
  it('saves and reads a draft; a retried start makes no duplicate; a stale version is 409', async () => {
    const { family, id, members, draft } = await startDraft();
    expect(members.length).toBeGreaterThan(0);
    expect((await family.caseworker.post(overviewUrl(family.caseId), { id })).statusCode).toBe(200);
    const needId = randomUUID();
    const saved = await family.caseworker.put(`/api/family-assessments/${id}`, { version: draft.version, content: contentFor(members, needId) });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await family.caseworker.get(overviewUrl(family.caseId))).json();
    expect(read.versions).toHaveLength(1);
    expect(read.current.content.protectiveFactors).toBe('Mother engages with services');
    expect(read.current.content.members[0].domains[0]).toEqual(expect.objectContaining({ domain: 'safety', strengths: 'Grandmother nearby' }));
    const stale = await family.caseworker.put(`/api/family-assessments/${id}`, { version: draft.version, content: contentFor(members, needId) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().reason).toBe('stale_version');
    const needs = (await family.caseworker.get(`${overviewUrl(family.caseId)}/needs`)).json();
    expect(needs.items).toEqual([expect.objectContaining({ id: needId, priority: 1, domain: 'safety' })]);
  });

  it('a completed version is immutable; a new version copies it, keeps need ids, and compares', async () => {
    const { family, id, members, draft } = await startDraft();
    const needId = randomUUID();
    const saved = (await family.caseworker.put(`/api/family-assessments/${id}`, { version: draft.version, content: contentFor(members, needId) })).json();
    const done = await family.caseworker.post(`/api/family-assessments/${id}/complete`, { version: saved.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('completed');
    const edit = await family.caseworker.put(`/api/family-assessments/${id}`, { version: done.json().version, content: contentFor(members, needId) });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().reason).toBe('fca_completed');
    // The database refuses too, whatever the service does.
    await expect(
      asUser(h, await userIdOf(h, 'caseworker'), (trx) => sql`update family_assessment set content = '{}'::jsonb where id = ${id}`.execute(trx)),
    ).resolves.toEqual(expect.objectContaining({ numAffectedRows: 0n }));
    await expect(h.database.asOwner((owner) => sql`update family_assessment set content = '{}'::jsonb where id = ${id}`.execute(owner))).rejects.toThrow(
      /completed family assessment/,
    );

    const nextId = randomUUID();
    const next = await family.caseworker.post(overviewUrl(family.caseId), { id: nextId });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().versionNo).toBe(2);
    expect(next.json().content.needs[0].id).toBe(needId);
    const changed = contentFor(members, needId);
    changed.members[0]!.domains[0]!.strengths = 'Grandmother moved in';
    changed.needs.push({ id: randomUUID(), personIds: [members[1]!.personId], domain: 'medical', text: 'Dentist appointment' });
    expect((await family.caseworker.put(`/api/family-assessments/${nextId}`, { version: next.json().version, content: changed })).statusCode).toBe(200);
    const firstAgain = (await family.caseworker.get(`/api/family-assessments/${id}`)).json();
    expect(firstAgain.content.members[0].domains[0].strengths).toBe('Grandmother nearby');
    const compare = (await family.caseworker.get(`${overviewUrl(family.caseId)}/compare?from=${id}&to=${nextId}`)).json();
    expect(compare.rows).toContainEqual(
      expect.objectContaining({ domain: 'safety', field: 'strengths', from: 'Grandmother nearby', to: 'Grandmother moved in', changed: true }),
    );
    expect(compare.rows).toContainEqual(expect.objectContaining({ domain: 'needs', field: needId, changed: false }));
    const needs = (await family.caseworker.get(`${overviewUrl(family.caseId)}/needs`)).json();
    expect(needs.items.map((n: { priority: number }) => n.priority)).toEqual([1, 2]);
    expect(needs.items[0].id).toBe(needId);
  });

  it('another office gets 404 on every route and RLS shows it no rows', async () => {
    const { family, id, draft } = await startDraft();
    const south = await h.signIn('south.investigator');
    const base = overviewUrl(family.caseId);
    for (const response of [
      await south.get(base),
      await south.post(base, { id: randomUUID() }),
      await south.get(`${base}/needs`),
      await south.get(`${base}/compare?from=${id}&to=${id}`),
      await south.get(`/api/family-assessments/${id}`),
      await south.put(`/api/family-assessments/${id}`, { version: draft.version, content: {} }),
      await south.post(`/api/family-assessments/${id}/complete`, { version: draft.version }),
    ])
      expect(response.statusCode, response.body).toBe(404);
    const rows = await asUser(
      h,
      await userIdOf(h, 'south.investigator'),
      async (trx) => (await sql<{ id: string }>`select id from family_assessment`.execute(trx)).rows,
    );
    expect(rows).toEqual([]);
  });

  it('bad input is 400 with field-level problems', async () => {
    const { family, id, members, draft } = await startDraft();
    const bad = contentFor(members, randomUUID());
    const wrongDomain = await family.caseworker.put(`/api/family-assessments/${id}`, {
      version: draft.version,
      content: { ...bad, members: [{ personId: members[0]!.personId, domains: [{ domain: 'astrology' }] }], protectiveFactors: 'a\u0000b' },
    });
    expect(wrongDomain.statusCode).toBe(400);
    const paths = (wrongDomain.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths.some((p) => p.includes('domain'))).toBe(true);
    expect(paths.some((p) => p.includes('protectiveFactors'))).toBe(true);
    const stranger = await family.caseworker.put(`/api/family-assessments/${id}`, {
      version: draft.version,
      content: { ...bad, needs: [{ ...bad.needs[0]!, personIds: [randomUUID()] }] },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([expect.objectContaining({ path: 'content.needs.0.personIds.0' })]);
  });
});
