import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localDateOf } from '../../../../domain/time/agency-calendar.js';
import type { DB, VisitTopic } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, type FieldProblem, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { profileAt } from '../../profile/profile.service.js';
import { recordEvent } from '../../work/work.engine.js';
import { loadCase } from '../cases.service.js';
import { findMembers } from '../network/network.repo.js';
import { loadCaseForWork } from '../team/team.service.js';
import { householdOf } from './household.js';
import * as repo from './visits.repo.js';
import type { PlanVisitInput, RecordVisitInput, UpdateVisitPlanInput } from './visits.schema.js';

type Trx = Transaction<DB>;

export const invalid = (detail: string, errors: FieldProblem[]) => new Problem('validation', detail, errors);

/** The agency-local day a moment falls on, in the profile's time zone. */
export async function localDay(trx: Trx, config: Config, at: Date) {
  const profile = await profileAt(trx, config, at);
  return localDateOf({ timeZone: profile.timeZone, holidays: [] }, at);
}

/** VIS-2, VIS-3: the case's visits, newest first. */
export async function listVisits(ctx: RequestContext, trx: Trx, caseId: string) {
  const { abilities, row } = await loadCase(ctx, trx, caseId);
  const rows = await repo.findVisits(trx, caseId);
  await recordAudit(trx, ctx, [{ action: 'case_visit.list', recordType: 'case', recordId: caseId, details: { visitIds: rows.map((v) => v.id) } }]);
  return {
    items: rows.map((v) => ({
      id: v.id,
      status: v.status,
      plannedFor: v.planned_for,
      occurredAt: v.occurred_at,
      purpose: v.purpose,
      locationKind: v.location_kind,
      childrenSeen: v.children_seen,
      childrenNotSeen: v.children_not_seen,
    })),
    abilities: { plan: abilities.work && row.status === 'open' },
  };
}

/**
 * Topics that name a team follow-up must name an open one on this case (or one the visit already
 * had). Objective ids are kept as sent: the case-plan tables are not in the database yet, so they
 * cannot be checked here — the plan's own checks will take this over when it lands.
 */
export async function checkTopics(trx: Trx, caseId: string, topics: readonly VisitTopic[], earlier: readonly VisitTopic[] = []) {
  const open = await repo.findOpenFollowUpIds(trx, caseId);
  for (const t of earlier) if (t.kind === 'follow_up' && t.refId) open.add(t.refId);
  const wrong = topics.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === 'follow_up' && !open.has(t.refId ?? ''));
  if (wrong.length > 0) {
    throw invalid(
      'A follow-up named is not an open follow-up of this case.',
      wrong.map(({ i }) => ({ path: `topics.${i}.refId`, message: 'Choose an open follow-up from the family team meetings', code: 'not_on_case' })),
    );
  }
}

/** Plans a visit from the plan's objectives, open follow-ups and the worker's own topics (VIS-2). */
export async function planVisit(ctx: RequestContext, trx: Trx, config: Config, caseId: string, input: PlanVisitInput) {
  const { row } = await loadCaseForWork(ctx, trx, caseId, 'visits');
  const openedOn = await localDay(trx, config, new Date(row.opened_at));
  if (input.plannedFor < openedOn) {
    throw invalid('A visit cannot be planned before the case opened.', [
      { path: 'plannedFor', message: `The case opened on ${openedOn}; choose that day or later`, code: 'before_case_opened' },
    ]).because('visit_before_case_opened', { openedOn });
  }
  const topics = input.topics.map(repo.asTopic);
  // A retry (or the second of two taps sent at once: the insert waits for the first) answers the visit it made.
  if (!(await repo.insertVisit(trx, caseId, input, ctx.userId))) {
    const existing = await repo.findVisit(trx, input.id);
    if (!existing || existing.case_id !== caseId) throw idTaken();
    return { created: false, visit: await readVisit(ctx, trx, config, input.id) };
  }
  await checkTopics(trx, caseId, topics);
  await recordAudit(trx, ctx, [
    { action: 'case_visit.plan', recordType: 'case', recordId: caseId, details: { visitId: input.id, plannedFor: input.plannedFor, topics: topics.length } },
  ]);
  return { created: true, visit: await readVisit(ctx, trx, config, input.id) };
}

async function loadVisit(ctx: RequestContext, trx: Trx, visitId: string) {
  const visit = await repo.findVisit(trx, visitId);
  if (!visit) throw notFound('visit');
  return { visit, ...(await loadCase(ctx, trx, visit.case_id)) };
}

