import { z } from 'zod';
import { uuidOut } from '../../../../platform/response-parts.js';

// --- VIS-4: the federal caseworker-visit measures by calendar month, for a unit ---

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03');
const MAX_MONTHS = 36;
const monthNumber = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

/**
 * A unit (or an office or region: the units under it) and a period: a federal fiscal year, or a run of months (at most three years). In-home
 * cases get the same monthly view under the profile's standard (`caseType=in_home`).
 */
export const complianceQuery = z
  .object({
    unit: z.uuid('Choose a unit'),
    caseType: z.enum(['out_of_home', 'in_home']).default('out_of_home'),
    fiscalYear: z.coerce
      .number('Use a year like 2026')
      .int('Use a year like 2026')
      .min(2000, 'Use a year like 2026')
      .max(2200, 'Use a year like 2026')
      .optional(),
    fromMonth: yearMonth.optional(),
    toMonth: yearMonth.optional(),
  })
  .superRefine((q, ctx) => {
    const months = q.fromMonth !== undefined || q.toMonth !== undefined;
    if (q.fiscalYear === undefined && !months) {
      ctx.addIssue({ code: 'custom', path: ['fiscalYear'], message: 'Choose a fiscal year or a range of months', params: { reason: 'required' } });
    } else if (q.fiscalYear !== undefined && months) {
      ctx.addIssue({ code: 'custom', path: ['fromMonth'], message: 'Choose a fiscal year or a range of months, not both', params: { reason: 'not_expected' } });
    } else if (months) {
      if (!q.fromMonth || !q.toMonth) {
        ctx.addIssue({ code: 'custom', path: [q.fromMonth ? 'toMonth' : 'fromMonth'], message: 'Give both ends of the range', params: { reason: 'required' } });
      } else if (q.toMonth < q.fromMonth) {
        ctx.addIssue({ code: 'custom', path: ['toMonth'], message: 'The range ends after it starts', params: { reason: 'before_start' } });
      } else if (monthNumber(q.toMonth) - monthNumber(q.fromMonth) >= MAX_MONTHS) {
        ctx.addIssue({ code: 'custom', path: ['toMonth'], message: `At most ${MAX_MONTHS} months`, params: { reason: 'too_long' } });
      }
    }
  });
export type ComplianceQuery = z.infer<typeof complianceQuery>;

const share = z.object({ count: z.number().int(), of: z.number().int(), share: z.number().nullable() });
const measures = z.object({
  children: z.number().int(),
  countedMonths: z.number().int(),
  visitedMonths: z.number().int(),
  visitsSeen: z.number().int(),
  residenceVisits: z.number().int(),
  /** (a) visited months ÷ months in care; the federal standard is 95 %. */
  monthlyVisits: share,
  /** (b) visits in the residence ÷ visits with the child seen; the federal standard is a majority. */
  visitsInResidence: share,
});
const monthMeasures = measures.extend({ month: z.string() });
const breakdown = z.object({ totals: measures, byMonth: z.array(monthMeasures) });

export const complianceAnswer = z.object({
  unit: z.object({ id: uuidOut, name: z.string() }),
  caseType: z.enum(['out_of_home', 'in_home']),
  months: z.array(z.string()),
  standards: z.object({ monthlyVisits: z.number(), visitsInResidence: z.number() }),
  ...breakdown.shape,
  /** The units counted: the one chosen, or those under an office or region chosen. */
  units: z.array(breakdown.extend({ unitId: uuidOut, name: z.string() })),
  workers: z.array(breakdown.extend({ userId: uuidOut.nullable(), name: z.string() })),
  missed: z.array(
    z.object({
      month: z.string(),
      required: z.number().int(),
      children: z.array(z.object({ personId: uuidOut, name: z.string(), caseId: uuidOut, caseNumber: z.string(), workerName: z.string().nullable() })),
    }),
  ),
  /** What the numbers assume until the placement records land (said, not hidden). */
  approximations: z.array(z.string()),
});
export type ComplianceAnswer = z.infer<typeof complianceAnswer>;
