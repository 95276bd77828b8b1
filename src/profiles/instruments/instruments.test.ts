import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  exportInstrumentDefinition,
  functionalSummary,
  type InstrumentDefinition,
  optionsOf,
  parseInstrumentDefinition,
  scoreInstrument,
} from '../../domain/instruments/index.js';
import { connecticutV1 } from '../ct.js';
import { profileVersions } from '../index.js';
import { childFunctional, demoInstruments, familyRisk, reunificationAssessment, riskReassessment, safetyAssessment, screeningCriteria } from './index.js';

// The demonstration instruments (INT-4, INV-3, INV-5, FCA-2, PERM-4), worked through the way a
// worker would fill them in. They are illustrations, not validated tools.

/** Answers every item of the given sections with the same value. */
function answerAll(def: InstrumentDefinition, sectionKeys: string[], value: string): Record<string, unknown> {
  const items = def.sections.filter((s) => sectionKeys.includes(s.key)).flatMap((s) => s.items);
  return Object.fromEntries(items.filter((i) => i.type === 'yes_no').map((i) => [i.key, value]));
}

describe('every demonstration instrument', () => {
  it.each(demoInstruments.map((d) => [d.key, d] as const))('%s is a valid definition that round-trips through JSON', (_key, def) => {
    expect(parseInstrumentDefinition(def)).toEqual({ ok: true, definition: def });
    const json = exportInstrumentDefinition(def);
    expect(parseInstrumentDefinition(JSON.parse(json))).toEqual({ ok: true, definition: def });
    expect(exportInstrumentDefinition(JSON.parse(json))).toBe(json);
  });

  it('says it is a demonstration, not a validated tool, in both languages of its title', () => {
    for (const def of demoInstruments) {
      expect(def.source).toBe('Hearth demonstration instrument, paraphrased; not a validated tool');
      expect(def.title.en).toMatch(/demonstration/);
      expect(def.title.es).toMatch(/demostración/);
    }
    expect(new Set(demoInstruments.map((d) => d.key)).size).toBe(demoInstruments.length);
  });

  it('is what each practice profile names for that use, by key and version', () => {
    for (const profile of profileVersions) {
      for (const [use, ref] of Object.entries(profile.instruments)) {
        const def = demoInstruments.find((d) => d.key === ref.key && d.version === ref.version);
        expect(def?.kind, `${profile.code} ${use}`).toBe(use);
      }
    }
  });

  it('scores arbitrary answers without throwing, the same way every time', () => {
    const anyInstrument = fc.constantFrom(...demoInstruments);
    fc.assert(
      fc.property(anyInstrument, fc.dictionary(fc.string(), fc.anything(), { maxKeys: 8 }), fc.integer({ min: 0, max: 10_000 }), (def, noise, seed) => {
        // Mix real answers in so that conditions, levels and decisions are exercised too.
        const items = def.sections.flatMap((s) => s.items);
        const real = Object.fromEntries(
          items
            .filter((_, i) => (seed >> (i % 13)) & 1)
            .map((item, i) => {
              const options = optionsOf(item);
              return [item.key, options.length ? options[(seed + i) % options.length].value : 'note'];
            }),
        );
        const answers = { ...noise, ...real };
        expect(scoreInstrument(def, answers)).toEqual(scoreInstrument(def, answers));
      }),
    );
  });
});

