import type { FieldProblem } from '../../../api/client';
import type { Visit, VisitRecord } from '../../../api/visits';
import { fromZonedInputValue, toZonedInputValue } from '../../../lib/date-time';

/** VIS-3: the visit record form's values, where they start, and the body they send. */

export type YesNo = '' | 'yes' | 'no';

export interface PersonRow {
  personId: string;
  name: string;
  role: Visit['household'][number]['role'];
  seen: YesNo;
  notSeenReason: string;
  privateTimeMinutes: string;
}

export interface ProgressRow {
  id: string;
  objectiveId: string;
  objectiveText: string;
  discussed: boolean;
  note: string;
  /** `personId` is someone on the case, or '' for a name typed in. */
  givenBy: { kind: VisitRecord['progress'][number]['givenBy']['kind']; personId: string; name: string };
}

export interface VisitRecordValues {
  occurredAt: string;
  location: { kind: string; note: string };
  people: PersonRow[];
  safety: { newConcerns: YesNo; childrenSafe: YesNo; note: string };
  familyWords: string;
  nextSteps: string;
  nextVisitOn: string;
  progress: ProgressRow[];
}

const yesNo = (value: boolean | null | undefined): YesNo => (value === null || value === undefined ? '' : value ? 'yes' : 'no');

/** Everyone the record covers: the household (children first, as the server lists them), then anyone recorded who has since left it. */
function roster(visit: Visit) {
  const inHousehold = new Set(visit.household.map((p) => p.personId));
  return [...visit.household, ...visit.people.filter((p) => !inHousehold.has(p.personId)).map((p) => ({ personId: p.personId, name: p.name, role: p.role }))];
}

/**
 * Starting values: what was recorded, or for a first record the planned day at 09:00, every child
 * and parent unmarked, and a progress row for each objective the visit was to discuss.
 */
export function toVisitRecordValues(visit: Visit, timeZone: string, newId: () => string): VisitRecordValues {
  const recorded = new Map(visit.people.map((p) => [p.personId, p]));
  const progress = new Map(visit.progress.map((p) => [p.objectiveId, p]));
  return {
    occurredAt: visit.occurredAt ? toZonedInputValue(visit.occurredAt, timeZone) : visit.plannedFor ? `${visit.plannedFor}T09:00` : '',
    location: { kind: visit.location?.kind ?? '', note: visit.location?.note ?? '' },
    people: roster(visit).map((p) => {
      const r = recorded.get(p.personId);
      return {
        personId: p.personId,
        name: p.name,
        role: p.role,
        seen: yesNo(r?.seen),
        notSeenReason: r?.notSeenReason ?? '',
        privateTimeMinutes: r?.privateTimeMinutes ? String(r.privateTimeMinutes) : '',
      };
    }),
    safety: { newConcerns: yesNo(visit.safety?.newConcerns), childrenSafe: yesNo(visit.safety?.childrenSafe), note: visit.safety?.note ?? '' },
    familyWords: visit.familyWords ?? '',
    nextSteps: visit.nextSteps ?? '',
    nextVisitOn: visit.nextVisitOn ?? '',
    progress: visit.topics.flatMap((t) => {
      if (t.kind !== 'objective' || !t.refId) return [];
      const p = progress.get(t.refId);
      return [
        {
          id: p?.id ?? newId(),
          objectiveId: t.refId,
          objectiveText: t.text,
          discussed: !!p,
          note: p?.note ?? '',
          givenBy: { kind: p?.givenBy.kind ?? 'parent', personId: p?.givenBy.personId ?? '', name: p?.givenBy.name ?? '' },
        },
      ];
    }),
  };
}

/**
 * A draft kept on the device, brought up to date with the household as it is now: anyone who joined
 * the home since the typing began gets a row (unmarked), so no child is left out of the record.
 */
export function withCurrentHousehold(draft: VisitRecordValues, fresh: VisitRecordValues): VisitRecordValues {
  const inDraft = new Set(draft.people.map((p) => p.personId));
  const joined = fresh.people.filter((p) => !inDraft.has(p.personId));
  return joined.length === 0 ? draft : { ...draft, people: [...draft.people, ...joined] };
}

const given = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The visit's topics when an objective that came up was added to the record: the planned topics,
 * then each added objective (the server wants every objective with progress among the topics).
 */
