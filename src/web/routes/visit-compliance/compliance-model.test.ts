import { describe, expect, it } from 'vitest';
import type { ComplianceMonth, VisitCompliance } from '../../api/visits';
import {
  chartPoints,
  complianceFilters,
  fiscalYearOf,
  meetsStandard,
  missedMonths,
  monthLabel,
  parseComplianceSearch,
  percent,
  rangeProblem,
} from './compliance-model';

const share = (count: number, of: number) => ({ count, of, share: of > 0 ? count / of : null });
const month = (m: string, visited: [number, number], residence: [number, number]) =>
  ({ month: m, monthlyVisits: share(...visited), visitsInResidence: share(...residence) }) as ComplianceMonth;
const unit = '0b0f1c2e-1111-4222-8333-444455556666';

describe('visit compliance (VIS-4)', () => {
  it('reads the URL: a range of months wins over a year, malformed values are dropped', () => {
    expect(parseComplianceSearch({ unit, caseType: 'in_home', fiscalYear: '2027' })).toEqual({ unit, caseType: 'in_home', fiscalYear: 2027 });
    expect(parseComplianceSearch({ unit: 'x', fiscalYear: 2027, fromMonth: '2026-08', toMonth: '2026-13' })).toEqual({
      unit: undefined,
      caseType: undefined,
      fromMonth: '2026-08',
      toMonth: undefined,
    });
  });

  it('asks for the reader’s own unit and this federal fiscal year by default', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
    expect(fiscalYearOf('2026-10-01')).toBe(2027);
    expect(complianceFilters({}, unit, '2026-12-04')).toEqual({ unit, caseType: 'out_of_home', fiscalYear: 2027 });
    expect(complianceFilters({ fromMonth: '2026-08', toMonth: '2026-11' }, unit, '2026-12-04')).toEqual({
      unit,
      caseType: 'out_of_home',
      fromMonth: '2026-08',
      toMonth: '2026-11',
    });
  });

  it('says what is wrong with a range before asking', () => {
    expect(rangeProblem({ fromMonth: '2026-08' })).toBe('visitCompliance.rangeIncomplete');
    expect(rangeProblem({ fromMonth: '2026-08', toMonth: '2026-07' })).toBe('visitCompliance.rangeBackwards');
    expect(rangeProblem({ fromMonth: '2024-01', toMonth: '2027-01' })).toBe('visitCompliance.rangeTooLong');
    expect(rangeProblem({ fromMonth: '2024-01', toMonth: '2026-12' })).toBeNull();
    expect(rangeProblem({ fiscalYear: 2027 })).toBeNull();
  });

  it('never rounds a share up past its standard', () => {
    expect(percent(share(949, 1000))).toBe(94.9);
    expect(percent({ count: 18, of: 19, share: 18 / 19 })).toBe(94.7);
    expect(percent(share(0, 0))).toBeNull();
    expect(meetsStandard(share(19, 20), 0.95, 'monthlyVisits')).toBe(true);
    expect(meetsStandard(share(5, 10), 0.5, 'visitsInResidence')).toBe(false);
    expect(meetsStandard(share(6, 10), 0.5, 'visitsInResidence')).toBe(true);
    expect(meetsStandard(share(0, 0), 0.5, 'visitsInResidence')).toBeNull();
  });

  it('charts both measures per month, leaving a gap where nothing was counted', () => {
    expect(chartPoints([month('2026-10', [9, 10], [6, 9]), month('2026-11', [0, 0], [0, 0])])).toEqual([
      { month: '2026-10', measure: 'monthlyVisits', percent: 90 },
      { month: '2026-10', measure: 'visitsInResidence', percent: 66.6 },
    ]);
  });

  it('drills down to the months with children missed, latest first', () => {
    const child = { personId: 'p', name: 'Ana', caseId: 'c', caseNumber: 'C-1', workerName: null };
    const missed: VisitCompliance['missed'] = [
      { month: '2026-10', required: 1, children: [child] },
      { month: '2026-11', required: 1, children: [] },
      { month: '2026-12', required: 1, children: [child] },
    ];
    expect(missedMonths(missed).map((m) => m.month)).toEqual(['2026-12', '2026-10']);
  });
});

describe('month labels', () => {
  it('names the month in the reader’s language', () => {
    expect(monthLabel('2026-10', 'en-US')).toBe('Oct 2026');
    expect(monthLabel('2026-01', 'es-US')).toMatch(/ene/i);
  });
});
