import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, type FieldProblem, idTaken } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { findMembers } from '../network/network.repo.js';
import { householdOf } from './household.js';
import * as repo from './visits.repo.js';
import type { RecordVisitInput } from './visits.schema.js';
import { announceChildrenSeen, checkTopics, digestOf, invalid, loadVisitForWork, localDay, readVisit } from './visits.service.js';

type Trx = Transaction<DB>;

// A tablet's clock may run a little ahead of the server's.
const FIVE_MINUTES = 5 * 60 * 1000;

/**
 * Records what happened at a visit (VIS-3), or corrects the record at the version read (stale → 409).
 * Every child in the home must be marked seen or not seen with a reason; the people named must be
 * on the case; progress is noted only against objectives the visit covered. All that is wrong is
 * said at once, field by field. A record resent unchanged by its writer after the connection
 * dropped (the version it carries has since moved on) is answered with the visit, not refused.
 * The first record tells the work engine each child seen was visited; a correction does not again.
 */
export async function recordVisit(ctx: RequestContext, trx: Trx, config: Config, visitId: string, input: RecordVisitInput) {
  const { visit, row } = await loadVisitForWork(ctx, trx, visitId);
  const digest = digestOf(input);
  if (visit.status === 'recorded' && visit.version !== input.version && visit.record_digest === digest && visit.updated_by === ctx.userId) {
    return readVisit(ctx, trx, config, visitId);
  }
  const topics = input.topics ? input.topics.map(repo.asTopic) : visit.topics;
  if (input.topics) await checkTopics(trx, visit.case_id, topics, visit.topics);

  const errors: FieldProblem[] = [];
  const occurredAt = new Date(input.occurredAt);
  const occurredOn = await localDay(trx, config, occurredAt);
  const openedOn = await localDay(trx, config, new Date(row.opened_at));
  if (occurredAt.getTime() > Date.now() + FIVE_MINUTES) {
    errors.push({ path: 'occurredAt', message: 'A visit cannot be recorded before it happens', code: 'in_future' });
  } else if (occurredOn < openedOn) {
    errors.push({
      path: 'occurredAt',
      message: `The case opened on ${openedOn}; a visit before that belongs to the investigation`,
      code: 'before_case_opened',
    });
  }
  if (input.nextVisitOn && input.nextVisitOn < occurredOn) {
    errors.push({ path: 'nextVisitOn', message: 'The next visit comes after this one', code: 'before_visit' });
  }

  // Ages on the day of the visit decide who was a child in the home then.
  const household = householdOf(await findMembers(trx, visit.case_id), occurredOn);
  const byId = new Map(household.map((m) => [m.personId, m]));
  input.people.forEach((p, i) => {
    if (!byId.has(p.personId)) errors.push({ path: `people.${i}.personId`, message: 'This person is not on the case', code: 'not_on_case' });
  });
  const sent = new Set(input.people.map((p) => p.personId));
  const unmarked = household.filter((m) => m.mustBeMarked && !sent.has(m.personId));
  for (const child of unmarked) {
    errors.push({ path: 'people', message: `Mark ${child.name} seen or not seen`, code: 'not_marked', params: { personId: child.personId, name: child.name } });
  }
  const objectives = new Map(topics.filter((t) => t.kind === 'objective' && t.refId).map((t) => [t.refId!, t.text]));
  input.progress.forEach((p, i) => {
    if (!objectives.has(p.objectiveId)) {
      errors.push({ path: `progress.${i}.objectiveId`, message: 'Add the objective to the visit’s topics first', code: 'not_discussed' });
    }
    if (p.givenBy.personId && !byId.has(p.givenBy.personId)) {
      errors.push({ path: `progress.${i}.givenBy.personId`, message: 'This person is not on the case', code: 'not_on_case' });
    }
  });
  if (errors.length > 0) {
    const problem = invalid('Some of the visit record needs fixing.', errors);
    if (unmarked.length > 0) problem.because('children_not_marked', { names: unmarked.map((c) => c.name).join(', ') });
    throw problem;
  }

  const firstRecord = visit.status !== 'recorded';
  const claimed = await repo.claimVersion(trx, visitId, input.version, ctx.userId, {
    status: 'recorded',
    occurred_at: input.occurredAt,
    occurred_on: occurredOn,
    location_kind: input.location.kind,
    location_note: input.location.note ?? null,
    safety_new_concerns: input.safety.newConcerns,
    safety_children_safe: input.safety.childrenSafe,
    safety_note: input.safety.note ?? null,
    family_words: input.familyWords,
    next_steps: input.nextSteps,
    next_visit_on: input.nextVisitOn ?? null,
    topics: JSON.stringify(topics),
    record_digest: digest,
    ...(firstRecord ? { recorded_by: ctx.userId, recorded_at: new Date() } : {}),
  });
  if (!claimed) throw conflict('visit');
  await repo.replaceRecordParts(
    trx,
    visitId,
    visit.case_id,
    input.people.map((p) => ({
      person_id: p.personId,
      role: byId.get(p.personId)!.role,
      seen: p.seen,
      not_seen_reason: p.seen ? null : (p.notSeenReason ?? null),
      private_time_minutes: p.privateTimeMinutes ?? null,
    })),
    input.progress.map((p) => ({ ...p, objectiveText: objectives.get(p.objectiveId)! })),
  );
  if ((await repo.findProgress(trx, visitId)).length !== input.progress.length) throw idTaken();
  const childrenSeen = input.people.filter((p) => p.seen && byId.get(p.personId)!.role === 'child').map((p) => p.personId);
  await recordAudit(trx, ctx, [
    {
      action: 'case_visit.record',
      recordType: 'case',
      recordId: visit.case_id,
      personIds: input.people.map((p) => p.personId),
      details: {
        visitId,
        childrenSeen: childrenSeen.length,
        notSeen: input.people.filter((p) => !p.seen).length,
        progress: input.progress.length,
        firstRecord,
      },
    },
  ]);
  if (firstRecord) await announceChildrenSeen(ctx, trx, config, visit.case_id, childrenSeen, occurredAt);
  return readVisit(ctx, trx, config, visitId, false);
}
