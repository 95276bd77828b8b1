import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { conflict, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import type { saveFindingBody } from './findings.schema.js';
import { loadInvestigation } from '../investigation-access.js';

type Trx = Transaction<DB>;

/** Every allegation on the investigation's report, with its finding when one is recorded. */
const findItems = (trx: Trx, investigationId: string, reportId: string) =>
  trx
    .selectFrom('allegation as a')
    .innerJoin('person as v', 'v.id', 'a.victim_person_id')
    .leftJoin('person as pp', 'pp.id', 'a.perpetrator_person_id')
    .leftJoin('allegation_finding as f', (join) => join.onRef('f.allegation_id', '=', 'a.id').on('f.investigation_id', '=', investigationId))
    .select([
      'a.id as allegation_id',
      'a.victim_person_id',
      'a.perpetrator_person_id',
      'a.maltreatment_type',
      'f.id as finding_id',
      'f.finding',
      'f.rationale',
      'f.version',
      'f.recorded_at',
      sql<string>`v.first_name || ' ' || v.last_name`.as('victim_name'),
      sql<string | null>`pp.first_name || ' ' || pp.last_name`.as('perpetrator_name'),
    ])
    .where('a.report_id', '=', reportId)
    .orderBy('a.created_at')
    .execute();

type Item = Awaited<ReturnType<typeof findItems>>[number];
const present = (row: Item) => ({
  allegationId: row.allegation_id,
  victimName: row.victim_name,
  perpetratorName: row.perpetrator_name,
  maltreatmentType: row.maltreatment_type,
  finding: row.finding,
  rationale: row.rationale ?? '',
  version: row.version,
  recordedAt: row.recorded_at,
});
const peopleOf = (rows: Item[]) => [...new Set(rows.flatMap((r) => [r.victim_person_id, r.perpetrator_person_id].filter((id): id is string => id !== null)))];

export async function listFindings(ctx: RequestContext, trx: Trx, investigationId: string) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'view');
  const rows = await findItems(trx, investigationId, investigation.report_id);
  await recordAudit(trx, ctx, [{ action: 'finding.list', recordType: 'investigation', recordId: investigationId, personIds: peopleOf(rows) }]);
  return { track: investigation.track, items: rows.map(present) };
}

/**
 * Records or corrects the finding on one allegation (INV-6). A family assessment is the
 * non-investigative track: it makes no finding about anyone, so there is nothing to record.
 */
export async function saveFinding(ctx: RequestContext, trx: Trx, investigationId: string, allegationId: string, input: z.output<typeof saveFindingBody>) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  if (investigation.track === 'family_assessment') {
    throw new Problem(
      'conflict',
      'This is a family assessment: that track records no findings about the allegations. Record the assessments and the decision instead.',
    ).because('family_track_no_findings');
  }
  const rows = await findItems(trx, investigationId, investigation.report_id);
  const row = rows.find((r) => r.allegation_id === allegationId);
  if (!row) throw notFound('allegation on this investigation');
  const now = new Date();
  if (row.finding_id) {
    if (input.version !== row.version) throw conflict('finding');
    const updated = await trx
      .updateTable('allegation_finding')
      .set((eb) => ({ finding: input.finding, rationale: input.rationale, recorded_by: ctx.userId, recorded_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', row.finding_id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw conflict('finding');
  } else {
    // A version for a finding that does not exist means someone's view of it was wrong; a first
    // save sends none. The unique allegation_id stops two first saves racing into two findings.
    if (input.version !== undefined) throw conflict('finding');
    try {
      await trx
        .insertInto('allegation_finding')
        .values({
          id: randomUUID(),
          investigation_id: investigationId,
          allegation_id: allegationId,
          finding: input.finding,
          rationale: input.rationale,
          recorded_by: ctx.userId,
          recorded_at: now,
        })
        .execute();
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('finding');
      throw error;
    }
  }
  await recordAudit(trx, ctx, [
    {
      action: 'finding.save',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: peopleOf([row]),
      details: { allegationId, finding: input.finding },
    },
  ]);
  const saved = (await findItems(trx, investigationId, investigation.report_id)).find((r) => r.allegation_id === allegationId)!;
  return present(saved);
}
