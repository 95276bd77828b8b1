import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './records.repo.js';

type Trx = Transaction<DB>;

/** "R-2026-000012", "i-2026-12" or " C-2026-000003 ": the canonical form, or null when it is no record number. */
export function normaliseNumber(query: string): string | null {
  const match = /^\s*([RIC])\s*-?\s*(\d{4})\s*-?\s*(\d{1,6})\s*$/i.exec(query);
  if (!match) return null;
  return `${match[1]!.toUpperCase()}-${match[2]}-${match[3]!.padStart(6, '0')}`;
}

/** INT-2, PLAT-4: the header's one search box finds a report, investigation or case by its number. */
export async function findRecord(ctx: RequestContext, trx: Trx, query: string) {
  const number = normaliseNumber(query);
  if (!number) return { number: null, items: [] };
  const items = await repo.findByNumber(trx, number);
  await recordAudit(trx, ctx, [
    { action: 'record.lookup', recordType: items[0]?.type ?? 'report', recordId: items[0]?.id, details: { number, found: items.length } },
  ]);
  return { number, items };
}
