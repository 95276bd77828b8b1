import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../../../../test/support/harness.js';
import { openCaseFast } from '../../../../../../test/support/open-case-factory.js';

/** VIS-4: the supervisor sees the month's visit compliance for the unit, per worker, with the children missed. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h?.close());

const unitId = (code: string) =>
  h.database.asOwner(async (owner) => (await owner.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id as string);

/**
 * The Torres children in care since 15 August 2026 (so August is not a full month). Maya is seen at
 * her placement in September and at school in October; Leo only at school in October; nobody in November.
 */
async function childrenInCare() {
  const family = await openCaseFast(h);
  await h.database.asOwner((owner) =>
    owner.updateTable('family_case').set({ kind: 'out_of_home', opened_at: '2026-08-15T12:00:00-04:00' }).where('id', '=', family.caseId).execute(),
  );
  const visit = async (day: string, location: string, leoSeen: boolean) => {
    const id = randomUUID();
    const planned = await family.caseworker.post(`/api/cases/${family.caseId}/visits`, { id, plannedFor: day, purpose: 'Monthly visit' });
    expect(planned.statusCode, planned.body).toBe(201);
    const recorded = await family.caseworker.put(`/api/visits/${id}/record`, {
      version: 1,
      occurredAt: `${day}T15:00:00-04:00`,
      location: { kind: location },
      people: [
        { personId: family.people.maya.id, seen: true, privateTimeMinutes: 15 },
        leoSeen ? { personId: family.people.leo.id, seen: true } : { personId: family.people.leo.id, seen: false, notSeenReason: 'At nursery' },
      ],
      safety: { newConcerns: false, childrenSafe: true },
      familyWords: 'Maya: “I like my room.”',
      nextSteps: 'Next month.',
      progress: [],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
  };
  await visit('2026-09-10', 'placement', false);
  await visit('2026-10-05', 'school', true);
  return family;
}

const query = (unit: string, rest = 'fromMonth=2026-08&toMonth=2026-11') => `/api/visit-compliance?unit=${unit}&${rest}`;

describe('visit compliance by calendar month (VIS-4)', () => {
  it('counts full months in care, visited months and visits in the residence, per worker, with the children missed each month; exports CSV', async () => {
    const family = await childrenInCare();
    const unit = await unitId('NORTH-ONG');
    const supervisor = await h.signIn('ong.supervisor');
    const answer = await supervisor.get(query(unit));
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json();
    expect(body.months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(body.totals).toMatchObject({
      children: 2,
      countedMonths: 6,
      visitedMonths: 3,
      visitsSeen: 3,
      residenceVisits: 1,
      monthlyVisits: { count: 3, of: 6, share: 0.5 },
      visitsInResidence: { count: 1, of: 3 },
    });
    expect(body.byMonth.map((m: { month: string; countedMonths: number; visitedMonths: number }) => [m.month, m.countedMonths, m.visitedMonths])).toEqual([
      ['2026-08', 0, 0],
      ['2026-09', 2, 1],
      ['2026-10', 2, 2],
      ['2026-11', 2, 0],
    ]);
    expect(body.workers).toEqual([
      expect.objectContaining({ name: 'Priya Natarajan', totals: expect.objectContaining({ countedMonths: 6, visitedMonths: 3 }) }),
    ]);
    expect(body.missed.map((m: { month: string; children: Array<{ name: string }> }) => [m.month, m.children.map((c) => c.name).sort()])).toEqual([
      ['2026-09', ['Leo Torres']],
      ['2026-10', []],
      ['2026-11', ['Leo Torres', 'Maya Torres']],
    ]);
    expect(body.missed[0].children[0]).toMatchObject({ caseId: family.caseId, caseNumber: family.caseNumber, workerName: 'Priya Natarajan' });
    expect(body.approximations.length).toBeGreaterThan(0);
    expect(body.units.map((u: { name: string }) => u.name)).toEqual(['North Ongoing Services Unit']);

    // The program manager over the North office sees its units together, and each on its own.
    const office = await (await h.signIn('manager')).get(query(await unitId('NORTH')));
    expect(office.statusCode, office.body).toBe(200);
    expect(office.json().totals).toMatchObject({ countedMonths: 6, visitedMonths: 3 });
    expect(office.json().units).toEqual([
      expect.objectContaining({ name: 'North Ongoing Services Unit', totals: expect.objectContaining({ countedMonths: 6 }) }),
    ]);

    const csv = await supervisor.get(query(unit).replace('/api/visit-compliance?', '/api/visit-compliance/export?'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('level,name,month,children,counted_months,visited_months,monthly_visit_share,visits_child_seen,visits_in_residence,residence_share');
    expect(lines).toContain('unit,North Ongoing Services Unit,2026-08..2026-11,2,6,3,0.5,3,1,0.3333333333333333');
    expect(lines).toContain('worker,Priya Natarajan,2026-09,2,2,1,0.5,1,1,1');
    const audit = await h.database.asOwner((owner) =>
      owner.selectFrom('audit_event').select(['action', 'person_ids']).where('action', 'like', 'visit_compliance.%').orderBy('seq').execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['visit_compliance.read', 'visit_compliance.read', 'visit_compliance.export']);
    expect([...audit[0]!.person_ids].sort()).toEqual([family.people.maya.id, family.people.leo.id].sort());
  });

  it('another office gets 404 for the unit (screen and export); QA, in scope but no supervisor, is refused; a bad period is a field error', async () => {
    const unit = await unitId('NORTH-ONG');
    for (const username of ['south.supervisor', 'south.investigator']) {
      const other = await h.signIn(username);
      expect((await other.get(query(unit))).statusCode).toBe(404);
      expect((await other.get(query(unit).replace('?', '/export?'))).statusCode).toBe(404);
    }
    const qa = await h.signIn('qa');
    const refused = await qa.get(query(unit));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reason).toBe('visit_compliance_forbidden');
    const supervisor = await h.signIn('ong.supervisor');
    const neither = await supervisor.get(`/api/visit-compliance?unit=${unit}`);
    expect(neither.statusCode).toBe(400);
    expect(neither.json().errors.map((e: { path: string }) => e.path)).toEqual(['fiscalYear']);
    const backwards = await supervisor.get(query(unit, 'fromMonth=2026-11&toMonth=2026-08'));
    expect(backwards.json().errors.map((e: { path: string }) => e.path)).toEqual(['toMonth']);
    const fiscal = await supervisor.get(query(unit, 'fiscalYear=2027'));
    expect(fiscal.statusCode, fiscal.body).toBe(200);
    expect(fiscal.json().months).toHaveLength(12);
    // Months not yet over are not required: nobody is missed in the month in progress or after it.
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(fiscal.json().missed.filter((m: { month: string }) => m.month >= thisMonth)).toEqual([]);
    const inHome = await supervisor.get(query(unit, 'caseType=in_home&fiscalYear=2027'));
    expect(inHome.statusCode, inHome.body).toBe(200);
    expect(inHome.json()).toMatchObject({ caseType: 'in_home', missed: [] });
    expect(inHome.json().approximations[0]).toContain('In-home cases');
  });
});
