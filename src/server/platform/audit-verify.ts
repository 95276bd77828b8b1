import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

export type VerifyResult = { ok: true; rows: number } | { ok: false; rows: number; firstBad: { seq: number | null; chainPos: number; reason: string } };

const BATCH = 5000;

type Bad = Extract<VerifyResult, { ok: false }>;
const bad = (rows: number, seq: number | null, chainPos: number, reason: string): Bad => ({ ok: false, rows, firstBad: { seq, chainPos, reason } });

interface Head {
  legacy_rows: number;
  legacy_hash: string;
  legacy_last_seq: number;
  seal_id: number;
  seal_hash: string;
  last_seq: number;
}
interface Seal {
  id: number;
  first_seq: number;
  last_seq: number;
  row_count: number;
  absent: string;
  seal_hash: string;
}
interface Row {
  seq: number;
  row_hash: string;
  recomputed: string;
}

/**
 * PLAT-2: walks the audit trail as the owner, after sealing what has committed. Rows sealed one by
 * one before 20261203T1100 form a per-row chain (chain_pos, chain_hash); later rows are sealed in
 * batches (`audit_seal`), each seal's hash over the one before it, its range, the sequence numbers
 * absent from it and its rows' hashes. A row whose content no longer matches its hash was altered; a
 * missing position or sequence number means a row was deleted; a seal that does not follow, or a
 * latest seal other than the one `audit_seal_head` names, means rows or seals were removed from the
 * end or rewritten. Positions count every sealed row, the per-row chain first.
 */
// biome-ignore lint/suspicious/noExplicitAny: the owner's connection reaches tables the app's types leave out (audit_seal, audit_seal_head)
export async function verifyAuditChain(owner: Kysely<any>): Promise<VerifyResult> {
  const batched = (await sql<{ present: boolean }>`select to_regclass('audit_seal_head') is not null as present`.execute(owner)).rows[0]?.present;
  if (!batched) return verifyPerRowChain(owner); // a database restored from before 20261203T1100, not yet migrated

  // The sealer refuses to seal past a head that does not name the latest seal (it would raise, and
  // abort a caller's transaction); then the walk below names what is wrong.
  const { rows: sane } = await sql<{ ok: boolean }>`
    select coalesce((select s.id = h.seal_id and s.seal_hash = h.seal_hash from audit_seal s order by s.id desc limit 1),
                    h.seal_id = 0 and h.seal_hash = h.legacy_hash) as ok
      from audit_seal_head h`.execute(owner);
  if (sane[0]?.ok) await sql`select hearth_audit_seal(1000000)`.execute(owner);
  const head = (await sql<Head>`select legacy_rows, legacy_hash, legacy_last_seq, seal_id, seal_hash, last_seq from audit_seal_head`.execute(owner)).rows[0];
  const legacyRows = head ? Number(head.legacy_rows) : Number.POSITIVE_INFINITY;

  // 1. The per-row chain, exactly as it was verified before.
  const walked = await walkPerRowChain(owner, legacyRows);
  if (!walked.ok) return walked;
  let { rows, nextPos: expectedPos } = walked;
  const previousHash = walked.lastHash;
  if (!head) return bad(rows, null, expectedPos, 'the audit seal head is missing: seals were removed');
  if (rows !== legacyRows || previousHash !== head.legacy_hash) {
    return bad(
      rows,
      null,
      expectedPos,
      `the per-row chain ends at position ${rows}, not at ${legacyRows} with the hash the seal head keeps: rows were removed from its end or rewritten`,
    );
  }
  const outside = (
    await sql<{ seq: number }>`select min(seq)::bigint as seq from audit_event where chain_pos is null and seq <= ${head.legacy_last_seq}`.execute(owner)
  ).rows[0];
  if (outside?.seq != null) return bad(rows, Number(outside.seq), expectedPos, 'row is outside the chain: its chain fields were cleared');

  // 2. The seals, in order, and every row each one covers.
  let sealHash = head.legacy_hash;
  let lastSeq = Number(head.legacy_last_seq);
  let sealId = 0;
  /** The seq, position and rows-so-far of a row found missing, reported once the next row is known. */
  let missing = null as { pos: number; rows: number } | null;
  for (;;) {
    const seals = (
      await sql<Seal>`select id, first_seq, last_seq, row_count, array_to_string(absent_seqs, ',') as absent, seal_hash
                        from audit_seal where id > ${sealId} order by id limit 100`.execute(owner)
    ).rows;
    if (seals.length === 0) break;
    for (const seal of seals) {
      const id = Number(seal.id);
      const first = Number(seal.first_seq);
      const last = Number(seal.last_seq);
      if (id !== sealId + 1 || first !== lastSeq + 1) {
        if (missing) return bad(missing.rows, null, missing.pos, `chain position ${missing.pos} is missing: a row was deleted before seq ${first}`);
        return bad(rows, null, expectedPos, `seal ${sealId + 1} is missing: the seals jump from seq ${lastSeq} to seal ${id} at seq ${first}`);
      }
      const absent = new Set(seal.absent === '' ? [] : seal.absent.split(',').map(Number));
      const digest = createHash('sha256').update(`${sealHash}|${id}|${first}|${last}|${seal.absent}|`, 'utf8');
      let expectedSeq = first;
      const rowsBefore = rows;
      const posBefore = expectedPos;
      /** Counts the seqs before `seq` the seal does not list as absent: rows that were deleted. */
      const advanceTo = (seq: number, isRow: boolean): Bad | null => {
        for (; expectedSeq < seq; expectedSeq++) {
          if (absent.has(expectedSeq)) continue;
          missing ??= { pos: expectedPos, rows };
          expectedPos += 1;
        }
        return missing && isRow ? bad(missing.rows, null, missing.pos, `chain position ${missing.pos} is missing: a row was deleted before seq ${seq}`) : null;
      };
      for (let from = first; from <= last; ) {
        const batch = (
          await sql<Row>`select e.seq, e.row_hash, hearth_audit_row_hash(e) as recomputed from audit_event e
                          where e.seq >= ${from} and e.seq <= ${last} order by e.seq limit ${BATCH}`.execute(owner)
        ).rows;
        if (batch.length === 0) break;
        for (const row of batch) {
          const seq = Number(row.seq);
          const gap = advanceTo(seq, true);
          if (gap) return gap;
          if (absent.has(seq)) return bad(rows, seq, expectedPos, `row is not in seal ${id}, which covers its seq: it was added afterwards`);
          if (row.recomputed !== row.row_hash) return bad(rows, seq, expectedPos, 'its content no longer matches its hash: the row was altered');
          digest.update(row.row_hash, 'utf8');
          expectedSeq = seq + 1;
          expectedPos += 1;
          rows += 1;
        }
        from = Number(batch[batch.length - 1]!.seq) + 1;
      }
      advanceTo(last + 1, false); // rows deleted from the end of this seal are named before the next row
      const counted = rows - rowsBefore;
      if (!missing && (digest.digest('hex') !== seal.seal_hash || counted !== Number(seal.row_count))) {
        return bad(rowsBefore, null, posBefore, `seal ${id} (seq ${first}–${last}) does not follow from the seal before it: seals were rewritten`);
      }
      sealHash = seal.seal_hash;
      lastSeq = last;
      sealId = id;
    }
  }
  const after = (await sql<{ seq: number | null }>`select min(seq)::bigint as seq from audit_event where seq > ${lastSeq}`.execute(owner)).rows[0]?.seq;
  if (missing) {
    const m = missing;
    const where = after == null ? `after seq ${lastSeq}: the end of the trail was cut off` : `before seq ${after}`;
    return bad(m.rows, null, m.pos, `chain position ${m.pos} is missing: a row was deleted ${where}`);
  }
  // 3. Tail truncation: the latest seal must be the one the head names.
  if (sealId !== Number(head.seal_id) || sealHash !== head.seal_hash || lastSeq !== Number(head.last_seq)) {
    return bad(
      rows,
      null,
      expectedPos,
      `the trail ends at seal ${sealId} (seq ${lastSeq}) but the seal head names seal ${head.seal_id} (seq ${head.last_seq}): the newest seals or rows were removed`,
    );
  }
  return { ok: true, rows };
}

