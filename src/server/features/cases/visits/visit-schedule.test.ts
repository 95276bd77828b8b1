import { describe, expect, it } from 'vitest';
import { federalVisitStandards } from '../../../../profiles/federal.js';
import { standardFor, visitsDue } from './visit-schedule.js';

/** VIS-1: the profile's standard for a case, and what is due per child this period. */
describe('which visit standard applies (VIS-1)', () => {
  it('out of home is monthly whatever the risk, even before the risk level is known; in home is the agency’s to set', () => {
    expect(standardFor(federalVisitStandards, 'out_of_home', null)).toMatchObject({ kind: 'set', frequency: { visits: 1, per: 'month' } });
    expect(standardFor(federalVisitStandards, 'out_of_home', 'high')).toMatchObject({ kind: 'set' });
    expect(standardFor(federalVisitStandards, 'in_home', 'high')).toMatchObject({ kind: 'agency_to_set' });
  });

  it('in-home rows that differ by risk wait for the risk level', () => {
    const standards = [
      { caseType: 'in_home' as const, riskLevels: ['low' as const], frequency: { value: { visits: 1, per: 'month' as const }, source: 'policy 1' } },
      { caseType: 'in_home' as const, riskLevels: ['high' as const], frequency: { value: { visits: 1, per: 'week' as const }, source: 'policy 2' } },
    ];
    expect(standardFor(standards, 'in_home', null)).toEqual({ kind: 'risk_unknown' });
    expect(standardFor(standards, 'in_home', 'high')).toEqual({ kind: 'set', frequency: { visits: 1, per: 'week' }, source: 'policy 2' });
    expect(standardFor(standards, 'in_home', 'moderate')).toEqual({ kind: 'none' });
  });
});

describe('what is due this period (VIS-1)', () => {
  const monthly = { visits: 1, per: 'month' as const };

  it('a child seen this month is met; one not seen is due by the month’s end; missing last month too makes it overdue', () => {
    const due = visitsDue(monthly, '2026-12-04', '2026-09-15', [
      { personId: 'maya', seenOn: ['2026-11-20', '2026-12-02'] },
      { personId: 'leo', seenOn: ['2026-11-20'] },
      { personId: 'ana', seenOn: ['2026-10-03'] },
    ]);
    expect(due.map((d) => [d.personId, d.status, d.dueBy, d.lastSeenOn])).toEqual([
      ['maya', 'met', '2026-12-31', '2026-12-02'],
      ['leo', 'due', '2026-12-31', '2026-11-20'],
      ['ana', 'overdue', '2026-12-31', '2026-10-03'],
    ]);
  });

  it('a case opened in the middle of last month owes nothing for it', () => {
    const [due] = visitsDue(monthly, '2026-12-04', '2026-11-10', [{ personId: 'maya', seenOn: [] }]);
    expect(due).toMatchObject({ status: 'due', remaining: 1, lastSeenOn: null });
  });

  it('weekly visits run Monday to Sunday', () => {
    const [due] = visitsDue({ visits: 2, per: 'week' }, '2026-12-04', '2026-01-01', [{ personId: 'leo', seenOn: ['2026-11-30'] }]);
    expect(due).toMatchObject({ periodStart: '2026-11-30', dueBy: '2026-12-06', seen: 1, remaining: 1, status: 'overdue' });
  });
});
