import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { type InstrumentDefinition, type InstrumentResult, scoreInstrument, threatsOf } from '../../../../domain/instruments/index.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, type FieldProblem, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requestApproval } from '../../approvals/approvals.request.js';
import { requireDefinition } from '../../instruments/instruments.catalog.js';
import { insertFirstResponse } from '../../instruments/instruments.repo.js';
import { profileAt } from '../../profile/profile.service.js';
import { recordEvent } from '../../work/work.engine.js';
import { riskLevelOf, safetyDecisionOf } from './assessment-outcomes.js';
import { type AssessmentKind, childrenInHome, findAssessments, overrideOf, type StoredAssessment } from './assessments.repo.js';
import { type InvestigationRow, loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;

/** The assessment's instrument: the one its answers were scored with, else the profile's current one. */
export async function assessmentFor(trx: Trx, config: Config, investigationId: string, kind: AssessmentKind) {
  const stored = (await findAssessments(trx, investigationId))[kind];
  if (stored) return stored;
  const profile = await profileAt(trx, config, new Date());
  const ref = profile.instruments[kind];
  if (!ref)
    throw new Problem('incomplete', `The ${profile.code.toUpperCase()} profile names no ${kind} instrument. Ask an administrator to set one.`).because(
      'no_instrument',
      { profile: profile.code.toUpperCase(), kind },
    );
  return { definition: await requireDefinition(trx, ref.key, ref.version), response: undefined };
}

type Found = { definition: InstrumentDefinition; response: StoredAssessment['response'] | undefined };

export function presentAssessment(kind: AssessmentKind, { definition, response }: Found, childIds: string[]) {
  const result = response ? (response.result as unknown as InstrumentResult) : null;
  return {
    kind,
    definition,
    childIds,
    response: response
      ? {
          id: response.id,
          answers: response.answers,
          result: response.result as unknown as InstrumentResult,
          status: response.status,
          version: response.version,
          updatedAt: response.updated_at,
          completedAt: response.completed_at,
        }
      : null,
    ...(kind === 'safety'
      ? { safetyDecision: safetyDecisionOf(result), threats: response ? threatsOf(definition, response.answers) : [] }
      : { riskLevel: riskLevelOf(result, response ? overrideOf(response) : null) }),
  };
}

const childIdsOf = async (trx: Trx, investigation: Pick<InvestigationRow, 'report_id'>) =>
  (await childrenInHome(trx, investigation.report_id)).map((c) => c.personId);

export async function readAssessment(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, kind: AssessmentKind) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'view');
  const found = await assessmentFor(trx, config, investigationId, kind);
  const childIds = await childIdsOf(trx, investigation);
  if (found.response) {
    await recordAudit(trx, ctx, [
      {
        action: 'instrument_response.read',
        recordType: 'investigation',
        recordId: investigationId,
        personIds: childIds,
        details: { kind, instrument: `${found.definition.key}@${found.definition.version}` },
      },
    ]);
  }
  return presentAssessment(kind, found, childIds);
}

/** What is still to answer, one line per item (and per child for per-child items), for a 422. */
function missingProblems(result: InstrumentResult): FieldProblem[] {
  return [
    ...result.missing.map((key) => ({
      path: `answers.${key}`,
      message: result.missingChildren[key]?.length
        ? `Answer this for each child (still missing: ${result.missingChildren[key].length})`
        : 'Answer this question',
      ...(result.missingChildren[key]?.length
        ? { code: 'unanswered_children', params: { count: result.missingChildren[key].length } }
        : { code: 'unanswered' }),
    })),
    ...result.invalid.map((bad) => ({ path: `answers.${bad.item}`, message: bad.message })),
  ];
}

export interface SaveAssessmentInput {
  answers: Record<string, unknown>;
  version?: number | undefined;
  complete?: boolean | undefined;
}

/**
 * Saves answers, scored on the server with the exact definition version. `complete: true` closes
 * the assessment (422 listing what is missing); a completed assessment is a record of what the
 * worker concluded and cannot change (409). Completing a safety assessment stops its clock, and an
 * unsafe decision asks a supervisor to approve a placement (INV-3, INV-7).
 */
export async function saveAssessment(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, kind: AssessmentKind, input: SaveAssessmentInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const { definition, response } = await assessmentFor(trx, config, investigationId, kind);
  if (response?.status === 'completed')
    throw new Problem(
      'conflict',
      `This ${kind} assessment was completed on ${response.completed_at?.toISOString().slice(0, 10)} and can no longer be changed.`,
    ).because('assessment_completed', { kind, date: response.completed_at?.toISOString().slice(0, 10) ?? '' });
  if (response && input.version !== response.version) throw conflict(`${kind} assessment`);
  if (!response && input.version !== undefined) throw conflict(`${kind} assessment`);
  // Per-child items are answered for every child in the home and only for them (INV-8).
  const childIds = await childIdsOf(trx, investigation);
  const result = scoreInstrument(definition, input.answers, { childIds });
  if (input.complete && !result.complete) {
    throw new Problem('incomplete', `Answer every question before completing the ${kind} assessment.`, missingProblems(result));
  }
  const status = input.complete ? 'completed' : 'draft';
  const now = new Date();
  const id = response?.id ?? randomUUID();
  const completion = { completed_by: input.complete ? ctx.userId : null, completed_at: input.complete ? now : null };
  if (!response) {
    const inserted = await insertFirstResponse(trx, {
      id,
      instrument_key: definition.key,
      instrument_version: definition.version,
      instrument_kind: definition.kind,
      subject_type: 'investigation',
      subject_id: investigationId,
      status,
      answers: JSON.stringify(input.answers),
      result: JSON.stringify(result),
      created_by: ctx.userId,
      ...completion,
    });
    // Another first save won the one-live-response index: this writer saw no response, so it is stale.
    if (!inserted) throw conflict(`${kind} assessment`);
  } else {
    const updated = await trx
      .updateTable('instrument_response')
      .set((eb) => ({
        answers: JSON.stringify(input.answers),
        result: JSON.stringify(result),
        status,
        updated_at: now,
        ...completion,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', response.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw conflict(`${kind} assessment`);
  }
  await recordAudit(trx, ctx, [
    {
      action: 'instrument_response.save',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: childIds,
      details: { kind, instrument: `${definition.key}@${definition.version}`, status },
    },
  ]);

  if (input.complete && kind === 'safety') {
    await recordEvent(ctx, trx, config, {
      type: 'safety_assessment.completed',
      subjectType: 'investigation',
      subjectId: investigationId,
      occurredAt: now,
      payload: { children: childIds },
    });
    if (safetyDecisionOf(result) === 'unsafe') {
      await requestApproval(ctx, trx, config, {
        kind: 'placement',
        subjectType: 'investigation',
        subjectId: investigationId,
        orgUnitId: investigation.org_unit_id,
        payload: { safetyAssessmentId: id, reason: 'unsafe' },
      });
    }
  }
  const saved = (await findAssessments(trx, investigationId))[kind]!;
  return presentAssessment(kind, saved, childIds);
}
