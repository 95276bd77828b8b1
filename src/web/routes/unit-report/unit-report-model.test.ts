import { describe, expect, it } from 'vitest';
import type { UnitReportInvestigation } from '../../api/unit-report';
import { describeMeasure, overdueFirst, parseUnitReportSearch, rangeProblem, responseOutcome } from './unit-report-model';

const item = (number: string, overdue: boolean, completionDueAt: string | null): UnitReportInvestigation => ({
  id: number,
  number,
  investigatorName: 'Ivy Chen',
  responseDueAt: null,
  firstContactAt: null,
  completionDueAt,
  status: 'open',
  overdue,
});

describe('unit report (SUP-1)', () => {
  it('reads a date range from the URL and drops anything that is not a date', () => {
    expect(parseUnitReportSearch({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(parseUnitReportSearch({ from: 'yesterday', to: 20261130 })).toEqual({ from: undefined, to: undefined });
  });

  it('refuses a range that ends before it starts', () => {
    expect(rangeProblem({ from: '2026-11-30', to: '2026-11-01' })).toBe('unitReport.rangeBackwards');
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-01' })).toBeNull();
    expect(rangeProblem({ to: '2026-11-01' })).toBeNull();
  });

  it('says how many of how many met the standard, and when nothing fell due', () => {
    expect(describeMeasure({ met: 8, due: 10, pct: 80 })).toEqual({ kind: 'share', met: 8, due: 10, pct: 80 });
    expect(describeMeasure({ met: 2, due: 3, pct: null })).toEqual({ kind: 'share', met: 2, due: 3, pct: 67 });
    expect(describeMeasure({ met: 0, due: 0, pct: null })).toEqual({ kind: 'none' });
  });

  it('lists overdue investigations first, then open, then closed, keeping the server order within each', () => {
    const closed = { ...item('I-0', false, null), status: 'closed' as const };
    const sorted = overdueFirst([
      closed,
      item('I-3', false, '2026-11-25T00:00:00Z'),
      item('I-1', true, '2026-11-30T00:00:00Z'),
      item('I-2', false, '2026-11-23T00:00:00Z'),
    ]);
    expect(sorted.map((i) => i.number)).toEqual(['I-1', 'I-3', 'I-2', 'I-0']);
  });
});

describe('response time per investigation (SUP-1, INV-1)', () => {
  it('says whether the first contact met the response time', () => {
    const due = '2026-11-22T15:00:00Z';
    expect(responseOutcome({ responseDueAt: due, firstContactAt: '2026-11-22T14:59:00Z' })).toBe('met');
    expect(responseOutcome({ responseDueAt: due, firstContactAt: '2026-11-22T15:01:00Z' })).toBe('missed');
    expect(responseOutcome({ responseDueAt: due, firstContactAt: null })).toBe('pending');
    expect(responseOutcome({ responseDueAt: due, firstContactAt: null, status: 'open' })).toBe('pending');
    // INV-1: closed without the child ever seen is a miss, not a clock that quietly stopped.
    expect(responseOutcome({ responseDueAt: due, firstContactAt: null, status: 'closed' })).toBe('never_seen');
  });
});