describe('screening criteria and response priority', () => {
  const {
    pa_injury_serious: _a,
    sa_access: _b,
    ...criteria
  } = answerAll(screeningCriteria, ['physical_abuse', 'neglect', 'sexual_abuse', 'emotional_abuse'], 'no');
  const nothingReported = { ...criteria, youngest_age: 'age_6_to_12', seen_by_others: 'yes', family_assessment_allowed: 'yes' };

  it('screens in a serious injury for a same-day response', () => {
    const result = scoreInstrument(screeningCriteria, { ...nothingReported, pa_injury: 'yes', pa_injury_serious: 'yes' });
    expect(result.complete).toBe(true);
    expect(result.decision).toEqual({ outcome: 'screen_in', attributes: { responsePriority: 'same_day' }, ruleIndex: 0 });
  });

  it('asks about the serious-injury follow-up only when an injury is reported', () => {
    expect(scoreInstrument(screeningCriteria, nothingReported).visibleItems).not.toContain('pa_injury_serious');
    expect(scoreInstrument(screeningCriteria, { ...nothingReported, pa_injury: 'yes' }).missing).toEqual(['pa_injury_serious']);
  });

  it('sends neglect the family-assessment path when policy allows', () => {
    const result = scoreInstrument(screeningCriteria, { ...nothingReported, ng_basic_needs: 'yes' });
    expect(result.decision).toMatchObject({ outcome: 'screen_in_family_assessment', attributes: { responsePriority: 'within_72_hours' } });
  });

  it('investigates neglect within 24 hours when no outside adult sees the child', () => {
    const result = scoreInstrument(screeningCriteria, { ...nothingReported, ng_medical: 'yes', seen_by_others: 'no' });
    expect(result.decision).toMatchObject({ outcome: 'screen_in', attributes: { responsePriority: 'within_24_hours' } });
  });

  it('takes sexual abuse off the family-assessment path', () => {
    const result = scoreInstrument(screeningCriteria, { ...nothingReported, sa_concern: 'yes', sa_access: 'no' });
    expect(result.visibleItems).not.toContain('family_assessment_allowed');
    expect(result.decision).toMatchObject({ outcome: 'screen_in', attributes: { responsePriority: 'within_24_hours' } });
  });

  it('screens out a report meeting no criterion, with a community referral', () => {
    const result = scoreInstrument(screeningCriteria, nothingReported);
    expect(result.decision).toEqual({ outcome: 'screen_out', attributes: { referral: 'community_services' }, ruleIndex: null });
  });

  it("uses Connecticut's response priority codes, which the Connecticut profile times", () => {
    const used = screeningCriteria.decisions!.rules.map((r) => r.attributes?.responsePriority).filter(Boolean);
    expect(new Set(used)).toEqual(new Set(connecticutV1.responsePriorities.map((p) => p.code)));
  });
});

describe('safety assessment', () => {
  const children = { cv_under_six: { ana: 'yes', ben: 'no' }, cv_limited_self_protection: { ana: 'no', ben: 'no' }, cv_rarely_seen: { ana: 'no', ben: 'no' } };
  const noThreats = { ...answerAll(safetyAssessment, ['adult_capacities', 'behaviours'], 'no'), ...children };

  it('is safe when no threat is found, without asking about interventions', () => {
    const result = scoreInstrument(safetyAssessment, noThreats, { childIds: ['ana', 'ben'] });
    expect(result).toMatchObject({ complete: true, decision: { outcome: 'safe' } });
    expect(result.visibleItems).not.toContain('interventions_in_home');
  });

  it('is unsafe with two threats and no protective capacity, even if interventions are said to control them', () => {
    const answers = {
      ...noThreats,
      threat_substance_use: 'yes',
      threat_adult_violence: 'yes',
      interventions_in_home: ['family_network'],
      interventions_control: 'yes',
    };
    const result = scoreInstrument(safetyAssessment, answers, { childIds: ['ana', 'ben'] });
    expect(result.complete).toBe(true);
    expect(result.decision).toEqual({ outcome: 'unsafe', ruleIndex: null });
  });

  it('is safe with a plan when a protective caregiver and in-home interventions control the threats', () => {
    const answers = {
      ...noThreats,
      threat_substance_use: 'yes',
      pc_sees_danger: 'yes',
      interventions_in_home: ['family_network', 'person_leaves'],
      interventions_control: 'yes',
    };
    expect(scoreInstrument(safetyAssessment, answers).decision).toMatchObject({ outcome: 'safe_with_plan' });
    expect(scoreInstrument(safetyAssessment, { ...answers, interventions_control: 'no' }).decision).toMatchObject({ outcome: 'unsafe' });
  });

  it('lists what is missing once a threat is marked', () => {
    const result = scoreInstrument(safetyAssessment, { ...noThreats, threat_other: 'yes' });
    expect(result.missing).toEqual(['threat_other_describe', 'interventions_in_home']);
    const noneEnough = scoreInstrument(safetyAssessment, {
      ...noThreats,
      threat_other: 'yes',
      threat_other_describe: 'Loaded gun on the table',
      interventions_in_home: ['none'],
    });
    expect(noneEnough).toMatchObject({ complete: true, decision: { outcome: 'unsafe' } });
    expect(noneEnough.visibleItems).not.toContain('interventions_control');
  });

  it('needs the vulnerability questions answered for every child in the household', () => {
    const result = scoreInstrument(safetyAssessment, { ...noThreats, cv_rarely_seen: { ana: 'no' } }, { childIds: ['ana', 'ben'] });
    expect(result.missing).toEqual(['cv_rarely_seen']);
    expect(result.missingChildren).toEqual({ cv_rarely_seen: ['ben'] });
  });
});