/** One visit: its plan, its record and who the record must cover. */
export async function readVisit(ctx: RequestContext, trx: Trx, config: Config, visitId: string, audit = true) {
  const { visit, row, abilities } = await loadVisit(ctx, trx, visitId);
  const [people, progress, members] = await Promise.all([repo.findVisitPeople(trx, visitId), repo.findProgress(trx, visitId), findMembers(trx, visit.case_id)]);
  // Who was a child in the home is judged on the day of the visit once it happened.
  const household = householdOf(members, visit.occurred_on ?? (await localDay(trx, config, new Date())));
  if (audit) {
    await recordAudit(trx, ctx, [
      { action: 'case_visit.read', recordType: 'case', recordId: visit.case_id, personIds: people.map((p) => p.person_id), details: { visitId } },
    ]);
  }
  const recorded = visit.status === 'recorded';
  return {
    id: visit.id,
    caseId: visit.case_id,
    caseNumber: row.number,
    status: visit.status,
    plannedFor: visit.planned_for,
    purpose: visit.purpose,
    topics: visit.topics,
    occurredAt: visit.occurred_at,
    occurredOn: visit.occurred_on,
    location: visit.location_kind ? { kind: visit.location_kind, note: visit.location_note } : null,
    safety: recorded ? { newConcerns: visit.safety_new_concerns ?? false, childrenSafe: visit.safety_children_safe ?? false, note: visit.safety_note } : null,
    familyWords: visit.family_words,
    nextSteps: visit.next_steps,
    nextVisitOn: visit.next_visit_on,
    cancelledReason: visit.cancelled_reason,
    version: visit.version,
    people: people.map((p) => ({
      personId: p.person_id,
      name: p.name,
      role: p.role,
      seen: p.seen,
      notSeenReason: p.not_seen_reason,
      privateTimeMinutes: p.private_time_minutes,
    })),
    progress: progress.map((p) => ({
      id: p.id,
      objectiveId: p.objective_id,
      objectiveText: p.objective_text,
      note: p.note,
      givenBy: { kind: p.given_by_kind, personId: p.given_by_person_id, name: p.given_by_name },
    })),
    household: household.filter((m) => m.mustBeMarked || m.role === 'parent').map(({ personId, name, role }) => ({ personId, name, role })),
    createdByName: visit.created_by_name,
    recordedByName: visit.recorded_by_name,
    abilities: { edit: abilities.work && row.status === 'open' && visit.status !== 'cancelled' },
  };
}

export async function loadVisitForWork(ctx: RequestContext, trx: Trx, visitId: string) {
  const loaded = await loadVisit(ctx, trx, visitId);
  const work = await loadCaseForWork(ctx, trx, loaded.visit.case_id, 'visits');
  if (loaded.visit.status === 'cancelled') throw new Problem('conflict', 'The visit was cancelled.').because('visit_cancelled');
  return { ...loaded, row: work.row };
}

/** What a record said, to know a resent one from a different one. */
export const digestOf = (input: RecordVisitInput) => {
  const { version: _read, ...content } = input;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
};

/** Reschedules a planned visit or changes its purpose or topics; a recorded one is corrected by its record. Stale → 409. */
export async function updateVisitPlan(ctx: RequestContext, trx: Trx, config: Config, visitId: string, input: UpdateVisitPlanInput) {
  const { visit, row } = await loadVisitForWork(ctx, trx, visitId);
  if (visit.status === 'recorded') throw new Problem('conflict', 'The visit was recorded; correct its record instead.').because('visit_recorded');
  const openedOn = await localDay(trx, config, new Date(row.opened_at));
  if (input.plannedFor && input.plannedFor < openedOn) {
    throw invalid('A visit cannot be planned before the case opened.', [
      { path: 'plannedFor', message: `The case opened on ${openedOn}; choose that day or later`, code: 'before_case_opened' },
    ]).because('visit_before_case_opened', { openedOn });
  }
  const topics = input.topics?.map(repo.asTopic);
  if (topics) await checkTopics(trx, visit.case_id, topics, visit.topics);
  const changes = {
    ...(input.plannedFor ? { planned_for: input.plannedFor } : {}),
    ...(input.purpose ? { purpose: input.purpose } : {}),
    ...(topics ? { topics: JSON.stringify(topics) } : {}),
  };
  if (!(await repo.claimVersion(trx, visitId, input.version, ctx.userId, changes))) throw conflict('visit');
  await recordAudit(trx, ctx, [{ action: 'case_visit.plan', recordType: 'case', recordId: visit.case_id, details: { visitId, fields: Object.keys(changes) } }]);
  return readVisit(ctx, trx, config, visitId, false);
}

/** Cancels a visit that has not been recorded; stale → 409. */
export async function cancelVisit(ctx: RequestContext, trx: Trx, config: Config, visitId: string, input: { version: number; reason: string }) {
  const { visit } = await loadVisitForWork(ctx, trx, visitId);
  if (visit.status === 'recorded') throw new Problem('conflict', 'A recorded visit cannot be cancelled; correct its record instead.').because('visit_recorded');
  if (!(await repo.claimVersion(trx, visitId, input.version, ctx.userId, { status: 'cancelled', cancelled_reason: input.reason }))) throw conflict('visit');
  await recordAudit(trx, ctx, [{ action: 'case_visit.cancel', recordType: 'case', recordId: visit.case_id, details: { visitId } }]);
  return readVisit(ctx, trx, config, visitId, false);
}

/** Tells the work engine each child seen was visited, which completes their visit task and starts the next cycle. */
export async function announceChildrenSeen(ctx: RequestContext, trx: Trx, config: Config, caseId: string, childIds: string[], occurredAt: Date) {
  for (const childPersonId of childIds) {
    await recordEvent(ctx, trx, config, { type: 'visit.completed', subjectType: 'case', subjectId: caseId, childPersonId, occurredAt, payload: {} });
  }
}
