import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { type AuditAction, recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requireDefinition } from '../../instruments/instruments.catalog.js';
import { loadCase } from '../cases.service.js';
import { loadCaseForWork } from '../team/team.service.js';
import { childrenOnCase, currentInstrument, loadAssessmentForWork, today } from './functional.access.js';
import * as repo from './functional.repo.js';
import { answerProblems, compareRatings, functionalResultOf, missingProblems } from './functional.result.js';
import type { FunctionalResult, SaveFunctionalInput, StartFunctionalInput } from './functional.schema.js';

type Trx = Transaction<DB>;

const present = (row: repo.FunctionalRow, mayWork: boolean) => ({
  id: row.id,
  caseId: row.case_id,
  childPersonId: row.child_person_id,
  instrument: { key: row.instrument_key, version: row.instrument_version },
  status: row.status,
  assessedOn: row.assessed_on,
  answers: row.answers,
  result: row.result as FunctionalResult | null,
  version: row.version,
  createdByName: row.created_by_name,
  createdAt: row.created_at,
  completedByName: row.completed_by_name,
  completedAt: row.completed_at,
  abilities: { edit: mayWork && row.status === 'draft' },
});

const audit = (ctx: RequestContext, trx: Trx, action: AuditAction, caseId: string, personIds: string[], details: Record<string, unknown>) =>
  recordAudit(trx, ctx, [{ action, recordType: 'case', recordId: caseId, personIds, details }]);

const mayWorkOn = (loaded: Awaited<ReturnType<typeof loadCase>>) => loaded.abilities.work && loaded.row.status === 'open';

/** A future date is refused: the assessment records what was seen on the day it was done. */
function checkAssessedOn(assessedOn: string) {
  if (assessedOn > today())
    throw new Problem('validation', 'The assessment date cannot be in the future.', [
      { path: 'assessedOn', message: 'Use today or an earlier date', code: 'custom', params: { reason: 'future_date' } },
    ]);
}

/** FCA-2: the children on the case with their assessments (newest first) and the instrument new ones use. */
export async function readFunctionalOverview(ctx: RequestContext, trx: Trx, config: Config, caseId: string) {
  const loaded = await loadCase(ctx, trx, caseId);
  const [children, rows, instrument] = await Promise.all([childrenOnCase(trx, caseId), repo.findForCase(trx, caseId), currentInstrument(trx, config)]);
  await audit(
    ctx,
    trx,
    'child_functional.list',
    caseId,
    children.map((c) => c.person_id),
    { assessmentIds: rows.map((r) => r.id) },
  );
  const mayWork = mayWorkOn(loaded);
  return {
    caseId,
    definition: instrument.definition as unknown as Record<string, unknown>,
    children: children.map((c) => ({
      personId: c.person_id,
      name: `${c.first_name} ${c.last_name}`,
      dateOfBirth: c.date_of_birth,
      assessments: rows.filter((r) => r.child_person_id === c.person_id).map((r) => present(r, mayWork)),
    })),
    abilities: { start: mayWork },
  };
}

/** Starts a draft for one child. The same id again answers the draft already made (a retried request). */
export async function startFunctional(ctx: RequestContext, trx: Trx, config: Config, caseId: string, input: StartFunctionalInput) {
  await loadCaseForWork(ctx, trx, caseId, 'a child’s functional assessment');
  const again = await repo.findById(trx, input.id);
  if (again) {
    if (again.case_id !== caseId || again.child_person_id !== input.childPersonId) throw idTaken();
    // The retry is shown the draft: a read, audited as one.
    await audit(ctx, trx, 'child_functional.list', caseId, [again.child_person_id], { assessmentId: again.id });
    return { created: false, item: present(again, true) };
  }
  if (!(await childrenOnCase(trx, caseId)).some((c) => c.person_id === input.childPersonId))
    throw new Problem('validation', 'Choose a child on this case.', [{ path: 'childPersonId', message: 'Choose a child on this case' }]);
  checkAssessedOn(input.assessedOn);
  const { ref } = await currentInstrument(trx, config);
  const inserted = await repo.insertDraft(trx, { ...input, caseId, instrument: ref, createdBy: ctx.userId });
  if (!inserted) {
    const raced = await repo.findById(trx, input.id);
    if (raced && raced.case_id === caseId && raced.child_person_id === input.childPersonId) return { created: false, item: present(raced, true) };
    if (raced) throw idTaken();
    throw new Problem('conflict', 'This child already has a draft assessment. Finish that one first.').because('functional_draft_exists');
  }
  await audit(ctx, trx, 'child_functional.start', caseId, [input.childPersonId], { assessmentId: input.id, instrument: `${ref.key}@${ref.version}` });
  return { created: true, item: present((await repo.findById(trx, input.id))!, true) };
}

