import { describe, expect, it } from 'vitest';
import { type Actor, canSeeInvestigation, canSeeReport, type InvestigationLink } from './access.js';

// PLAT-1, the application's half of "who may read an investigation", without the database: the
// same rule RLS applies in hearth_can_see_investigation (tested at the database in
// investigations/hotline-need-to-know.test.ts).
const HOTLINE = 'unit-north-hotline';
const INVESTIGATIONS = 'unit-north-investigations';
const NORTH = 'office-north';

const investigation: InvestigationLink = { investigatorId: 'ivy', orgUnitId: INVESTIGATIONS, collaboratorIds: ['colleague'], caseWorkerIds: ['priya'] };
const report = { screenerId: 'hannah', orgUnitId: HOTLINE, collaboratorIds: ['report-helper'], investigation };
const actor = (userId: string, scopeUnitIds: string[] = []): Actor => ({ userId, roles: [], scopeUnitIds });

const table: Array<[who: string, actor: Actor, investigation: boolean, report: boolean]> = [
  ['the assigned investigator', actor('ivy'), true, true],
  ['a collaborator on the investigation', actor('colleague'), true, true],
  ['the caseworker of the case opened from it', actor('priya'), true, true],
  ['the investigation unit’s supervisor (scope over its unit)', actor('dana', [INVESTIGATIONS]), true, true],
  ['the program manager over the office', actor('gloria', [NORTH, HOTLINE, INVESTIGATIONS]), true, true],
  ['the screener who took the report', actor('hannah', [HOTLINE]), false, true],
  ['the careline supervisor (scope over the intake unit only)', actor('samuel', [HOTLINE]), false, true],
  ['a collaborator on the report only', actor('report-helper'), false, true],
  ['another investigator in the unit, not assigned, no scope', actor('marcus'), false, false],
];

describe('who may read an investigation, in the application policy (PLAT-1)', () => {
  it.each(table)('%s: investigation %s, report %s', (_who, who, mayReadInvestigation, mayReadReport) => {
    expect(canSeeInvestigation(who, investigation)).toBe(mayReadInvestigation);
    expect(canSeeReport(who, report)).toBe(mayReadReport);
  });
});