describe('family risk assessment', () => {
  const lowest = {
    prior_reports: 'none',
    prior_injury: 'no',
    children_in_home: 'one_or_two',
    youngest_under_two: 'no',
    housing_unstable: 'no',
    child_needs: ['none'],
    substance_use: 'never',
    mental_health: 'no',
    adult_violence: 'none',
    harsh_discipline: 'no',
    caregiver_in_care_as_child: 'no',
  };

  it('takes the higher of the neglect and abuse levels', () => {
    const result = scoreInstrument(familyRisk, { ...lowest, prior_reports: 'one', adult_violence: 'repeated', harsh_discipline: 'yes', substance_use: 'past' });
    expect(result.indices).toEqual({ neglect: 2, abuse: 4 });
    expect(result).toMatchObject({ complete: true, level: 'moderate', decision: { outcome: 'consider_services' } });
    const higher = scoreInstrument(familyRisk, {
      ...lowest,
      prior_reports: 'two_or_more',
      substance_use: 'current',
      child_needs: ['developmental', 'medical'],
      housing_unstable: 'yes',
    });
    expect(higher.indices).toEqual({ neglect: 7, abuse: 2 });
    expect(higher).toMatchObject({ level: 'very_high', decision: { outcome: 'open_for_services' } });
  });

  it('is very high by policy override after sexual abuse with access, whatever the score', () => {
    const result = scoreInstrument(familyRisk, lowest);
    expect(result.level).toBe('low');
    const override = applyOverride(familyRisk, result, { kind: 'policy', key: 'sexual_abuse_with_access' });
    expect(override).toEqual({ ok: true, finalLevel: 'very_high', needsApproval: false });
    if (override.ok) expect(scoreInstrument(familyRisk, lowest, { finalLevel: override.finalLevel }).decision).toMatchObject({ outcome: 'open_for_services' });
  });

  it('allows a discretionary override one level up with supervisor approval, never two, never down', () => {
    const result = scoreInstrument(familyRisk, lowest);
    const reason = 'Caregiver left the children alone twice this month';
    expect(applyOverride(familyRisk, result, { kind: 'discretionary', toLevel: 'moderate', reason })).toEqual({
      ok: true,
      finalLevel: 'moderate',
      needsApproval: true,
    });
    expect(applyOverride(familyRisk, result, { kind: 'discretionary', toLevel: 'high', reason })).toMatchObject({ ok: false });
    const moderate = scoreInstrument(familyRisk, { ...lowest, adult_violence: 'repeated', harsh_discipline: 'yes' });
    expect(applyOverride(familyRisk, moderate, { kind: 'discretionary', toLevel: 'low', reason })).toEqual({
      ok: false,
      message: 'An override may not lower the level',
    });
  });

  it('never gives a lower level when another answer adds points', () => {
    const levels = familyRisk.levels!.thresholds.map((t) => t.level);
    const items = familyRisk.sections.flatMap((s) => s.items);
    const anyAnswers = fc.record(Object.fromEntries(items.map((item) => [item.key, fc.constantFrom(...optionsOf(item).map((o) => o.value))])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...items), fc.nat(), (answers, item, pick) => {
        if (item.type === 'multi') return;
        const option = optionsOf(item)[pick % optionsOf(item).length];
        const before = scoreInstrument(familyRisk, answers);
        const current = optionsOf(item).find((o) => o.value === answers[item.key]);
        const gains = Object.keys(before.indices).every((x) => (option.points?.[x] ?? 0) >= (current?.points?.[x] ?? 0));
        if (!gains) return;
        const after = scoreInstrument(familyRisk, { ...answers, [item.key]: option.value });
        expect(levels.indexOf(after.level!)).toBeGreaterThanOrEqual(levels.indexOf(before.level!));
      }),
    );
  });
});

describe('risk reassessment', () => {
  const steady = {
    new_reports: 'none',
    new_finding: 'no',
    adult_violence: 'no',
    substance_use: 'improving',
    needs_unmet: 'no',
    plan_progress: 'some',
    engagement: 'fully',
    unresolved_threat: 'no',
  };

  it('suggests closing at low or moderate risk with no threat left', () => {
    expect(scoreInstrument(riskReassessment, steady)).toMatchObject({ complete: true, indices: { risk: 2 }, level: 'low', decision: { outcome: 'close' } });
  });

  it('continues services while a threat remains or when plan progress is poor', () => {
    expect(scoreInstrument(riskReassessment, { ...steady, unresolved_threat: 'yes' }).decision).toMatchObject({ outcome: 'continue_services' });
    const stuck = scoreInstrument(riskReassessment, { ...steady, plan_progress: 'little', engagement: 'not', new_finding: 'yes' });
    expect(stuck).toMatchObject({ indices: { risk: 7 }, level: 'high', decision: { outcome: 'continue_services' } });
  });
});

