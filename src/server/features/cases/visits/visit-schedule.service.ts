import type { Transaction } from 'kysely';
import { riskLevels } from '../../../../profiles/profile-schema.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { assessmentOutcomes } from '../../investigations/assessments/assessment-outcomes.js';
import { profileAt } from '../../profile/profile.service.js';
import { loadCase } from '../cases.service.js';
import { findMembers } from '../network/network.repo.js';
import { householdOf } from './household.js';
import { standardFor, visitsDue } from './visit-schedule.js';
import * as repo from './visits.repo.js';
import { localDay } from './visits.service.js';

type Trx = Transaction<DB>;

/**
 * VIS-1: the profile's visit standard for the case (by case type and the investigation's final
 * risk level) and, when the profile sets one, what is due for each child in the home this period
 * and whether it is overdue. Where the profile leaves in-home frequency to the agency, the children
 * are listed with their last visit and nothing is called due: Hearth does not invent a standard.
 */
export async function readVisitSchedule(ctx: RequestContext, trx: Trx, config: Config, caseId: string) {
  const { row } = await loadCase(ctx, trx, caseId);
  const now = new Date();
  const [profile, today, openedOn, members, seen, visits, outcomes] = await Promise.all([
    profileAt(trx, config, now),
    localDay(trx, config, now),
    localDay(trx, config, new Date(row.opened_at)),
    findMembers(trx, caseId),
    repo.findSeenVisits(trx, [caseId]),
    repo.findVisits(trx, caseId),
    row.investigation_id ? assessmentOutcomes(trx, row.investigation_id) : Promise.resolve(null),
  ]);
  // Only the profile's own levels name a standard; anything else is treated as not yet known.
  const riskLevel = riskLevels.find((level) => level === outcomes?.riskLevel) ?? null;
  const standard = standardFor(profile.visitStandards, row.kind, riskLevel);
  const children = householdOf(members, today).filter((m) => m.mustBeMarked);
  const seenOn = (personId: string) => seen.filter((s) => s.person_id === personId && s.occurred_on).map((s) => s.occurred_on!);
  const due =
    standard.kind === 'set'
      ? visitsDue(
          standard.frequency,
          today,
          openedOn,
          children.map((c) => ({ personId: c.personId, seenOn: seenOn(c.personId) })),
        )
      : null;
  await recordAudit(trx, ctx, [
    { action: 'case_visit.schedule', recordType: 'case', recordId: caseId, personIds: children.map((c) => c.personId), details: { standard: standard.kind } },
  ]);
  return {
    caseType: row.kind,
    riskLevel,
    standard: {
      kind: standard.kind,
      visits: standard.kind === 'set' ? standard.frequency.visits : null,
      per: standard.kind === 'set' ? standard.frequency.per : null,
      inResidenceShare: standard.kind === 'set' ? (standard.frequency.inResidenceShare ?? null) : null,
      source: standard.kind === 'set' ? standard.source : null,
      note: standard.kind === 'agency_to_set' ? standard.note : null,
    },
    today,
    children: children.map((c) => {
      const d = due?.find((x) => x.personId === c.personId);
      const past = seenOn(c.personId).filter((x) => x <= today);
      return {
        personId: c.personId,
        name: c.name,
        lastSeenOn: past.at(-1) ?? null,
        due: d ? { periodStart: d.periodStart, dueBy: d.dueBy, required: d.required, seen: d.seen, remaining: d.remaining, status: d.status } : null,
      };
    }),
    nextPlanned: visits
      .filter((v) => v.status === 'planned')
      .map((v) => ({ id: v.id, plannedFor: v.planned_for, purpose: v.purpose }))
      .reverse(),
  };
}
