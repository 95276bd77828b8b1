import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../api/visits';
import { placeVisitProblems, toVisitRecord, toVisitRecordValues, withCurrentHousehold } from './visit-record-model';

const visit: Visit = {
  id: 'v1',
  caseId: 'c1',
  caseNumber: 'CASE-1',
  status: 'planned',
  plannedFor: '2026-12-03',
  purpose: 'Monthly visit',
  topics: [
    { kind: 'objective', refId: 'o1', text: 'Ana goes to school each day' },
    { kind: 'own', refId: null, text: 'Bedtime' },
  ],
  occurredAt: null,
  occurredOn: null,
  location: null,
  safety: null,
  familyWords: null,
  nextSteps: null,
  nextVisitOn: null,
  cancelledReason: null,
  version: 2,
  people: [],
  progress: [],
  household: [
    { personId: 'ana', name: 'Ana Torres', role: 'child' },
    { personId: 'leo', name: 'Leo Torres', role: 'child' },
    { personId: 'lucia', name: 'Lucia Torres', role: 'parent' },
  ],
  createdByName: 'Worker',
  recordedByName: null,
  abilities: { edit: true },
};

describe('the visit record form (VIS-3)', () => {
  it('starts on the planned day, everyone unmarked, a progress row per objective to discuss', () => {
    const values = toVisitRecordValues(visit, 'America/New_York', () => 'p-new');
    expect(values.occurredAt).toBe('2026-12-03T09:00');
    expect(values.people.map((p) => [p.personId, p.seen])).toEqual([
      ['ana', ''],
      ['leo', ''],
      ['lucia', ''],
    ]);
    expect(values.progress).toEqual([
      {
        id: 'p-new',
        objectiveId: 'o1',
        objectiveText: 'Ana goes to school each day',
        discussed: false,
        note: '',
        givenBy: { kind: 'parent', personId: '', name: '' },
      },
    ]);
  });

  it('sends yes/no as booleans, private time only for someone seen, unmarked adults and undiscussed objectives left out', () => {
    const values = toVisitRecordValues(visit, 'America/New_York', () => 'p-new');
    Object.assign(values.people[0]!, { seen: 'yes', privateTimeMinutes: '20' });
    Object.assign(values.people[1]!, { seen: 'no', notSeenReason: ' At school ', privateTimeMinutes: '5' });
    Object.assign(values, { location: { kind: 'residence', note: ' ' }, familyWords: ' We are ok ', nextSteps: 'Call school' });
    Object.assign(values.safety, { newConcerns: 'no', childrenSafe: 'yes' });
    const record = toVisitRecord(values, visit.version, 'America/New_York');
    expect(record).toEqual({
      version: 2,
      occurredAt: '2026-12-03T14:00:00.000Z',
      location: { kind: 'residence' },
      people: [
        { personId: 'ana', seen: true, privateTimeMinutes: 20 },
        { personId: 'leo', seen: false, notSeenReason: 'At school' },
      ],
      safety: { newConcerns: false, childrenSafe: true },
      familyWords: 'We are ok',
      nextSteps: 'Call school',
      progress: [],
    });
    values.progress[0]!.discussed = true;
    values.progress[0]!.note = 'Went four days of five';
    values.progress[0]!.givenBy.personId = 'lucia';
    expect(toVisitRecord(values, 2, 'America/New_York').progress).toEqual([
      { id: 'p-new', objectiveId: 'o1', note: 'Went four days of five', givenBy: { kind: 'parent', personId: 'lucia' } },
    ]);
  });

  it('adds an objective that came up to the topics, after the planned ones', () => {
    const values = toVisitRecordValues(visit, 'America/New_York', () => 'p-new');
    expect(toVisitRecord(values, 2, 'America/New_York', visit.topics).topics).toBeUndefined();
    values.progress.push({
      id: 'p2',
      objectiveId: 'o2',
      objectiveText: 'Leo sleeps in his own bed',
      discussed: true,
      note: 'Most nights',
      givenBy: { kind: 'worker', personId: '', name: '' },
    });
    expect(toVisitRecord(values, 2, 'America/New_York', visit.topics).topics).toEqual([
      { kind: 'objective', refId: 'o1', text: 'Ana goes to school each day' },
      { kind: 'own', text: 'Bedtime' },
      { kind: 'objective', refId: 'o2', text: 'Leo sleeps in his own bed' },
    ]);
  });

  it('corrects a record from what was recorded', () => {
    const recorded: Visit = {
      ...visit,
      status: 'recorded',
      occurredAt: '2026-12-03T15:30:00.000Z',
      location: { kind: 'other', note: 'Park' },
      people: [{ personId: 'ana', name: 'Ana Torres', role: 'child', seen: true, notSeenReason: null, privateTimeMinutes: 15 }],
      progress: [{ id: 'p1', objectiveId: 'o1', objectiveText: 'x', note: 'Better', givenBy: { kind: 'worker', personId: null, name: null } }],
    };
    const values = toVisitRecordValues(recorded, 'America/New_York', () => 'unused');
    expect(values.occurredAt).toBe('2026-12-03T10:30');
    expect(values.people[0]).toMatchObject({ seen: 'yes', privateTimeMinutes: '15' });
    expect(values.progress[0]).toMatchObject({ id: 'p1', discussed: true, givenBy: { kind: 'worker' } });
    expect(toVisitRecord(values, 3, 'America/New_York').progress[0]!.givenBy).toEqual({ kind: 'worker' });
  });

  it('gives a child who joined the home since a draft was kept a row of their own, keeping the typing', () => {
    const draft = toVisitRecordValues({ ...visit, household: visit.household.slice(0, 1) }, 'America/New_York', () => 'p-new');
    draft.people[0]!.seen = 'yes';
    const merged = withCurrentHousehold(
      draft,
      toVisitRecordValues(visit, 'America/New_York', () => 'p-new'),
    );
    expect(merged.people.map((p) => [p.personId, p.seen])).toEqual([
      ['ana', 'yes'],
      ['leo', ''],
      ['lucia', ''],
    ]);
    expect(
      withCurrentHousehold(
        merged,
        toVisitRecordValues(visit, 'America/New_York', () => 'x'),
      ),
    ).toBe(merged);
  });

  it('puts the server’s problems on the rows the form shows', () => {
    const values = toVisitRecordValues(visit, 'America/New_York', () => 'p-new');
    values.people[1]!.seen = 'no';
    values.progress[0]!.discussed = true;
    const placed = placeVisitProblems(
      [
        { path: 'people', message: 'Not marked', code: 'not_marked', params: { personId: 'ana', name: 'Ana Torres' } },
        { path: 'people.0.notSeenReason', message: 'Say why' },
        { path: 'progress.0.objectiveId', message: 'Not discussed' },
        { path: 'progress.0.givenBy.name', message: 'Who' },
        { path: 'familyWords', message: 'Write it' },
      ],
      values,
    );
    expect(placed.map((p) => p.path)).toEqual(['people.0.seen', 'people.1.notSeenReason', 'progress.0.discussed', 'progress.0.givenBy.name', 'familyWords']);
  });
});