export function topicsWithAdded(values: VisitRecordValues, planned: Visit['topics']): VisitRecord['topics'] {
  const known = new Set(planned.filter((t) => t.kind === 'objective').map((t) => t.refId));
  const added = values.progress.filter((p) => p.discussed && !known.has(p.objectiveId));
  if (added.length === 0) return undefined;
  return [
    ...planned.map((t) => (t.refId ? { kind: t.kind, refId: t.refId, text: t.text } : { kind: t.kind, text: t.text })),
    ...added.map((p) => ({ kind: 'objective' as const, refId: p.objectiveId, text: p.objectiveText })),
  ];
}

/** What the form sends at the version read: unmarked adults left out, private time only for someone seen, progress only where discussed. */
export function toVisitRecord(values: VisitRecordValues, version: number, timeZone: string, planned: Visit['topics'] = []): VisitRecord {
  const topics = topicsWithAdded(values, planned);
  return {
    ...(topics ? { topics } : {}),
    version,
    occurredAt: fromZonedInputValue(values.occurredAt, timeZone) ?? values.occurredAt,
    location: { kind: values.location.kind as VisitRecord['location']['kind'], ...(given(values.location.note) ? { note: given(values.location.note) } : {}) },
    people: values.people
      .filter((p) => p.seen !== '')
      .map((p) => {
        const minutes = Number(p.privateTimeMinutes);
        if (p.seen === 'no') return { personId: p.personId, seen: false, notSeenReason: given(p.notSeenReason) };
        return { personId: p.personId, seen: true, ...(p.privateTimeMinutes.trim() !== '' ? { privateTimeMinutes: minutes } : {}) };
      }),
    safety: {
      newConcerns: values.safety.newConcerns === 'yes',
      childrenSafe: values.safety.childrenSafe === 'yes',
      ...(given(values.safety.note) ? { note: given(values.safety.note) } : {}),
    },
    familyWords: values.familyWords.trim(),
    nextSteps: values.nextSteps.trim(),
    ...(values.nextVisitOn ? { nextVisitOn: values.nextVisitOn } : {}),
    progress: values.progress
      .filter((p) => p.discussed)
      .map((p) => ({
        id: p.id,
        objectiveId: p.objectiveId,
        note: p.note.trim(),
        givenBy:
          p.givenBy.kind === 'worker'
            ? { kind: p.givenBy.kind }
            : {
                kind: p.givenBy.kind,
                ...(p.givenBy.personId ? { personId: p.givenBy.personId } : given(p.givenBy.name) ? { name: given(p.givenBy.name) } : {}),
              },
      })),
  };
}

const progressFields: Record<string, string> = { objectiveId: 'discussed' };

/**
 * The server says "not marked" once per child on `people`, naming the child; the form shows it on
 * that child's row instead (`people.N.seen`). Paths sent as `people.N.<field>` count the people
 * sent, which skips unmarked adults: they are mapped back to the form's rows.
 */
export function placeVisitProblems(problems: FieldProblem[], values: VisitRecordValues): FieldProblem[] {
  const sentRows = values.people.flatMap((p, i) => (p.seen !== '' ? [i] : []));
  const sentProgress = values.progress.flatMap((p, i) => (p.discussed ? [i] : []));
  return problems.map((problem) => {
    if (problem.path === 'people' && (problem.params?.personId !== undefined || problem.params?.name !== undefined)) {
      const named = problem.params;
      const row = values.people.findIndex((p) => (named.personId ? p.personId === named.personId : p.name === named.name) && p.seen === '');
      return row >= 0 ? { ...problem, path: `people.${row}.seen` } : problem;
    }
    const person = /^people\.(\d+)\.(.+)$/.exec(problem.path);
    if (person) return { ...problem, path: `people.${sentRows[Number(person[1])] ?? person[1]}.${person[2] === 'personId' ? 'seen' : person[2]}` };
    const progress = /^progress\.(\d+)\.(.+)$/.exec(problem.path);
    if (progress) {
      const field = progressFields[progress[2] ?? ''] ?? progress[2];
      return { ...problem, path: `progress.${sentProgress[Number(progress[1])] ?? progress[1]}.${field}` };
    }
    return problem;
  });
}
