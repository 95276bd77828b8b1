import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

export type VerifyResult =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBad: { seq: number | null; chainPos: number; reason: string } };

const BATCH = 5000;

/**
 * PLAT-2: walks the audit chain as the owner. A row whose content no longer matches its hash was
 * altered; a gap or a broken link in the chain means a row was deleted or re-chained.
 */
export async function verifyAuditChain(owner: Kysely<any>): Promise<VerifyResult> {
  await sql`select hearth_audit_seal(1000000)`.execute(owner);
  let previousHash = 'genesis';
  let expectedPos = 1;
  let rows = 0;
  for (;;) {
    const batch = (
      await sql<{ seq: number; chain_pos: number; row_hash: string; recomputed: string; chain_hash: string }>`
        select e.seq, e.chain_pos, e.row_hash, hearth_audit_row_hash(e) as recomputed, e.chain_hash
          from audit_event e where e.chain_pos >= ${expectedPos} order by e.chain_pos limit ${BATCH}`.execute(owner)
    ).rows;
    if (batch.length === 0) break;
    for (const row of batch) {
      const pos = Number(row.chain_pos);
      if (pos !== expectedPos) {
        return { ok: false, rows, firstBad: { seq: null, chainPos: expectedPos, reason: `chain position ${expectedPos} is missing: a row was deleted before seq ${row.seq}` } };
      }
      if (row.recomputed !== row.row_hash) {
        return { ok: false, rows, firstBad: { seq: Number(row.seq), chainPos: pos, reason: 'its content no longer matches its hash: the row was altered' } };
      }
      const link = createHash('sha256').update(previousHash + row.row_hash, 'utf8').digest('hex');
      if (link !== row.chain_hash) {
        return { ok: false, rows, firstBad: { seq: Number(row.seq), chainPos: pos, reason: 'its chain link does not follow from the row before it: rows were removed or rewritten' } };
      }
      previousHash = row.chain_hash;
      expectedPos += 1;
      rows += 1;
    }
  }
  const unsealed = (await sql<{ n: number }>`select count(*)::int as n from audit_event where chain_pos is null`.execute(owner)).rows[0]?.n ?? 0;
  if (unsealed > 0) {
    const first = (await sql<{ seq: number }>`select min(seq)::bigint as seq from audit_event where chain_pos is null`.execute(owner)).rows[0];
    return { ok: false, rows, firstBad: { seq: Number(first?.seq), chainPos: expectedPos, reason: 'row is outside the chain: its chain fields were cleared' } };
  }
  return { ok: true, rows };
}
