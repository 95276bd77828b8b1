import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { lastDayOf } from '../../../../../domain/visits/calendar-months.js';
import {
  type ChildVisitHistory,
  missedChildrenByMonth,
  monthlyVisitCompliance,
  monthlyVisitStandard,
  monthsOfPeriod,
  type ReportingPeriod,
  residenceVisitStandard,
} from '../../../../../domain/visits/monthly-visit-compliance.js';
import type { DB } from '../../../../db/schema.js';
import { recordAudit } from '../../../../platform/audit.js';
import type { Config } from '../../../../platform/config.js';
import { notFound, Problem } from '../../../../platform/errors.js';
import { hasRole, type RequestContext } from '../../../../platform/request-context.js';
import { profileAt } from '../../../profile/profile.service.js';
import { householdOf } from '../household.js';
import { findSeenVisits } from '../visits.repo.js';
import { localDay } from '../visits.service.js';
import * as repo from './compliance.repo.js';
import type { ComplianceAnswer, ComplianceQuery } from './compliance.schema.js';

type Trx = Transaction<DB>;

const approximationsFor = (caseType: ComplianceQuery['caseType']) => [
  ...(caseType === 'out_of_home'
    ? [
        'Time in care is the out-of-home case’s open dates (opened to closed) until removal and placement records land: every child in the home on the case counts as in care for all of it.',
        'A visit counts as in the child’s residence when it was recorded at the placement; which placement it was is not checked until placements land.',
      ]
    : [
        'In-home cases are counted by the same calendar-month rule: each child in the home, one visit a month, from the case’s opening to its closing.',
        'A visit counts as in the residence when it was recorded at the family’s home.',
      ]),
  'Each case counts under its current primary caseworker, not the worker assigned in each month.',
  'Who is a child in the home is judged on the period’s last day (or today, if sooner).',
  'A month counts once it is over: the month in progress is on each case’s visit schedule, not here.',
];

/** One group of children: its totals over the period and month by month (each month is the domain function over that month). */
function breakdown(children: ChildVisitHistory[], period: ReportingPeriod) {
  const report = monthlyVisitCompliance(children, period);
  return {
    report,
    totals: report.totals,
    byMonth: report.months.map((month) => ({ month, ...monthlyVisitCompliance(children, { fromMonth: month, toMonth: month }).totals })),
  };
}

const pick = ({ totals, byMonth }: ReturnType<typeof breakdown>) => ({ totals, byMonth });

/**
 * VIS-4: the federal caseworker-visit measures for a unit the reader supervises or manages, by
 * calendar month and for the period, per worker and for the unit, with the children missed each
 * month. Counting is the pure domain function's; this only gathers each child's spells and visits.
 * A unit outside the reader's scope is a 404, as a case outside it would be.
 */
export async function readVisitCompliance(ctx: RequestContext, trx: Trx, config: Config, query: ComplianceQuery, exported = false): Promise<ComplianceAnswer> {
  const unit = ctx.scopeUnitIds.includes(query.unit) ? await repo.findUnit(trx, query.unit) : undefined;
  if (!unit) throw notFound('unit');
  if (!hasRole(ctx, 'supervisor', 'program_manager')) {
    throw new Problem('forbidden_action', 'Visit compliance is for supervisors and program managers.').because('visit_compliance_forbidden');
  }
  const period: ReportingPeriod = query.fiscalYear !== undefined ? { fiscalYear: query.fiscalYear } : { fromMonth: query.fromMonth!, toMonth: query.toMonth! };
  const months = monthsOfPeriod(period);
  const from = `${months[0]}-01`;
  const to = lastDayOf(months.at(-1)!);
  const now = new Date();
  const [profile, today] = [await profileAt(trx, config, now), await localDay(trx, config, now)];
  // An office or region is the units under it that the reader's scope covers.
  const unitIds = (await repo.findUnitsUnder(trx, unit.id)).filter((id) => ctx.scopeUnitIds.includes(id));
  const cases = unitIds.length === 0 ? [] : await repo.findCases(trx, { unitIds, kind: query.caseType, from, to, timeZone: profile.timeZone });
  const caseIds = cases.map((c) => c.id);
  const [people, seen] = await Promise.all([repo.findPeople(trx, caseIds), findSeenVisits(trx, caseIds)]);
  // ISO dates compare as text: the earlier of the period's end and today.
  const judgedOn = [to, today].sort()[0]!;
  // A month counts once it is over: a spell still open is taken to end yesterday, so the month in
  // progress (and any month ahead in the fiscal year) is not yet required — the schedule shows it.
  const yesterday = Temporal.PlainDate.from(today).subtract({ days: 1 }).toString();

  // One history per child per case: a child is visited on the case that carries them.
  const histories: Array<ChildVisitHistory & { personId: string; name: string; case: (typeof cases)[number] }> = cases.flatMap((c) =>
    householdOf(
      people.filter((p) => p.case_id === c.id),
      judgedOn,
    )
      .filter((m) => m.mustBeMarked)
      .map((m) => ({
        childId: `${c.id}:${m.personId}`,
        personId: m.personId,
        name: m.name,
        case: c,
        spells: [{ entryDate: c.opened_on, exitDate: c.closed_on ?? yesterday }],
        visits: seen
          .filter((v) => v.case_id === c.id && v.person_id === m.personId && v.occurred_on)
          .map((v) => ({
            date: v.occurred_on!,
            childSeen: true,
            location: v.location_kind ?? 'other',
            // The residence is where the child lives: the placement when in care, the family's home when not.
            inResidence: v.location_kind === (query.caseType === 'out_of_home' ? 'placement' : 'residence'),
          })),
      })),
  );

  const unitBreakdown = breakdown(histories, period);
  const workerIds = [...new Set(cases.map((c) => c.worker_id))];
  const workers = workerIds
    .map((userId) => {
      const theirs = histories.filter((h) => h.case.worker_id === userId);
      return { userId, name: cases.find((c) => c.worker_id === userId)?.worker_name ?? 'Unassigned', ...pick(breakdown(theirs, period)) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const units = [...new Set(cases.map((c) => c.org_unit_id))]
    .map((unitId) => ({
      unitId,
      name: cases.find((c) => c.org_unit_id === unitId)!.unit_name,
      ...pick(
        breakdown(
          histories.filter((h) => h.case.org_unit_id === unitId),
          period,
        ),
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const byChildId = new Map(histories.map((h) => [h.childId, h]));
  const missed = missedChildrenByMonth(unitBreakdown.report).map((m) => ({
    month: m.month,
    required: m.required,
    children: m.missedChildIds.map((id) => {
      const h = byChildId.get(id)!;
      return { personId: h.personId, name: h.name, caseId: h.case.id, caseNumber: h.case.number, workerName: h.case.worker_name };
    }),
  }));

  await recordAudit(trx, ctx, [
    {
      action: exported ? 'visit_compliance.export' : 'visit_compliance.read',
      recordType: 'case',
      personIds: [...new Set(missed.flatMap((m) => m.children.map((c) => c.personId)))],
      details: { unitId: unit.id, unitIds, caseType: query.caseType, from: months[0], to: months.at(-1), caseIds },
    },
  ]);
  return {
    unit,
    caseType: query.caseType,
    months,
    standards: { monthlyVisits: monthlyVisitStandard, visitsInResidence: residenceVisitStandard },
    totals: unitBreakdown.totals,
    byMonth: unitBreakdown.byMonth,
    units,
    workers,
    missed,
    approximations: approximationsFor(query.caseType),
  };
}
