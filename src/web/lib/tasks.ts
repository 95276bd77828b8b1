import type { SubjectType, Task } from '../api/types';

/** INV-2: the profile's urgent "children not safe" task, shown as a safety alert until answered. */
export const isSafetyAlert = (task: Pick<Task, 'ruleKey' | 'status'>) => task.ruleKey === 'answer_safety_concern' && (task.status ?? 'open') === 'open';

/** Overdue when its time limit has passed; a task with no limit set by the agency never is. */
export function isTaskOverdue(task: Pick<Task, 'dueAt'>, now: Date): boolean {
  return task.dueAt !== null && Date.parse(task.dueAt) < now.getTime();
}

/** Soonest due first (overdue ones are the soonest); tasks without a time limit last. */
export function byUrgency(a: Pick<Task, 'dueAt'>, b: Pick<Task, 'dueAt'>): number {
  const due = (task: Pick<Task, 'dueAt'>) => (task.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(task.dueAt));
  const difference = due(a) - due(b);
  return Number.isNaN(difference) ? 0 : difference;
}

export interface TaskGroup {
  /** Null for tasks no one is assigned to yet. */
  assigneeId: string | null;
  assigneeName: string | null;
  tasks: Task[];
  overdue: number;
}

/**
 * A team's tasks by the person they are assigned to (SUP-1): unassigned work first, because only
 * the supervisor can act on it; then people by name; each group most urgent first.
 */
export function groupTasksByAssignee(tasks: Task[], now: Date, locale = 'en-US'): TaskGroup[] {
  const groups = new Map<string | null, TaskGroup>();
  for (const task of tasks) {
    const key = task.assigneeId ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { assigneeId: key, assigneeName: key === null ? null : task.assigneeName, tasks: [], overdue: 0 };
      groups.set(key, group);
    }
    group.tasks.push(task);
    if (isTaskOverdue(task, now)) group.overdue += 1;
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...groups.values()]
    .map((group) => ({ ...group, tasks: [...group.tasks].sort(byUrgency) }))
    .sort((a, b) => {
      if (a.assigneeId === null) return -1;
      if (b.assigneeId === null) return 1;
      return collator.compare(a.assigneeName ?? '', b.assigneeName ?? '');
    });
}

/** Which page shows the record a task or notification is about; cases have no page yet. */
export function subjectPage(
  subjectType: SubjectType | string | undefined,
  subjectId: string | undefined,
): { kind: 'report' | 'investigation'; id: string } | null {
  if (!subjectId) return null;
  if (subjectType === 'report' || subjectType === 'investigation') return { kind: subjectType, id: subjectId };
  return null;
}
