import { describe, expect, it } from 'vitest';
import type { Task } from '../api/types';
import { byUrgency, groupTasksByAssignee, isTaskOverdue, subjectPage } from './tasks';

const now = new Date('2026-11-23T15:00:00Z');

const task = (overrides: Partial<Task>): Task => ({
  id: 't',
  ruleKey: 'first_face_to_face',
  title: 'See the child face to face',
  reason: 'First face-to-face contact with each alleged victim',
  profile: 'CT v1',
  subjectType: 'investigation',
  subjectId: 'i1',
  subjectNumber: 'I-2026-000001',
  childPersonId: 'c1',
  childName: 'Jon Smyth',
  assigneeId: 'ivy',
  assigneeName: 'Ivy Chen',
  anchorAt: '2026-11-23T13:00:00Z',
  dueAt: '2026-11-23T17:00:00Z',
  escalatedAt: null,
  status: 'open',
  closedAt: null,
  ...overrides,
});

describe('a task’s time limit', () => {
  it('is overdue once the moment has passed, and never when the agency has not set it', () => {
    expect(isTaskOverdue(task({ dueAt: '2026-11-23T14:59:00Z' }), now)).toBe(true);
    expect(isTaskOverdue(task({ dueAt: '2026-11-23T15:01:00Z' }), now)).toBe(false);
    expect(isTaskOverdue(task({ dueAt: null }), now)).toBe(false);
  });

  it('puts the most urgent first and tasks with no limit last', () => {
    const tasks = [
      task({ id: 'none', dueAt: null }),
      task({ id: 'later', dueAt: '2026-11-25T15:00:00Z' }),
      task({ id: 'late', dueAt: '2026-11-22T15:00:00Z' }),
    ];
    expect([...tasks].sort(byUrgency).map((t) => t.id)).toEqual(['late', 'later', 'none']);
  });
});

describe('the team’s tasks by person (SUP-1)', () => {
  const tasks = [
    task({ id: 'marcus-1', assigneeId: 'marcus', assigneeName: 'Marcus Bell', dueAt: '2026-11-24T15:00:00Z' }),
    task({ id: 'ivy-later', dueAt: '2026-11-28T15:00:00Z' }),
    task({ id: 'nobody', assigneeId: null, assigneeName: null, dueAt: null }),
    task({ id: 'ivy-late', dueAt: '2026-11-20T15:00:00Z' }),
    task({ id: 'ivy-late-2', dueAt: '2026-11-23T14:00:00Z', escalatedAt: '2026-11-23T14:00:00Z' }),
  ];

  it('lists unassigned work first, then people by name, each most urgent first', () => {
    const groups = groupTasksByAssignee(tasks, now);
    expect(groups.map((g) => g.assigneeName)).toEqual([null, 'Ivy Chen', 'Marcus Bell']);
    expect(groups[1]!.tasks.map((t) => t.id)).toEqual(['ivy-late', 'ivy-late-2', 'ivy-later']);
  });

  it('counts each person’s overdue tasks', () => {
    const overdue = Object.fromEntries(groupTasksByAssignee(tasks, now).map((g) => [g.assigneeId ?? 'unassigned', g.overdue]));
    expect(overdue).toEqual({ unassigned: 0, ivy: 2, marcus: 0 });
  });

  it('is empty for an empty team', () => {
    expect(groupTasksByAssignee([], now)).toEqual([]);
  });
});

describe('the page a record opens on', () => {
  it('links reports and investigations, not cases (no page yet)', () => {
    expect(subjectPage('investigation', 'i1')).toEqual({ kind: 'investigation', id: 'i1' });
    expect(subjectPage('report', 'r1')).toEqual({ kind: 'report', id: 'r1' });
    expect(subjectPage('case', 'c1')).toBeNull();
    expect(subjectPage('report', undefined)).toBeNull();
  });
});
