import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { type InstrumentDefinition, type InstrumentResult, scoreInstrument } from '../../../domain/instruments/index.js';
import type { ProfileVersion } from '../../../profiles/profile-schema.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { Config } from '../../platform/config.js';
import { conflict } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { requireDefinition } from '../instruments/instruments.catalog.js';
import { findResponse, insertFirstResponse } from '../instruments/instruments.repo.js';
import { profileAt } from '../profile/profile.service.js';
import { loadForAction } from './reports.service.js';

type Trx = Transaction<DB>;

export interface Recommendation {
  decision: string;
  responsePriority: string | null;
  instrumentPriority?: string | null;
}

type Priorities = ProfileVersion['responsePriorities'];

/**
 * What the instrument recommends, in the profile's priority codes (INT-4, issue 9 item 8): its own
 * code when the profile uses it, else the priority that lists it in `instrumentCodes`. The
 * instrument's code is kept, so a screen can say plainly when no priority of the profile matches.
 */
export function recommendationOf(result: InstrumentResult, priorities: Priorities): Recommendation | null {
  if (!result.complete || !result.decision) return null;
  const graded = result.decision.attributes?.responsePriority ?? null;
  const match = graded ? priorities.find((p) => p.code === graded || (p.instrumentCodes ?? []).includes(graded)) : undefined;
  return { decision: result.decision.outcome, responsePriority: match?.code ?? null, instrumentPriority: graded };
}

/** True when `chosen` is less urgent than `recommended` in the profile's order (most urgent first). */
export function lowersPriority(priorities: Priorities, recommended: string | null, chosen: string | null): boolean {
  if (!recommended || !chosen) return false;
  const rank = (code: string) => priorities.findIndex((p) => p.code === code);
  return rank(recommended) >= 0 && rank(chosen) > rank(recommended);
}

/** The instrument this report is screened with: the one its answers were scored with, else the profile's. */
async function instrumentFor(trx: Trx, config: Config, reportId: string) {
  const profile = await profileAt(trx, config, new Date());
  const ref = profile.instruments.screening!;
  // A report holds only screening answers; they keep the instrument (key and version) that scored
  // them even if the profile later names another one.
  const response = await findResponse(trx, 'report', reportId);
  const definition = await requireDefinition(trx, response?.instrument_key ?? ref.key, response?.instrument_version ?? ref.version);
  return { profile, definition, response };
}

function present(definition: InstrumentDefinition, response: Awaited<ReturnType<typeof findResponse>>, priorityCodes: Priorities) {
  if (!response) return { definition, response: null, recommendation: null };
  const result = response.result as unknown as InstrumentResult;
  return {
    definition,
    response: { id: response.id, answers: response.answers, result, status: response.status, version: response.version, updatedAt: response.updated_at },
    recommendation: recommendationOf(result, priorityCodes),
  };
}

export async function readScreeningInstrument(ctx: RequestContext, trx: Trx, config: Config, reportId: string) {
  await loadForAction(ctx, trx, reportId, 'view');
  const { profile, definition, response } = await instrumentFor(trx, config, reportId);
  if (response)
    await recordAudit(trx, ctx, [
      { action: 'instrument_response.read', recordType: 'report', recordId: reportId, details: { instrument: `${definition.key}@${definition.version}` } },
    ]);
  return present(definition, response, profile.responsePriorities);
}

/**
 * Saves the screener's answers, scored on the server with the exact definition version (answers are
 * kept with that version); complete answers mark the response completed. Stale saves get 409.
 */
export async function saveScreeningInstrument(
  ctx: RequestContext,
  trx: Trx,
  config: Config,
  reportId: string,
  input: { answers: Record<string, unknown>; version?: number | undefined },
) {
  const report = await loadForAction(ctx, trx, reportId, 'edit');
  const { profile, definition, response } = await instrumentFor(trx, config, reportId);
  // Per-child items are answered for each alleged victim on the report, and only for them.
  const childIds = report.participants.filter((p) => p.role === 'alleged_victim').map((p) => p.person_id);
  const result = scoreInstrument(definition, input.answers, { childIds });
  const status = result.complete ? 'completed' : 'draft';
  const now = new Date();
  if (!response) {
    const inserted = await insertFirstResponse(trx, {
      id: randomUUID(),
      instrument_key: definition.key,
      instrument_version: definition.version,
      instrument_kind: definition.kind,
      subject_type: 'report',
      subject_id: reportId,
      status,
      answers: JSON.stringify(input.answers),
      result: JSON.stringify(result),
      created_by: ctx.userId,
      completed_by: result.complete ? ctx.userId : null,
      completed_at: result.complete ? now : null,
    });
    // Another first save won the one-live-response index: this writer saw no response, so it is stale.
    if (!inserted) throw conflict('screening instrument');
  } else {
    const updated = await trx
      .updateTable('instrument_response')
      .set((eb) => ({
        answers: JSON.stringify(input.answers),
        result: JSON.stringify(result),
        status,
        updated_at: now,
        completed_by: result.complete ? ctx.userId : null,
        completed_at: result.complete ? now : null,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', response.id)
      .where('version', '=', input.version ?? -1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw conflict('screening instrument');
  }
  await recordAudit(trx, ctx, [
    {
      action: 'instrument_response.save',
      recordType: 'report',
      recordId: reportId,
      details: { instrument: `${definition.key}@${definition.version}`, status },
    },
  ]);
  const saved = await findResponse(trx, 'report', reportId);
  return present(definition, saved, profile.responsePriorities);
}

/** For the approval: the instrument's recommendation and whether the screener's choice differs. */
export async function screeningInstrumentSummary(trx: Trx, config: Config, reportId: string, chosen: Recommendation) {
  const { profile, definition, response } = await instrumentFor(trx, config, reportId);
  if (response?.status !== 'completed') return { instrument: null };
  const recommended = recommendationOf(response.result as unknown as InstrumentResult, profile.responsePriorities);
  if (!recommended) return { instrument: null };
  const differs =
    recommended.decision !== chosen.decision || (recommended.responsePriority !== null && recommended.responsePriority !== chosen.responsePriority);
  const lowered = lowersPriority(profile.responsePriorities, recommended.responsePriority, chosen.responsePriority);
  return { instrument: { key: definition.key, version: definition.version, recommended, differs, lowered } };
}
