import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connecticutV1 } from '../../profiles/ct.js';
import { georgiaV1 } from '../../profiles/ga.js';
import { eventTypes } from '../../profiles/profile-schema.js';
import { vermontV1 } from '../../profiles/vt.js';
import { type OpenTask, planWork, type WorkEvent } from './plan.js';

/** SUP-5 in pure code: an event and the open work in, the plan out. */
const at = (iso: string) => new Date(iso);
const screenedIn = (priority: string): WorkEvent => ({
  type: 'report.screened_in',
  childPersonId: null,
  occurredAt: at('2026-11-20T19:00:00Z'),
  payload: { children: ['child-a', 'child-b'], responsePriority: priority },
  correction: false,
});

describe('planWork', () => {
  it('CT: a screen-in with two children opens a first-contact task per child timed by the priority', () => {
    const plan = planWork(connecticutV1, screenedIn('same_day'), []);
    const firstContact = plan.create.filter((t) => t.ruleKey === 'first_face_to_face');
    expect(firstContact.map((t) => [t.childPersonId, t.dueAt?.toISOString()])).toEqual([
      ['child-a', '2026-11-20T21:00:00.000Z'],
      ['child-b', '2026-11-20T21:00:00.000Z'],
    ]);
    expect(plan.create.map((t) => t.ruleKey).sort()).toEqual(['first_face_to_face', 'first_face_to_face', 'initial_assessment', 'safety_assessment']);
  });

  it('GA: 30 business days; VT: the agency has not set it, so no due moment', () => {
    const ga = planWork(georgiaV1, screenedIn('priority_1'), []).create.find((t) => t.ruleKey === 'initial_assessment')!;
    expect(ga.dueAt?.toISOString()).toBe('2027-01-07T04:59:59.999Z');
    const vt = planWork(vermontV1, screenedIn('priority_1'), []).create.find((t) => t.ruleKey === 'initial_assessment')!;
    expect(vt.dueAt).toBeNull();
  });

  it('a completed face-to-face contact completes only that child’s task; an attempted one nothing', () => {
    const open: OpenTask[] = [
      { id: 't-a', ruleKey: 'first_face_to_face', childPersonId: 'child-a' },
      { id: 't-b', ruleKey: 'first_face_to_face', childPersonId: 'child-b' },
    ];
    const contact = (faceToFace: boolean): WorkEvent => ({
      type: 'contact.completed',
      childPersonId: 'child-a',
      occurredAt: at('2026-11-20T20:00:00Z'),
      payload: { faceToFace },
      correction: false,
    });
    expect(planWork(connecticutV1, contact(true), open).complete).toEqual(['t-a']);
    expect(planWork(connecticutV1, contact(false), open).complete).toEqual([]);
  });

  it('closing the investigation cancels the open first-contact tasks', () => {
    const open: OpenTask[] = [{ id: 't-a', ruleKey: 'first_face_to_face', childPersonId: 'child-a' }];
    const plan = planWork(
      connecticutV1,
      { type: 'investigation.completed', childPersonId: null, occurredAt: at('2026-11-25T12:00:00Z'), payload: {}, correction: false },
      open,
    );
    expect(plan.cancel).toEqual(['t-a']);
  });

  it('a correction re-dates, never creates or completes', () => {
    const open: OpenTask[] = [
      { id: 'plan', ruleKey: 'case_plan', childPersonId: 'child-a' },
      { id: 'visit', ruleKey: 'monthly_visit', childPersonId: 'child-a' },
    ];
    const plan = planWork(
      georgiaV1,
      { type: 'child.removed', childPersonId: 'child-a', occurredAt: at('2026-09-20T14:00:00Z'), payload: {}, correction: true },
      open,
    );
    expect(plan.create).toEqual([]);
    expect(plan.complete).toEqual([]);
    expect(plan.redate.map((r) => [r.taskId, r.dueAt?.toISOString()])).toEqual([
      ['plan', '2026-10-21T03:59:59.999Z'], // GA 30 days: 2026-10-20, EDT
      ['visit', '2026-10-21T03:59:59.999Z'], // 1 month: 2026-10-20
    ]);
  });

  it('a completed visit starts exactly one next cycle per child, however the open work looks', () => {
    // Found by the property below: two open visit tasks for one child (which the database's unique
    // index forbids) once made a visit for "any child" start two next cycles.
    const open: OpenTask[] = [
      { id: 'v1', ruleKey: 'monthly_visit', childPersonId: 'c3' },
      { id: 'v2', ruleKey: 'monthly_visit', childPersonId: 'c3' },
    ];
    const plan = planWork(
      connecticutV1,
      { type: 'visit.completed', childPersonId: null, occurredAt: at('2026-11-02T15:00:00Z'), payload: {}, correction: false },
      open,
    );
    expect(plan.complete).toEqual(['v1', 'v2']);
    expect(plan.create.map((t) => [t.ruleKey, t.childPersonId])).toEqual([['monthly_visit', 'c3']]);
  });

  it('property: an event never opens a second open task for the same rule and child, and a correction never opens any', () => {
    const profiles = [connecticutV1, georgiaV1, vermontV1];
    const children = ['c1', 'c2', 'c3'];
    fc.assert(
      fc.property(
        fc.constantFrom(...profiles),
        fc.constantFrom(...eventTypes),
        fc.option(fc.constantFrom(...children), { nil: null }),
        fc.subarray(children),
        fc.boolean(),
        fc.boolean(),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.array(
          fc.record({
            ruleKey: fc.constantFrom(...connecticutV1.rules.map((r) => r.key)),
            childPersonId: fc.option(fc.constantFrom(...children), { nil: null }),
          }),
          { maxLength: 6 },
        ),
        (profile, type, child, listed, emergency, correction, occurredAt, openRaw) => {
          const open = openRaw.map((t, i) => ({ ...t, id: `t${i}` }));
          const plan = planWork(
            profile,
            {
              type,
              childPersonId: child,
              occurredAt,
              payload: { children: listed, emergency, faceToFace: true, responsePriority: profile.responsePriorities[0]!.code },
              correction,
            },
            open,
          );
          if (correction) expect(plan.create).toEqual([]);
          const closed = new Set([...plan.complete, ...plan.cancel]);
          const after = [
            ...open.filter((t) => !closed.has(t.id)).map((t) => `${t.ruleKey}|${t.childPersonId}`),
            ...plan.create.map((t) => `${t.ruleKey}|${t.childPersonId}`),
          ];
          const fresh = plan.create.map((t) => `${t.ruleKey}|${t.childPersonId}`);
          expect(new Set(fresh).size).toBe(fresh.length);
          for (const key of fresh) expect(after.filter((k) => k === key)).toHaveLength(1);
          for (const t of plan.create) if (t.dueAt) expect(t.dueAt.getTime()).toBeGreaterThanOrEqual(t.anchorAt.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});
