import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { insertVersion } from '../person-record.repo.js';
import { keptInVersion } from '../person-record.service.js';
import { authorisePersonAction } from '../persons.policy.js';
import { readPerson } from '../persons.service.js';
import * as repo from './person-merge.repo.js';
import type { MergeableField, PersonMergeInput } from './person-merge.schema.js';

type Trx = Transaction<DB>;
/** Per column the survivor took: the API field, the survivor's value before and the merged record's. */
type FieldsTaken = Record<string, { field: MergeableField; from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** SQLSTATEs the merge functions raise for a state that a reload explains. */
const refusals: Record<string, () => Problem> = {
  HM001: () => new Problem('conflict', 'Both records are people on the same report or case.').because('merge_shared_record'),
  HM002: () => new Problem('conflict', 'One of these records has already been merged. Reload to see it.').because('merge_already_merged'),
  HM004: () => conflict('person'),
  // The undo's check of rows added since the merge: one ties the kept record to the duplicate's case.
  '23503': () =>
    new Problem(
      'conflict',
      'Since the merge, the kept record was added to work on the duplicate’s report or case (a team, a document, a notice). Remove that first, then undo.',
    ).because('merge_changed_since'),
  HM003: () => new Problem('conflict', 'The surviving record has since been merged into another; undo that merge first.').because('merge_survivor_merged'),
  // A moved row would repeat one the survivor already has (an open task of the same kind, say).
  '23505': () =>
    new Problem('conflict', 'Both records have work that cannot be combined automatically; finish or close it on one of them first.').because(
      'merge_cannot_combine',
    ),
};

async function refusedBy<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const refusal = typeof code === 'string' ? refusals[code] : undefined;
    if (refusal) throw refusal();
    throw error;
  }
}

/**
 * PLAT-4: merges a duplicate into the person in the path. Both must be visible to the caller (a
 * supervisor or administrator) at the versions read, and not already merged; every reference to the
 * duplicate moves to the survivor in the database function, which logs each row for an exact undo;
 * the survivor takes the chosen fields, keeping its earlier state as a version. Audited under both.
 */
export async function mergePersons(ctx: RequestContext, trx: Trx, survivorId: string, input: PersonMergeInput) {
  authorisePersonAction(ctx, 'merge');
  await repo.lockMergesOf(trx, survivorId, input.mergedId);
  const earlier = await repo.findMerge(trx, input.id);
  if (earlier) {
    if (earlier.survivor_id === survivorId && earlier.merged_id === input.mergedId) return readPerson(ctx, trx, survivorId);
    throw idTaken();
  }
  if (input.mergedId === survivorId) {
    throw new Problem('validation', 'Choose a different record to merge.', [
      { path: 'mergedId', message: 'A record cannot be merged with itself', code: 'custom', params: { reason: 'same_person' } },
    ]);
  }
  const survivor = await readPerson(ctx, trx, survivorId, { audit: false });
  const merged = await readPerson(ctx, trx, input.mergedId, { audit: false });
  if (survivor.mergedInto || merged.mergedInto) throw refusals.HM002!();
  if (survivor.version !== input.survivorVersion || merged.version !== input.mergedVersion) throw conflict('person');
  const shared = await repo.findSharedRecords(trx, survivorId, input.mergedId);
  if (shared.length > 0) {
    throw new Problem(
      'conflict',
      `Both records are people on ${shared.join(', ')}, where they are listed as different people. Correct that record first.`,
    ).because('merge_shared_record', { records: shared.join(', ') });
  }

  const fieldsTaken: FieldsTaken = {};
  for (const field of input.take) {
    if (!same(survivor[field], merged[field])) fieldsTaken[repo.columnOf[field]] = { field, from: survivor[field] ?? null, to: merged[field] ?? null };
  }
  const taken = Object.values(fieldsTaken).map((t) => t.field);
  await refusedBy(() =>
    repo.mergePerson(trx, {
      id: input.id,
      survivorId,
      mergedId: input.mergedId,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
      fieldsTaken,
      reason: input.reason,
    }),
  );
  const values = Object.fromEntries(Object.entries(fieldsTaken).map(([column, t]) => [column, t.to]));
  if (!(await repo.setPersonFields(trx, survivorId, survivor.version, values))) throw conflict('person');
  await insertVersion(trx, survivorId, survivor.version, keptInVersion(survivor), [...taken, 'merge'], ctx.userId);
  await recordAudit(trx, ctx, [
    {
      action: 'person.merge',
      recordType: 'person',
      recordId: survivorId,
      personIds: [survivorId, input.mergedId],
      details: { mergeId: input.id, mergedId: input.mergedId, taken },
    },
  ]);
  return readPerson(ctx, trx, survivorId, { audit: false });
}

/**
 * PLAT-4: an administrator undoes a merge. The database function gives every row the merge changed
 * back what it held, and puts back each field the survivor took where it still holds the merged
 * record's value (a later edit is kept). An administrator need not be able to see the people: the
 * answer names only the merge.
 */
export async function undoMerge(ctx: RequestContext, trx: Trx, mergeId: string, reason: string) {
  authorisePersonAction(ctx, 'undoMerge');
  const merge = await repo.findMerge(trx, mergeId);
  if (!merge) throw notFound('merge');
  if (merge.undone_at) throw new Problem('conflict', 'This merge has already been undone.').because('merge_already_undone');
  const restored = await refusedBy(() => repo.unmergePerson(trx, mergeId, reason));
  await recordAudit(trx, ctx, [
    {
      action: 'person.unmerge',
      recordType: 'person',
      recordId: merge.survivor_id,
      personIds: [merge.survivor_id, merge.merged_id],
      details: { mergeId, restored },
    },
  ]);
  return { id: mergeId, survivorId: merge.survivor_id, mergedId: merge.merged_id, restored };
}

/** PLAT-4: the merges an administrator may undo, newest first (names as they were merged). */
export async function listMerges(ctx: RequestContext, trx: Trx) {
  authorisePersonAction(ctx, 'undoMerge');
  const rows = await repo.findRecentMerges(trx);
  await recordAudit(trx, ctx, [
    { action: 'person.merge_list', recordType: 'person', personIds: [...new Set(rows.flatMap((m) => [m.survivor_id, m.merged_id]))] },
  ]);
  return {
    items: rows.map((m) => ({
      id: m.id,
      survivorId: m.survivor_id,
      mergedId: m.merged_id,
      survivorName: m.survivor_name,
      mergedName: m.merged_name,
      reason: m.reason,
      mergedAt: m.merged_at,
      mergedByName: m.merged_by_name,
      undoneAt: m.undone_at,
      undoneByName: m.undone_by_name,
      undoReason: m.undo_reason,
    })),
  };
}
