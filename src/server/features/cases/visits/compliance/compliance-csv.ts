import type { ComplianceAnswer } from './compliance.schema.js';
import { type CsvValue, toCsv } from './csv.js';

const header = [
  'level',
  'name',
  'month',
  'children',
  'counted_months',
  'visited_months',
  'monthly_visit_share',
  'visits_child_seen',
  'visits_in_residence',
  'residence_share',
];

type Totals = ComplianceAnswer['totals'];
const cells = (t: Totals): CsvValue[] => [
  t.children,
  t.countedMonths,
  t.visitedMonths,
  t.monthlyVisits.share,
  t.visitsSeen,
  t.residenceVisits,
  t.visitsInResidence.share,
];

/**
 * VIS-4 export: one row per month and one for the whole period — for an office or region chosen, then
 * each unit, then each worker.
 * Shares are unrounded fractions (0.946 must not read as 95 %); an empty share means nothing to
 * count. The drill-down's names stay on screen: the export is the measures only.
 */
export function complianceCsv(answer: ComplianceAnswer): string {
  const period = `${answer.months[0]}..${answer.months.at(-1)}`;
  const rowsOf = (level: string, name: string, b: { totals: Totals; byMonth: Array<Totals & { month: string }> }) => [
    ...b.byMonth.map((m) => [level, name, m.month, ...cells(m)]),
    [level, name, period, ...cells(b.totals)],
  ];
  const total = answer.units.length === 1 && answer.units[0]!.unitId === answer.unit.id ? [] : rowsOf('total', answer.unit.name, answer);
  return toCsv(header, [...total, ...answer.units.flatMap((u) => rowsOf('unit', u.name, u)), ...answer.workers.flatMap((w) => rowsOf('worker', w.name, w))]);
}