/** Saves the draft's answers at the version the client read (stale → 409); answers the instrument refuses → 400. */
export async function saveFunctional(ctx: RequestContext, trx: Trx, id: string, input: SaveFunctionalInput) {
  const { row } = await loadAssessmentForWork(ctx, trx, id);
  const definition = await requireDefinition(trx, row.instrument_key, row.instrument_version);
  const problems = answerProblems(definition, input.answers);
  if (problems.length) throw new Problem('validation', 'Some answers are not ratings of this instrument.', problems);
  checkAssessedOn(input.assessedOn);
  if (!(await repo.saveDraft(trx, id, input))) throw conflict('assessment');
  await audit(ctx, trx, 'child_functional.save', row.case_id, [row.child_person_id], { assessmentId: id });
  return present((await repo.findById(trx, id))!, true);
}

/** Completes the draft once every required item is rated, storing the ratings and what they call for. */
export async function completeFunctional(ctx: RequestContext, trx: Trx, id: string, version: number) {
  const { row } = await loadAssessmentForWork(ctx, trx, id);
  if (row.version !== version) throw conflict('assessment');
  const definition = await requireDefinition(trx, row.instrument_key, row.instrument_version);
  const problems = [...answerProblems(definition, row.answers), ...missingProblems(definition, row.answers)];
  if (problems.length)
    throw new Problem('validation', 'Rate every item before completing the assessment.', problems).because('functional_incomplete', {
      count: problems.length,
    });
  const result = functionalResultOf(definition, row.answers);
  if (!(await repo.complete(trx, id, version, result, ctx.userId))) throw conflict('assessment');
  await audit(ctx, trx, 'child_functional.complete', row.case_id, [row.child_person_id], {
    assessmentId: id,
    needs: result.needs,
    strengths: result.strengths,
  });
  return present((await repo.findById(trx, id))!, true);
}

/** FCA-2 comparison: one child's completed assessments, item by item, for the chart and the table. */
export async function compareFunctional(ctx: RequestContext, trx: Trx, config: Config, caseId: string, childPersonId: string) {
  await loadCase(ctx, trx, caseId);
  if (!(await childrenOnCase(trx, caseId)).some((c) => c.person_id === childPersonId)) throw notFound('child on this case');
  const completed = (await repo.findForCase(trx, caseId, childPersonId)).filter((r) => r.status === 'completed');
  // Items follow the newest completed assessment's instrument, else the one new assessments use.
  const newest = completed[0];
  const definition = newest
    ? await requireDefinition(trx, newest.instrument_key, newest.instrument_version)
    : (await currentInstrument(trx, config)).definition;
  await audit(ctx, trx, 'child_functional.compare', caseId, [childPersonId], { assessmentIds: completed.map((r) => r.id) });
  const compared = compareRatings(
    definition,
    completed.map((r) => ({
      id: r.id,
      assessedOn: r.assessed_on,
      completedAt: new Date(r.completed_at ?? r.created_at).toISOString(),
      instrument: { key: r.instrument_key, version: r.instrument_version },
      result: r.result as FunctionalResult,
    })),
  );
  return { childPersonId, ...compared };
}
