import { describe, expect, it } from 'vitest';
import { connecticutV1 } from './ct.js';
import { describeProfile, profileAsText, ruleSentence } from './describe.js';
import { georgiaV1, georgiaV3 } from './ga.js';
import { historyOf, profileInForce, profileVersions } from './index.js';
import { isSet, parseProfileVersion, type ProfileVersion } from './profile-schema.js';
import { vermontV1 } from './vt.js';

/** PLAT-3: profiles are validated data, every value sourced or marked for the agency to set. */
describe('shipped practice profiles', () => {
  it.each(profileVersions.map((p) => [p.code, p] as const))('%s parses and every rule names a source or says the agency sets it', (_code, profile) => {
    expect(parseProfileVersion(profile)).toEqual(profile);
    for (const rule of profile.rules) {
      if ('responsePriority' in rule.within) continue;
      if (isSet(rule.within)) expect(rule.within.source.length).toBeGreaterThan(10);
      else expect(rule.within.agencyToSet).toBe(true);
    }
  });

  it('Georgia reads in plain language: 30 business days, 72 hours after an emergency placement, case plan in 30 days', () => {
    const lines = describeProfile(georgiaV1, 'en', 2026).sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(lines).toContain('Initial assessment: complete within 30 business days of the report');
    expect(lines).toContain('Family team meeting after an emergency placement: within 72 hours');
    expect(lines).toContain('Case plan: made with the family within 30 calendar days of the removal');
  });

  it('marks what the agency must set instead of inventing it (CT completion limit, VT response times)', () => {
    const ct = describeProfile(connecticutV1, 'en', 2026).sections.flatMap((s) => s.lines);
    expect(ct.find((l) => l.key === 'rule.initial_assessment')).toMatchObject({
      agencyToSet: true,
      text: 'Investigation: the agency has not set this time limit yet',
    });
    const vt = describeProfile(vermontV1, 'es', 2026).sections.find((s) => s.key === 'response')!.lines;
    expect(vt.every((l) => l.agencyToSet)).toBe(true);
    expect(vt[0]!.text).toBe('Prioridad 1 (la más urgente): la agencia aún no ha fijado este tiempo de respuesta');
  });

  it('lists the year’s holidays with the state’s own (CT Lincoln’s Birthday, VT Town Meeting Day)', () => {
    const holidays = (p: ProfileVersion) =>
      describeProfile(p, 'en', 2026)
        .sections.find((s) => s.key === 'calendar')!
        .lines.find((l) => l.key === 'calendar.holidays.2026')!.text;
    expect(holidays(connecticutV1)).toContain("Lincoln's Birthday (Feb 12)");
    expect(holidays(vermontV1)).toContain('Town Meeting Day (Mar 3)');
    expect(holidays(georgiaV1)).toContain('Independence Day (Jul 3)'); // July 4, 2026 is a Saturday
  });

  it('prints the same text for the terminal, Spanish included', () => {
    const text = profileAsText(describeProfile(georgiaV1, 'es', 2026), 'Fuente');
    expect(text).toContain('Evaluación inicial: completar dentro de 30 días hábiles desde el reporte');
    expect(text).toContain('Fuente: Georgia DFCS Case Practice Model');
  });

  it('rejects a profile with a doubled rule key or a response-priority clock on the wrong event', () => {
    const doubled = { ...georgiaV1, rules: [georgiaV1.rules[0]!, georgiaV1.rules[0]!] };
    expect(() => parseProfileVersion(doubled)).toThrow(/used twice/);
    const wrong = { ...georgiaV1, rules: [{ ...georgiaV1.rules[0]!, on: 'child.removed' }] };
    expect(() => parseProfileVersion(wrong)).toThrow(/only a screened-in report has/);
    expect(() => parseProfileVersion({ ...georgiaV1, effectiveFrom: '1 Jan 2027' })).toThrow(/2026-01-31/);
  });
});

