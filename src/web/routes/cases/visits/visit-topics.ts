import type { Meeting } from '../../../api/family-team';
import type { CasePlan, PlanList } from '../../../api/case-plan';
import type { NewVisit, Visit, VisitTopic } from '../../../api/visits';

/**
 * VIS-2: what a visit may be about — the case plan's open objectives and the family team's open
 * follow-ups — and the planning form's values turned into the API body.
 */

export interface TopicChoice {
  /** `objective:<id>` or `follow_up:<id>`, the checkbox value. */
  key: string;
  kind: 'objective' | 'follow_up';
  refId: string;
  text: string;
}

/** The version whose objectives a visit follows: the approved one in force, else the newest (a draft in the making). */
export function planInForce(list: PlanList | undefined): string | null {
  if (!list || list.items.length === 0) return null;
  return (list.items.find((p) => p.status === 'approved') ?? list.items[0])?.id ?? null;
}

/** The plan's open objectives, then every open follow-up of the case's held meetings. */
export function topicChoices(plan: CasePlan | undefined, meetings: Meeting[]): TopicChoice[] {
  const objectives = (plan?.objectives ?? [])
    .filter((o) => o.status === 'open')
    .map((o) => ({ key: `objective:${o.id}`, kind: 'objective' as const, refId: o.id, text: o.text }));
  const followUps = meetings
    .filter((m) => m.status === 'held')
    .flatMap((m) => m.followUps.filter((f) => !f.doneOn).map((f) => ({ key: `follow_up:${f.id}`, kind: 'follow_up' as const, refId: f.id, text: f.action })));
  return [...objectives, ...followUps];
}

export interface PlanVisitValues {
  plannedFor: string;
  purpose: string;
  chosen: string[];
  own: Array<{ text: string }>;
}

export const blankPlan: PlanVisitValues = { plannedFor: '', purpose: '', chosen: [], own: [] };

/** The chosen topics in the order offered, then the worker's own (blank and repeated ones dropped). */
export function toTopics(values: Pick<PlanVisitValues, 'chosen' | 'own'>, choices: TopicChoice[]): VisitTopic[] {
  const chosen = new Set(values.chosen);
  const picked: VisitTopic[] = choices.filter((c) => chosen.has(c.key)).map((c) => ({ kind: c.kind, refId: c.refId, text: c.text }));
  const own = [...new Set(values.own.map((o) => o.text.trim()).filter((text) => text !== ''))].map((text) => ({ kind: 'own' as const, text }));
  return [...picked, ...own];
}

export function toNewVisit(id: string, values: PlanVisitValues, choices: TopicChoice[]): NewVisit {
  return { id, plannedFor: values.plannedFor, purpose: values.purpose.trim(), topics: toTopics(values, choices) };
}

/** A planned visit's plan as the form's values, for changing it. */
export function toPlanValues(visit: Pick<Visit, 'plannedFor' | 'purpose' | 'topics'>): PlanVisitValues {
  return {
    plannedFor: visit.plannedFor ?? '',
    purpose: visit.purpose,
    chosen: visit.topics.flatMap((t) => (t.kind !== 'own' && t.refId ? [`${t.kind}:${t.refId}`] : [])),
    own: visit.topics.filter((t) => t.kind === 'own').map((t) => ({ text: t.text })),
  };
}

/** The choices offered when changing a plan: today's, plus any topic the visit already has that is no longer open (it stays unless unticked). */
export function withVisitTopics(choices: TopicChoice[], topics: Visit['topics']): TopicChoice[] {
  const offered = new Set(choices.map((c) => c.key));
  const kept = topics.flatMap((t) =>
    t.kind !== 'own' && t.refId && !offered.has(`${t.kind}:${t.refId}`) ? [{ key: `${t.kind}:${t.refId}`, kind: t.kind, refId: t.refId, text: t.text }] : [],
  );
  return [...choices, ...kept];
}
