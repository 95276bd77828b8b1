import { queryOptions } from '@tanstack/react-query';
import type { unitReportAnswer } from '../../server/features/investigations/investigations.schema';
import { http } from './client';
import type { Answer } from './contract';

/** SUP-1: the supervisor's unit report (GET /api/investigations/unit-report). */

export type UnitReport = Answer<typeof unitReportAnswer>;
export type UnitMeasures = UnitReport['units'][number];
export type InvestigatorMeasures = UnitMeasures['investigators'][number];
/** What is measured for a unit and for each investigator in it. */
export type WorkerMeasures = Omit<InvestigatorMeasures, 'userId' | 'name'>;
/** Met of due, a whole percent or null when nothing fell due; `endedUnmet` counts clocks that ended without their work done (INV-1). */
export type Measure = WorkerMeasures['responseMet'];
export type UnitReportInvestigation = UnitReport['investigations'][number];

export interface UnitReportRange {
  from?: string;
  to?: string;
}

export const fetchUnitReport = (range: UnitReportRange) => http.get<UnitReport>('/api/investigations/unit-report', { from: range.from, to: range.to });

export const unitReportQuery = (range: UnitReportRange) =>
  queryOptions({ queryKey: ['unit-report', range.from ?? '', range.to ?? ''], queryFn: () => fetchUnitReport(range) });
