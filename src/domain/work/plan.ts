import type { AgencyCalendar } from '../time/agency-calendar.js';
import { dueMoment, type Duration } from '../time/deadline.js';
import { isSet, type EventType, type ProfileVersion, type WorkRule } from '../../profiles/profile-schema.js';

/** A fact that happened to a report, investigation or case, at the moment it happened. */
export interface WorkEvent {
  type: EventType;
  childPersonId: string | null;
  occurredAt: Date;
  /** Facts the rules read: the children concerned, response priority, case type, emergency, face to face. */
  payload: { children?: string[]; responsePriority?: string; caseType?: 'in_home' | 'out_of_home'; emergency?: boolean; faceToFace?: boolean };
  /** A correction re-states an earlier fact (e.g. the real removal date): it re-dates, it does not add work. */
  correction: boolean;
  /** For a correction: the event that first stated the fact. Only tasks it opened are re-dated. */
  correctsEventId?: string | null;
}

export interface OpenTask {
  id: string;
  ruleKey: string;
  childPersonId: string | null;
  createdByEventId?: string;
}

export interface TaskPlan {
  create: Array<{ ruleKey: string; childPersonId: string | null; anchorAt: Date; dueAt: Date | null }>;
  complete: string[];
  cancel: string[];
  redate: Array<{ taskId: string; anchorAt: Date; dueAt: Date | null }>;
}

export const calendarOf = (profile: ProfileVersion): AgencyCalendar => ({ timeZone: profile.timeZone, holidays: profile.holidays.rules });

/** The rule's time limit for this event: a duration, or null when the agency has not set it. */
export function limitFor(profile: ProfileVersion, rule: WorkRule, event: Pick<WorkEvent, 'payload'>): Duration | null {
  if ('responsePriority' in rule.within) {
    const tier = profile.responsePriorities.find((p) => p.code === event.payload.responsePriority);
    return tier && isSet(tier.within) ? tier.within.value : null;
  }
  return isSet(rule.within) ? rule.within.value : null;
}

export function dueFor(profile: ProfileVersion, rule: WorkRule, event: Pick<WorkEvent, 'payload'>, anchorAt: Date): Date | null {
  const limit = limitFor(profile, rule, event);
  return limit ? dueMoment(calendarOf(profile), anchorAt, limit, { rollToBusinessDay: rule.rollToBusinessDay ?? false }) : null;
}

const matches = (when: Record<string, unknown> | undefined, payload: WorkEvent['payload']) =>
  !when || Object.entries(when).every(([k, v]) => v === undefined || (payload as Record<string, unknown>)[k] === v);
const sameChild = (task: OpenTask, event: WorkEvent) =>
  task.childPersonId === null || event.childPersonId === null || task.childPersonId === event.childPersonId;
const childrenOf = (event: WorkEvent) => (event.childPersonId ? [event.childPersonId] : [...new Set(event.payload.children ?? [])]);

/**
 * What an event does to the work (SUP-5), as a plan the server applies in the event's transaction:
 * completes the open tasks it satisfies (starting the next cycle of a repeating rule), cancels the
 * ones it makes moot, and opens the tasks its rules call for. A correction instead re-dates the
 * open tasks that were timed from the fact it corrects. Pure, so every clock is testable alone.
 */
export function planWork(profile: ProfileVersion, event: WorkEvent, open: readonly OpenTask[]): TaskPlan {
  const plan: TaskPlan = { create: [], complete: [], cancel: [], redate: [] };
  const ruleOf = new Map(profile.rules.map((r) => [r.key, r]));
  if (event.correction) {
    for (const task of open) {
      const rule = ruleOf.get(task.ruleKey);
      // A later cycle (the next visit, timed from the last one) no longer hangs on the corrected fact.
      const fromThatFact = !event.correctsEventId || !task.createdByEventId || task.createdByEventId === event.correctsEventId;
      if (rule?.on === event.type && sameChild(task, event) && fromThatFact) {
        plan.redate.push({ taskId: task.id, anchorAt: event.occurredAt, dueAt: dueFor(profile, rule, event, event.occurredAt) });
      }
    }
    return plan;
  }
  const keyOf = (ruleKey: string, child: string | null) => `${ruleKey}|${child ?? ''}`;
  const stillOpen = new Set(open.map((t) => keyOf(t.ruleKey, t.childPersonId)));
  const planned = new Set<string>();
  const create = (rule: WorkRule, child: string | null) => {
    const key = keyOf(rule.key, child);
    if (planned.has(key)) return;
    planned.add(key);
    plan.create.push({ ruleKey: rule.key, childPersonId: child, anchorAt: event.occurredAt, dueAt: dueFor(profile, rule, event, event.occurredAt) });
  };
  for (const task of open) {
    const rule = ruleOf.get(task.ruleKey);
    if (!rule || !sameChild(task, event)) continue;
    if (rule.completedBy.some((c) => c.event === event.type && matches(c.when, event.payload))) {
      plan.complete.push(task.id);
      stillOpen.delete(keyOf(task.ruleKey, task.childPersonId));
      if (rule.repeat) create(rule, task.childPersonId); // the next cycle, timed from this event
    } else if (rule.cancelledBy.includes(event.type)) {
      plan.cancel.push(task.id);
      stillOpen.delete(keyOf(task.ruleKey, task.childPersonId));
    }
  }
  for (const rule of profile.rules) {
    if (rule.on !== event.type || !matches(rule.when, event.payload)) continue;
    for (const child of rule.perChild ? childrenOf(event) : [null]) {
      if (!stillOpen.has(keyOf(rule.key, child))) create(rule, child); // the same fact told twice opens no second task
    }
  }
  return plan;
}
