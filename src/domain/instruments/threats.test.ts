import { describe, expect, it } from 'vitest';
import { safetyAssessment } from '../../profiles/instruments/safety-assessment.js';
import { threatsOf } from './threats.js';

// INV-3, INV-4: a safety plan answers the threats the safety assessment found.
describe('threatsOf', () => {
  it('lists the dangerous behaviours answered yes, with an "other" threat described', () => {
    const threats = threatsOf(safetyAssessment, {
      threat_not_protecting: 'yes',
      threat_serious_harm: 'no',
      threat_other: 'yes',
      threat_other_describe: 'Loaded gun in the car.',
      pc_sees_danger: 'yes',
    });
    expect(threats.map((t) => t.key)).toEqual(['threat_not_protecting', 'threat_other']);
    expect(threats[1]!.label.en).toContain('Loaded gun in the car.');
  });

  it('finds nothing when no threat was marked', () => {
    expect(threatsOf(safetyAssessment, { threat_serious_harm: 'no' })).toEqual([]);
  });
});
