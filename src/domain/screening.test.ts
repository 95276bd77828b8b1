import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingForSubmission, type ReportForScreening, screeningDecisions } from './screening.js';

// INT-1..4: what a report still needs before a supervisor reviews it, in the screener's words.

const complete = (overrides: Partial<ReportForScreening> = {}): ReportForScreening => ({
  narrative: 'School nurse saw bruises on both arms of the child this morning.',
  reporterType: 'education',
  participants: [
    { personId: 'child', role: 'alleged_victim' },
    { personId: 'mother', role: 'parent' },
    { personId: 'partner', role: 'household_member' },
  ],
  allegations: [{ victimPersonId: 'child', perpetratorPersonId: 'partner' }],
  decision: 'screen_in',
  responsePriority: 'within_24_hours',
  decisionRationale: 'Physical injury by a household member.',
  communityReferral: null,
  screeningInstrumentComplete: true,
  ...overrides,
});
const pathsOf = (report: ReportForScreening) => missingForSubmission(report).map((m) => m.path);

describe('what a report needs before it goes to the supervisor', () => {
  it('a complete screened-in report needs nothing more', () => {
    expect(missingForSubmission(complete())).toEqual([]);
  });

  it('an empty draft lists every gap, each with a message the screener can act on', () => {
    const missing = missingForSubmission({
      narrative: '',
      reporterType: null,
      participants: [],
      allegations: [],
      decision: null,
      responsePriority: null,
      decisionRationale: null,
      communityReferral: null,
      screeningInstrumentComplete: false,
    });
    expect(missing.map((m) => m.path)).toEqual([
      'narrative',
      'reporter.reporterType',
      'participants',
      'participants',
      'screeningInstrument',
      'decision',
      'decisionRationale',
    ]);
    for (const item of missing) expect(item.message).toMatch(/^[A-Z].*\.$/);
  });

  it('the screening instrument must be answered in full before submitting (INT-4)', () => {
    expect(pathsOf(complete({ screeningInstrumentComplete: false }))).toEqual(['screeningInstrument']);
  });

  it('a narrative of only spaces, or under 20 characters, is not a narrative', () => {
    expect(pathsOf(complete({ narrative: ' '.repeat(40) }))).toEqual(['narrative']);
    expect(pathsOf(complete({ narrative: 'Bruises on arms.' }))).toEqual(['narrative']);
    expect(pathsOf(complete({ narrative: '  Bruises on both arms seen.  ' }))).toEqual([]);
  });

  it('needs a parent as well as a child, so non-custodial parents are not forgotten', () => {
    const report = complete({ participants: [{ personId: 'child', role: 'alleged_victim' }] });
    expect(missingForSubmission(report)).toEqual([
      { path: 'participants', message: 'Add the parents, including any non-custodial parent.', code: 'no_parents' },
    ]);
  });

  it.each(['screen_in', 'screen_in_family_assessment'] as const)('a %s needs an allegation and a response priority', (decision) => {
    expect(pathsOf(complete({ decision, allegations: [], responsePriority: null }))).toEqual(['allegations', 'responsePriority']);
  });

  it('a screen-out needs no allegation or priority, but must name the community referral', () => {
    const screenOut = complete({ decision: 'screen_out', allegations: [], responsePriority: null });
    expect(pathsOf(screenOut)).toEqual(['communityReferral']);
    expect(pathsOf({ ...screenOut, communityReferral: '   ' })).toEqual(['communityReferral']);
    expect(pathsOf({ ...screenOut, communityReferral: 'none offered' })).toEqual([]);
  });

  it('points at the allegation whose victim is not listed as an alleged victim', () => {
    const report = complete({
      allegations: [
        { victimPersonId: 'child', perpetratorPersonId: 'partner' },
        { victimPersonId: 'mother', perpetratorPersonId: 'partner' },
      ],
    });
    expect(pathsOf(report)).toEqual(['allegations.1.victimPersonId']);
  });

  // Properties: any complete report passes, and taking away one required thing names exactly that thing.
  const completeReports = fc
    .record({
      narrative: fc.string({ minLength: 20, maxLength: 200 }).filter((s) => s.trim().length >= 20),
      reporterType: fc.constantFrom('education', 'medical', 'anonymous', 'parent'),
      victims: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 4 }),
      parents: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 2 }),
      decision: fc.constantFrom(...screeningDecisions),
      responsePriority: fc.constantFrom('same_day', 'within_24_hours', 'within_72_hours'),
      rationale: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0),
      referral: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0),
    })
    .filter(({ victims, parents }) => victims.every((v) => !parents.includes(v)))
    .map(
      ({ narrative, reporterType, victims, parents, decision, responsePriority, rationale, referral }): ReportForScreening => ({
        narrative,
        reporterType,
        participants: [...victims.map((personId) => ({ personId, role: 'alleged_victim' })), ...parents.map((personId) => ({ personId, role: 'parent' }))],
        allegations: decision === 'screen_out' ? [] : victims.map((victimPersonId) => ({ victimPersonId, perpetratorPersonId: parents[0]! })),
        decision,
        responsePriority: decision === 'screen_out' ? null : responsePriority,
        decisionRationale: rationale,
        communityReferral: decision === 'screen_out' ? referral : null,
        screeningInstrumentComplete: true,
      }),
    );

  it('property: every complete report is ready to submit', () => {
    fc.assert(fc.property(completeReports, (report) => missingForSubmission(report).length === 0));
  });

  it('property: removing the rationale or the reporter type names exactly that field', () => {
    fc.assert(
      fc.property(completeReports, fc.constantFrom('decisionRationale', 'reporter.reporterType'), (report, field) => {
        const broken = field === 'decisionRationale' ? { ...report, decisionRationale: '  ' } : { ...report, reporterType: null };
        expect(pathsOf(broken)).toEqual([field]);
      }),
    );
  });

  it('property: the list of gaps never depends on the order people were added', () => {
    fc.assert(
      fc.property(completeReports, fc.boolean(), (report, dropAllegations) => {
        const base = dropAllegations ? { ...report, allegations: [] } : report;
        const reversed = { ...base, participants: [...base.participants].reverse() };
        expect(pathsOf(reversed)).toEqual(pathsOf(base));
      }),
    );
  });
});