/** The per-row chain alone, as verified before 20261203T1100 (a restored older backup). */
// biome-ignore lint/suspicious/noExplicitAny: the owner's connection reaches tables the app's types leave out (audit_seal, audit_seal_head)
async function verifyPerRowChain(owner: Kysely<any>): Promise<VerifyResult> {
  await sql`select hearth_audit_seal(1000000)`.execute(owner);
  const walked = await walkPerRowChain(owner, Number.POSITIVE_INFINITY);
  if (!walked.ok) return walked;
  const first = (await sql<{ seq: number | null }>`select min(seq)::bigint as seq from audit_event where chain_pos is null`.execute(owner)).rows[0];
  if (first?.seq != null) return bad(walked.rows, Number(first.seq), walked.nextPos, 'row is outside the chain: its chain fields were cleared');
  return { ok: true, rows: walked.rows };
}

/**
 * Walks the chain of rows sealed one by one (chain_pos, chain_hash, before 20261203T1100), at most
 * `limit` positions long: the first row that breaks it, or how far it went and the hash it ended on.
 */
// biome-ignore lint/suspicious/noExplicitAny: the owner's connection reaches tables the app's types leave out (audit_seal, audit_seal_head)
async function walkPerRowChain(owner: Kysely<any>, limit: number): Promise<Bad | { ok: true; rows: number; nextPos: number; lastHash: string }> {
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
      if (pos !== expectedPos) return bad(rows, null, expectedPos, `chain position ${expectedPos} is missing: a row was deleted before seq ${row.seq}`);
      if (pos > limit) return bad(rows, Number(row.seq), pos, 'it carries a chain position the per-row chain never gave out: the row was altered');
      if (row.recomputed !== row.row_hash) return bad(rows, Number(row.seq), pos, 'its content no longer matches its hash: the row was altered');
      const link = createHash('sha256')
        .update(previousHash + row.row_hash, 'utf8')
        .digest('hex');
      if (link !== row.chain_hash)
        return bad(rows, Number(row.seq), pos, 'its chain link does not follow from the row before it: rows were removed or rewritten');
      previousHash = row.chain_hash;
      expectedPos += 1;
      rows += 1;
    }
  }
  return { ok: true, rows, nextPos: expectedPos, lastHash: previousHash };
}
