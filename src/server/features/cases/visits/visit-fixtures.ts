import { randomUUID } from 'node:crypto';
import type { Harness } from '../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../test/support/open-case-factory.js';

// Shared by the visit tests: the Torres case, a visit plan and a full record of it.

export const visits = (caseId: string) => `/api/cases/${caseId}/visits`;
export const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

/** The Torres case, opened thirty days ago so a visit this week is inside it. */
export async function torresCase(h: Harness) {
  const family = await openCaseFast(h);
  await h.database.asOwner((owner) =>
    owner
      .updateTable('family_case')
      .set({ opened_at: new Date(Date.now() - 30 * 86_400_000) })
      .where('id', '=', family.caseId)
      .execute(),
  );
  return family;
}

export const objectiveId = randomUUID();
export const plan = () => ({
  id: randomUUID(),
  plannedFor: new Date().toISOString().slice(0, 10),
  purpose: 'See how the new bedtime routine is going and talk with Maya alone',
  topics: [
    { kind: 'objective', refId: objectiveId, text: 'Lucia uses the calm-down plan instead of shouting when Maya refuses bedtime' },
    { kind: 'own', text: 'Leo’s nursery place' },
  ],
});

export type Family = Awaited<ReturnType<typeof torresCase>>;
export const record = (family: Family, version: number) => ({
  version,
  occurredAt: hoursAgo(2),
  location: { kind: 'residence' },
  people: [
    { personId: family.people.maya.id, seen: true, privateTimeMinutes: 20 },
    { personId: family.people.leo.id, seen: true, privateTimeMinutes: 10 },
    { personId: family.people.mother.id, seen: true, privateTimeMinutes: 15 },
  ],
  safety: { newConcerns: false, childrenSafe: true },
  familyWords: 'Lucia: “The chart helps. Maya went to bed without a fight three nights this week.”',
  nextSteps: 'Lucia keeps the chart; worker calls the nursery about Leo’s place.',
  nextVisitOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  progress: [
    {
      id: randomUUID(),
      objectiveId,
      note: 'Used the calm-down plan on 3 of 4 nights; no shouting reported by Maya.',
      givenBy: { kind: 'parent', personId: family.people.mother.id },
    },
  ],
});

export const paths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort();
