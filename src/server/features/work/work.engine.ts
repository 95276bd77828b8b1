import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { planWork, type WorkEvent } from '../../../domain/work/plan.js';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import type { EventType } from '../../../profiles/profile-schema.js';
import type { DB, SubjectType } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { notFound, Problem } from '../../platform/errors.js';
import { supervisorFor } from '../../platform/supervisory-chain.js';
import { profileAt } from '../profile/profile.service.js';
import { enqueue } from '../../platform/outbox.js';
import { subjectNumberOf } from '../approvals/approvals.repo.js';
import { findOpenTasks, findSubjectFacts } from './work.repo.js';

type Trx = Transaction<DB>;

export interface Actor {
  userId: string | null;
  requestId: string;
  ip: string;
}

export interface EventInput {
  type: EventType;
  subjectType: SubjectType;
  subjectId: string;
  childPersonId?: string | null;
  occurredAt: Date;
  payload?: WorkEvent['payload'];
  /** Set when this event corrects an earlier one (e.g. the real removal date). */
  correctsEventId?: string | null;
}

export interface EventOutcome {
  eventId: string;
  created: string[];
  completed: string[];
  cancelled: string[];
  redated: string[];
}

/**
 * Records a domain event and applies the practice profile's rules to the work in the same
 * transaction (SUP-5): the event row, the tasks it opens, closes or re-dates, and their audit
 * commit together or not at all, so a crash can neither lose a deadline nor invent one.
 */
export async function recordEvent(actor: Actor, trx: Trx, config: Pick<Config, 'HEARTH_PROFILE'>, input: EventInput): Promise<EventOutcome> {
  const facts = await findSubjectFacts(trx, input.subjectType, input.subjectId);
  if (!facts) throw notFound(input.subjectType);
  let childPersonId = input.childPersonId ?? null;
  let rootEventId: string | null = null;
  if (input.correctsEventId) {
    const original = await trx
      .selectFrom('domain_event')
      .select(['id', 'type', 'subject_type', 'subject_id', 'child_person_id', 'corrects_event_id'])
      .where('id', '=', input.correctsEventId)
      .executeTakeFirst();
    if (!original || original.subject_id !== input.subjectId || original.subject_type !== input.subjectType) throw notFound('event');
    if (original.type !== input.type)
      throw new Problem('validation', `A correction must restate the same kind of event (${original.type}).`, [
        { path: 'type', message: `Use ${original.type}` },
      ]);
    childPersonId = original.child_person_id;
    // Corrections always point at the event that first stated the fact, however often it is corrected.
    rootEventId = original.corrects_event_id ?? original.id;
  }
  const profile = await profileAt(trx, config, input.occurredAt);
  const eventId = randomUUID();
  const payload = input.payload ?? {};
  await trx
    .insertInto('domain_event')
    .values({
      id: eventId,
      type: input.type,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      child_person_id: childPersonId,
      occurred_at: input.occurredAt,
      actor_id: actor.userId,
      corrects_event_id: rootEventId,
      payload: JSON.stringify(payload),
    })
    .execute();

  const open = await findOpenTasks(trx, input.subjectType, input.subjectId);
  const plan = planWork(
    profile,
    { type: input.type, childPersonId, occurredAt: input.occurredAt, payload, correction: rootEventId !== null, correctsEventId: rootEventId },
    open.map((t) => ({ id: t.id, ruleKey: t.rule_key, childPersonId: t.child_person_id, createdByEventId: t.created_by_event_id })),
  );

  const now = new Date();
  const closeWith = (status: 'done' | 'cancelled', ids: string[]) =>
    ids.length === 0
      ? Promise.resolve()
      : trx
          .updateTable('task')
          .set((eb) => ({ status, closed_at: now, closed_by_event_id: eventId, version: eb('version', '+', 1) }))
          .where('id', 'in', ids)
          .where('status', '=', 'open')
          .execute();
  await closeWith('done', plan.complete);
  await closeWith('cancelled', plan.cancel);
  for (const r of plan.redate) {
    await trx
      .updateTable('task')
      .set((eb) => ({ anchor_at: r.anchorAt, due_at: r.dueAt, reminded_at: null, escalated_at: null, escalated_to: null, version: eb('version', '+', 1) }))
      .where('id', '=', r.taskId)
      .execute();
  }

  const created: string[] = [];
  if (plan.create.length > 0) {
    const rules = new Map(profile.rules.map((r) => [r.key, r]));
    const supervisor = async () =>
      (await supervisorFor(trx, facts.orgUnitId, { onDate: localDateOf({ timeZone: profile.timeZone, holidays: [] }, now) }))?.userId ?? null;
    const rows = [];
    for (const t of plan.create) {
      const assignTo = rules.get(t.ruleKey)!.assignTo;
      const assignee = assignTo === 'investigator' ? facts.investigatorId : assignTo === 'caseworker' ? facts.caseworkerId : await supervisor();
      const id = randomUUID();
      created.push(id);
      rows.push({
        id,
        rule_key: t.ruleKey,
        profile_code: profile.code,
        profile_version: profile.version,
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        child_person_id: t.childPersonId,
        org_unit_id: facts.orgUnitId,
        assignee_id: assignee,
        anchor_at: t.anchorAt,
        due_at: t.dueAt,
        created_by_event_id: eventId,
      });
    }
    await trx
      .insertInto('task')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
    // Safety-critical work is told to its assignee at once, in the same transaction (INV-2).
    const urgent = rows.filter((row) => rules.get(row.rule_key)!.urgent && row.assignee_id);
    const subjectNumber = urgent.length ? await subjectNumberOf(trx, input.subjectType, input.subjectId) : null;
    await enqueue(
      trx,
      urgent.map((row) => ({
        kind: 'task.urgent' as const,
        recipientId: row.assignee_id!,
        dedupeKey: `task.urgent:${row.id}`,
        payload: {
          taskId: row.id,
          ruleKey: row.rule_key,
          profileCode: row.profile_code,
          profileVersion: row.profile_version,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          subjectNumber,
          dueAt: row.due_at?.toISOString() ?? null,
        },
      })),
    );
  }

  await recordAudit(trx, { userId: actor.userId, requestId: actor.requestId, ip: actor.ip }, [
    {
      action: 'event.record',
      recordType: input.subjectType,
      recordId: input.subjectId,
      personIds: childPersonId ? [childPersonId] : (payload.children ?? []),
      details: {
        eventId,
        type: input.type,
        created,
        completed: plan.complete,
        cancelled: plan.cancel,
        redated: plan.redate.map((r) => r.taskId),
        profile: `${profile.code}@${profile.version}`,
      },
    },
  ]);
  return { eventId, created, completed: plan.complete, cancelled: plan.cancel, redated: plan.redate.map((r) => r.taskId) };
}
