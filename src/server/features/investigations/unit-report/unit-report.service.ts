import type { Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { type ClockOutcome, timelinessOf } from '../../../../domain/investigation/timeliness.js';
import { localDateOf } from '../../../../domain/time/agency-calendar.js';
import { calendarOf } from '../../../../domain/work/plan.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { Problem } from '../../../platform/errors.js';
import { hasRole, type RequestContext } from '../../../platform/request-context.js';
import { profileAt } from '../../profile/profile.service.js';
import * as repo from './unit-report.repo.js';

type Trx = Transaction<DB>;

/** Safety plans whose next review falls within this many days (or has passed) need attention. */
const reviewWindowDays = 7;

type Clock = Awaited<ReturnType<typeof repo.findClocks>>[number];
type Plan = Awaited<ReturnType<typeof repo.findActiveSafetyPlans>>[number];

const asOutcome = (c: Clock): ClockOutcome => ({ dueAt: c.due_at, status: c.status, closedAt: c.closed_at });

function measures(investigationIds: Set<string>, clocks: Clock[], plans: Plan[], reviewBy: string, now: Date) {
  const mine = clocks.filter((c) => investigationIds.has(c.subject_id));
  const active = plans.filter((p) => investigationIds.has(p.investigation_id));
  return {
    responseMet: timelinessOf(mine.filter((c) => c.rule_key === 'first_face_to_face').map(asOutcome), now),
    assessmentsOnTime: timelinessOf(mine.filter((c) => c.rule_key === 'initial_assessment').map(asOutcome), now),
    safetyPlansActive: active.length,
    safetyPlansDueForReview: active.filter((p) => p.next_review_on !== null && p.next_review_on <= reviewBy).length,
  };
}

/**
 * SUP-1: how the supervisor's investigation units are meeting their clocks — first face-to-face
 * contacts within the response time, assessments completed on time, safety plans active and due
 * for review — per unit and per investigator, with every investigation's clock state.
 */
export async function readUnitReport(ctx: RequestContext, trx: Trx, config: Config, range: { from?: string | undefined; to?: string | undefined }) {
  if (!hasRole(ctx, 'supervisor', 'program_manager'))
    throw new Problem('forbidden_action', 'The unit report is for supervisors and program managers.').because('unit_report_forbidden');
  const now = new Date();
  const profile = await profileAt(trx, config, now);
  const reviewBy = Temporal.PlainDate.from(localDateOf(calendarOf(profile), now))
    .add({ days: reviewWindowDays })
    .toString();
  const units = await repo.findInvestigationUnits(trx, ctx.scopeUnitIds);
  const investigations = await repo.findUnitInvestigations(
    trx,
    units.map((u) => u.id),
    { ...range, timeZone: profile.timeZone },
  );
  const ids = investigations.map((i) => i.id);
  const [clocks, plans] = await Promise.all([repo.findClocks(trx, ids), repo.findActiveSafetyPlans(trx, ids)]);
  await recordAudit(trx, ctx, [
    {
      action: 'investigation.list',
      recordType: 'investigation',
      details: { list: 'unit_report', from: range.from ?? null, to: range.to ?? null, investigationIds: ids },
    },
  ]);

  const unitRows = units.map((unit) => {
    const inUnit = investigations.filter((i) => i.org_unit_id === unit.id);
    const byInvestigator = new Map<string, { name: string; ids: Set<string> }>();
    for (const i of inUnit) {
      if (!i.investigator_id) continue;
      const entry = byInvestigator.get(i.investigator_id) ?? { name: i.investigator_name ?? '', ids: new Set<string>() };
      entry.ids.add(i.id);
      byInvestigator.set(i.investigator_id, entry);
    }
    return {
      unitId: unit.id,
      unitName: unit.name,
      ...measures(new Set(inUnit.map((i) => i.id)), clocks, plans, reviewBy, now),
      investigators: [...byInvestigator.entries()]
        .sort(([, a], [, b]) => a.name.localeCompare(b.name))
        .map(([userId, { name, ids: theirs }]) => ({ userId, name, ...measures(theirs, clocks, plans, reviewBy, now) })),
    };
  });

  const rows = investigations.map((i) => {
    const own = clocks.filter((c) => c.subject_id === i.id);
    const completion = own
      .filter((c) => c.rule_key === 'initial_assessment' && c.status !== 'cancelled')
      .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'))[0];
    const overdue = i.status === 'open' && own.some((c) => c.status === 'open' && c.due_at !== null && c.due_at.getTime() < now.getTime());
    return {
      id: i.id,
      number: i.number,
      investigatorName: i.investigator_name,
      responseDueAt: i.response_due_at,
      firstContactAt: i.first_contact_at ?? null,
      completionDueAt: completion?.due_at ?? null,
      status: i.status,
      overdue,
    };
  });
  // Overdue first, then the rest of the open ones, then closed; soonest response first within each.
  const rank = (r: (typeof rows)[number]) => (r.overdue ? 0 : r.status === 'open' ? 1 : 2);
  rows.sort((a, b) => rank(a) - rank(b) || (a.responseDueAt?.getTime() ?? Infinity) - (b.responseDueAt?.getTime() ?? Infinity));
  return { units: unitRows, investigations: rows };
}