describe('reunification assessment', () => {
  const hopeful = {
    latest_risk_level: 'moderate',
    new_finding: 'no',
    plan_progress: 'changed',
    family_time_amount: 'all',
    family_time_quality: 'strong',
    return_threats: 'no',
    time_limit_reached: 'no',
  };

  it('returns the child home when risk is low or moderate, family time goes well and no threat remains', () => {
    expect(scoreInstrument(reunificationAssessment, hopeful)).toMatchObject({ complete: true, level: 'low', decision: { outcome: 'return_home' } });
  });

  it('returns the child home with a safety plan when the plan controls the threats', () => {
    const result = scoreInstrument(reunificationAssessment, { ...hopeful, return_threats: 'yes', return_threats_controlled: 'yes' });
    expect(result.decision).toMatchObject({ outcome: 'return_home_with_safety_plan' });
  });

  it('continues services when family time is poor, and changes the plan once time runs out', () => {
    const poorTime = { ...hopeful, family_time_amount: 'few', family_time_quality: 'mixed' };
    expect(scoreInstrument(reunificationAssessment, poorTime)).toMatchObject({
      indices: { family_time_concerns: 3 },
      decision: { outcome: 'continue_services' },
    });
    expect(scoreInstrument(reunificationAssessment, { ...poorTime, time_limit_reached: 'yes' }).decision).toMatchObject({ outcome: 'change_plan' });
  });

  it('treats a missing risk assessment as high risk', () => {
    const result = scoreInstrument(reunificationAssessment, {
      ...hopeful,
      latest_risk_level: 'none_recorded',
      plan_progress: 'some',
      time_limit_reached: 'yes',
    });
    expect(result).toMatchObject({ level: 'moderate', indices: { reunification_risk: 3 } });
    expect(
      scoreInstrument(reunificationAssessment, { ...hopeful, latest_risk_level: 'none_recorded', plan_progress: 'little', time_limit_reached: 'yes' }),
    ).toMatchObject({
      level: 'high',
      decision: { outcome: 'change_plan' },
    });
  });
});

describe("child's needs and strengths", () => {
  const ratings = {
    daily_routines: 0,
    physical_health: 1,
    sleep: 2,
    worry: 3,
    low_mood: 1,
    anger: 0,
    trauma_reactions: 2,
    in_school: 'no',
    family_bonds: 0,
    friendships: 2,
    interests: 1,
    community: 3,
    coping: 2,
    caregiver_supervision: 1,
    caregiver_understanding: 2,
  };

  it('marks needs rated 2 or 3 for the case plan and strengths rated 0 or 1 to build on', () => {
    expect(functionalSummary(childFunctional, ratings)).toEqual({
      needs: ['sleep', 'worry', 'trauma_reactions', 'caregiver_understanding'],
      strengths: ['family_bonds', 'interests'],
    });
    expect(scoreInstrument(childFunctional, ratings)).toMatchObject({ complete: true, indices: { actionable_needs: 4 }, level: null, decision: null });
  });

  it('asks about school only for a child who goes, and ignores stale school ratings', () => {
    const stale = { ...ratings, school_attendance: 3 };
    expect(scoreInstrument(childFunctional, stale).visibleItems).not.toContain('school_attendance');
    expect(functionalSummary(childFunctional, stale).needs).not.toContain('school_attendance');
    const inSchool = scoreInstrument(childFunctional, { ...ratings, in_school: 'yes', school_attendance: 3 });
    expect(inSchool.missing).toEqual(['school_learning']);
    expect(inSchool.indices.actionable_needs).toBe(5);
  });

  it('accepts only ratings on the scale', () => {
    expect(scoreInstrument(childFunctional, { ...ratings, sleep: 4 }).invalid).toEqual([{ item: 'sleep', message: 'Not one of the options: 0, 1, 2, 3' }]);
    expect(scoreInstrument(childFunctional, { ...ratings, sleep: '2' }).invalid).toHaveLength(1);
  });
});
