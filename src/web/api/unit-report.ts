import { queryOptions } from '@tanstack/react-query';
import { http } from './client';

/** SUP-1: the supervisor's unit report (GET /api/investigations/unit-report). */

export interface Measure {
  met: number;
  due: number;
  /** Whole percent, or null when nothing fell due in the range. */
  pct: number | null;
  /** Clocks that ended without their work done: for the response time, children never seen (INV-1). */
  endedUnmet?: number;
}

export interface WorkerMeasures {
  responseMet: Measure;
  assessmentsOnTime: Measure;
  safetyPlansActive: number;
  safetyPlansDueForReview: number;
}

export interface InvestigatorMeasures extends WorkerMeasures {
  userId: string;
  name: string;
}

export interface UnitMeasures extends WorkerMeasures {
  unitId: string;
  unitName: string;
  investigators: InvestigatorMeasures[];
}

export interface UnitReportInvestigation {
  id: string;
  number: string;
  investigatorName: string | null;
  responseDueAt: string | null;
  firstContactAt: string | null;
  completionDueAt: string | null;
  status: string;
  overdue: boolean;
}

export interface UnitReport {
  units: UnitMeasures[];
  investigations: UnitReportInvestigation[];
}

export interface UnitReportRange {
  from?: string;
  to?: string;
}

export const fetchUnitReport = (range: UnitReportRange) => http.get<UnitReport>('/api/investigations/unit-report', { from: range.from, to: range.to });

export const unitReportQuery = (range: UnitReportRange) => queryOptions({ queryKey: ['unit-report', range.from ?? '', range.to ?? ''], queryFn: () => fetchUnitReport(range) });
