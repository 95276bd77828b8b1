import type { InstrumentDefinition } from '../../domain/instruments/index.js';
import { childFunctional } from './child-functional.js';
import { familyRisk } from './family-risk.js';
import { reunificationAssessment } from './reunification-assessment.js';
import { riskReassessment } from './risk-reassessment.js';
import { safetyAssessment } from './safety-assessment.js';
import { screeningCriteria } from './screening-criteria.js';

export { childFunctional, familyRisk, reunificationAssessment, riskReassessment, safetyAssessment, screeningCriteria };

/**
 * The demonstration instruments the demo agency starts with. None is a validated tool: they show
 * what the engine can express, and must not be used for real decisions without the agency's own
 * licensed content.
 */
export const demoInstruments: InstrumentDefinition[] = [
  screeningCriteria,
  safetyAssessment,
  familyRisk,
  riskReassessment,
  reunificationAssessment,
  childFunctional,
];
