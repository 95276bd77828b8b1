import { sql } from 'kysely';

/**
 * Every sealed row with its chain position: rows sealed one by one before 20261203T1100 keep theirs,
 * rows sealed in batches since then count on from there in seq order (sealing no longer writes rows).
 */
export const sealedRows = sql`select e.seq, coalesce(e.chain_pos, h.legacy_rows + row_number() over (partition by e.chain_pos is null order by e.seq)) as chain_pos, e.action
  from audit_event e cross join audit_seal_head h where e.chain_pos is not null or (e.seq > h.legacy_last_seq and e.seq <= h.last_seq)`;
