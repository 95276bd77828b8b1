import { describe, expect, it } from 'vitest';
import type { SafetyPlanAction } from '../../db/schema.js';
import { missingForSubmit, type ReadinessFacts } from './safety-plan.readiness.js';

const threat = (key: string) => ({ key, label: { en: `Threat ${key}`, es: `Amenaza ${key}` } });
const action = (over: Partial<SafetyPlanAction> = {}): SafetyPlanAction => ({
  id: 'a1',
  threat: 'threat_not_protecting',
  action: 'Kyle moves out; the children are never alone with him.',
  responsiblePersonId: null,
  responsibleName: 'Rosa Torres',
  responsibleKind: 'family_network',
  monitoring: 'Rosa visits and calls the worker',
  frequency: 'Daily',
  ...over,
});
const ready: ReadinessFacts = {
  threats: [threat('threat_not_protecting')],
  actions: [action()],
  nextReviewOn: '2026-12-01',
  today: '2026-11-22',
  version: 3,
  signatures: [{ signerRole: 'parent', planVersion: 3 }],
};

describe('INV-4: what a safety plan needs before a supervisor sees it', () => {
  it('a complete plan with a parent’s agreement to this version is ready', () => {
    expect(missingForSubmit(ready)).toEqual([]);
    expect(missingForSubmit({ ...ready, nextReviewOn: ready.today })).toEqual([]);
    expect(missingForSubmit({ ...ready, signatures: [{ signerRole: 'caregiver', planVersion: 3 }] })).toEqual([]);
  });

  it('names every threat with no action, each blank part of an action, the review date and the agreement', () => {
    const problems = missingForSubmit({
      threats: [threat('threat_not_protecting'), threat('threat_substance_use')],
      actions: [action({ responsibleName: ' ', monitoring: '', frequency: '' })],
      nextReviewOn: null,
      today: '2026-11-22',
      version: 1,
      signatures: [],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'threats.threat_substance_use',
      'actions.0.responsibleName',
      'actions.0.monitoring',
      'actions.0.frequency',
      'nextReviewOn',
      'signatures',
    ]);
    expect(problems[0]!.message).toContain('Threat threat_substance_use');
  });

  it('a review date in the past (agency time) is refused', () => {
    expect(missingForSubmit({ ...ready, nextReviewOn: '2026-11-21' })).toEqual([
      { path: 'nextReviewOn', message: expect.stringContaining('passed'), code: 'in_past' },
    ]);
  });

  it('only a parent or caregiver agreeing to the current version counts', () => {
    expect(missingForSubmit({ ...ready, signatures: [{ signerRole: 'parent', planVersion: 2 }] }).map((p) => p.path)).toEqual(['signatures']);
    expect(missingForSubmit({ ...ready, signatures: [{ signerRole: 'family_network', planVersion: 3 }] }).map((p) => p.path)).toEqual(['signatures']);
  });
});