describe('versions with effective dates', () => {
  // A hypothetical GA change: 25 business days from 2027-07-01. Events before then keep v3.
  const initial = georgiaV1.rules.find((r) => r.key === 'initial_assessment')!;
  const v4 = parseProfileVersion({
    ...georgiaV3,
    version: 4,
    effectiveFrom: '2027-07-01',
    rules: georgiaV3.rules.map((r) =>
      r.key === 'initial_assessment' ? { ...initial, within: { value: { amount: 25, unit: 'business_days' }, source: 'test fixture' } } : r,
    ),
  });
  const versions = [...profileVersions, v4];

  it('the version in force is the latest one effective on that date', () => {
    expect(profileInForce('ga', '2026-11-30', versions).version).toBe(1);
    expect(profileInForce('ga', '2026-12-01', versions).version).toBe(2);
    expect(profileInForce('ga', '2026-12-04', versions).version).toBe(3);
    expect(profileInForce('ga', '2027-06-30', versions).version).toBe(3);
    expect(profileInForce('ga', '2027-07-01', versions).version).toBe(4);
    expect(ruleSentence(profileInForce('ga', '2027-07-01', versions).rules.find((r) => r.key === 'initial_assessment')!, 'en')).toBe(
      'Initial assessment: complete within 25 business days of the report',
    );
    expect(historyOf('ga', versions).map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(() => profileInForce('ga', '2020-12-31', versions)).toThrow(/No GA profile version/);
  });
});

describe('investigation decision guide (INV-7)', () => {
  it('reads in plain words, with its source, in English and Spanish', () => {
    const en = describeProfile(connecticutV1, 'en', 2026).sections.find((s) => s.key === 'decision_guide')!;
    expect(en.lines[0]!.text).toBe('When the safety decision is unsafe, recommend: open an out-of-home case');
    expect(en.lines[4]!.text).toBe('When the risk level is low, recommend: close or close with a community referral');
    expect(en.lines.every((l) => l.source?.includes('Missouri'))).toBe(true);
    const es = describeProfile(connecticutV1, 'es', 2026).sections.find((s) => s.key === 'decision_guide')!;
    expect(es.lines[0]!.text).toBe('Cuando la decisión de seguridad es inseguro, se recomienda: abrir un caso fuera del hogar');
  });

  it('refuses a guide rule that recommends nothing', () => {
    expect(() => parseProfileVersion({ ...connecticutV1, decisionGuide: { source: 'x', rules: [{ when: {}, recommend: [] }] } })).toThrow();
  });
});

describe('closure rules (INV-1, INV-4, INV-7), version 2 of every profile', () => {
  it('every profile in force from 2026-12-01 carries them, and says them in plain words with the exception', () => {
    for (const code of ['ct', 'ga', 'vt'] as const) {
      const current = profileInForce(code, '2026-12-01');
      expect(current.version).toBe(2);
      expect(current.closureRules?.unsafe.allowed).toEqual(['open_out_of_home', 'open_in_home_with_approved_safety_plan']);
      expect(current.rules.map((r) => r.key)).toContain('record_removal');
    }
    const lines = describeProfile(profileInForce('ct', '2026-12-01'), 'es')
      .sections.find((s) => s.key === 'closure')!
      .lines.map((l) => l.text);
    expect(lines[0]).toMatch(/no puede cerrarse/);
    expect(lines[1]).toMatch(/^Excepción permitida: No se pudo localizar a la familia/);
    expect(describeProfile(profileInForce('ct', '2026-11-30'), 'en').sections.some((s) => s.key === 'closure')).toBe(false);
  });
});

describe('family teaming as data (ENG-3..5)', () => {
  it('version 3 of every profile lists the full-disclosure items and the youth-chosen limit, each with its source, in both languages', () => {
    for (const code of ['ct', 'ga', 'vt'] as const) {
      const profile = profileInForce(code, '2026-12-04');
      expect(profile.version).toBe(3);
      expect(profile.familyTeaming?.disclosureItems.map((i) => i.code)).toEqual([
        'asfa_timeframes',
        'concurrent_planning',
        'family_rights',
        'how_to_ask_for_a_meeting',
      ]);
      expect(profile.rules.find((r) => r.key === 'requested_team_meeting')?.on).toBe('family_team_meeting.requested');
      for (const language of ['en', 'es'] as const) {
        const section = describeProfile(profile, language).sections.find((s) => s.key === 'family_teaming')!;
        expect(section.lines).toHaveLength(5);
        expect(section.lines.every((l) => l.source && !l.agencyToSet)).toBe(true);
      }
    }
    expect(
      describeProfile(profileInForce('ga', '2026-12-04'), 'es')
        .sections.find((s) => s.key === 'family_teaming')!
        .lines.at(-1)!.text,
    ).toBe('Un joven de 14 años o más puede elegir hasta 2 miembros de su equipo');
  });
});
