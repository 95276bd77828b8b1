import { type Kysely, sql } from 'kysely';

/**
 * Issue 10, "the price of trust": sealing the audit trail never rewrites audit rows again.
 *
 * Until now the sealer gave every row a chain position and chain hash with an UPDATE per row, which
 * the guard trigger re-hashed, and a partial index existed only to find the unsealed rows. Now:
 * - every row committed before this migration is sealed one last time the old way (the per-row chain
 *   stays and is still verified: positions 1..legacy_rows);
 * - later rows are sealed in batches: one `audit_seal` row per contiguous range of sequence numbers,
 *   its hash over the previous seal's hash, the range, the sequence numbers absent from it (rolled
 *   back inserts) and every row hash in seq order;
 * - `audit_seal_head` holds the latest seal's id and hash where the application role cannot reach,
 *   so removing the newest seals (or rows) shows: `hearth audit verify` compares the two;
 * - audit rows are append-only for everyone while triggers are on: no UPDATE, DELETE or TRUNCATE.
 * See docs/decisions/0004-audit-sealed-in-batches.md.
 */
const statements = [
  // Every insert in flight finishes first, and none starts until this migration commits.
  `lock table audit_event in share row exclusive mode`,
  `select hearth_audit_seal(2147483647)`,

  `create table audit_seal (
     id bigint primary key,
     first_seq bigint not null,
     last_seq bigint not null,
     row_count int not null,
     absent_seqs bigint[] not null,
     seal_hash text not null,
     sealed_at timestamptz not null default clock_timestamp(),
     check (last_seq >= first_seq and row_count > 0)
   )`,
  `create table audit_seal_head (
     singleton boolean primary key default true check (singleton),
     legacy_rows bigint not null,
     legacy_hash text not null,
     legacy_last_seq bigint not null,
     seal_id bigint not null,
     seal_hash text not null,
     last_seq bigint not null,
     pending_seq bigint,
     pending_xacts text[],
     updated_at timestamptz not null default clock_timestamp()
   )`,
  `insert into audit_seal_head (legacy_rows, legacy_hash, legacy_last_seq, seal_id, seal_hash, last_seq)
   select coalesce(c.chain_pos, 0), coalesce(c.chain_hash, 'genesis'), s.max_seq, 0, coalesce(c.chain_hash, 'genesis'), s.max_seq
     from (select coalesce(max(seq), 0) as max_seq from audit_event) s
     left join lateral (select chain_pos, chain_hash from audit_event where chain_pos is not null order by chain_pos desc limit 1) c on true`,
  `alter table audit_seal enable row level security`,
  `alter table audit_seal_head enable row level security`,
  // No grants at all: only the owner (and the SECURITY DEFINER sealer) reads or writes seals.

  // Only the old sealer needed these: the partial index, and a unique index holding every new row's null.
  `drop index audit_event_unsealed_idx`,
  `alter table audit_event drop constraint audit_event_chain_pos_key`,
  `create unique index audit_event_chain_pos_idx on audit_event (chain_pos) where chain_pos is not null`,
  // occurred_at follows seq (clock_timestamp at insert), so a block range index serves time filters.
  `drop index audit_event_time_idx`,
  `create index audit_event_time_brin on audit_event using brin (occurred_at)`,

  `drop trigger audit_event_append_only on audit_event`,
  `drop function hearth_audit_guard_update()`,
  `create function hearth_audit_append_only() returns trigger language plpgsql as $$
   begin
     raise exception 'audit events are append-only' using errcode = '42501';
   end $$`,
  `create trigger audit_event_append_only before update or delete or truncate on audit_event
     for each statement execute function hearth_audit_append_only()`,

  // A sequence number is settled once every transaction open when it could have been handed out has
  // ended: it is then committed or never will be. The sealer notes the highest committed seq and the
  // transactions open in this database; when none is open it seals up to there at once, otherwise on
  // its next run once they have ended. Requests never wait for the sealer, nor it for them.
  `create or replace function hearth_audit_seal(max_rows int default 10000) returns int
   language plpgsql security definer set search_path = public as $$
   declare
     h audit_seal_head;
     was audit_seal_head;
     latest_id bigint;
     latest_hash text;
     visible_max bigint;
     open_xacts text[];
     pending_done boolean;
     horizon bigint;
     upto bigint;
     n int;
     total int := 0;
     absent bigint[];
     hashes text;
     next_hash text;
   begin
     perform pg_advisory_xact_lock(727274);
     select * into h from audit_seal_head for update;
     if not found then
       raise exception 'the audit seal head is missing: seals were removed' using errcode = '55000';
     end if;
     was := h;
     select id, seal_hash into latest_id, latest_hash from audit_seal order by id desc limit 1;
     if coalesce(latest_id, 0) <> h.seal_id or coalesce(latest_hash, h.legacy_hash) <> h.seal_hash then
       raise exception 'the latest audit seal is not the one the seal head names: seals were removed or rewritten' using errcode = '55000';
     end if;

     select coalesce(max(seq), 0) into visible_max from audit_event;
     -- pg_stat_activity is read once per transaction and then cached; a caller's earlier read
     -- would hide backends that connected since.
     perform pg_stat_clear_snapshot();
     open_xacts := array(
       select l.virtualxid from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'virtualxid' and l.granted and l.pid <> pg_backend_pid()
          and a.datid = (select oid from pg_database where datname = current_database()));
     pending_done := h.pending_seq is not null
       and not exists (select from pg_locks l where l.locktype = 'virtualxid' and l.virtualxid = any (h.pending_xacts));
     if cardinality(open_xacts) = 0 then
       horizon := visible_max;
       h.pending_seq := null;
       h.pending_xacts := null;
     else
       if pending_done then horizon := h.pending_seq; end if;
       if h.pending_seq is null or pending_done then
         h.pending_seq := visible_max;
         h.pending_xacts := open_xacts;
       end if;
     end if;

     while horizon is not null and horizon > h.last_seq and total < max_rows loop
       select max(seq), count(*) into upto, n
         from (select seq from audit_event where seq > h.last_seq and seq <= horizon order by seq limit least(10000, max_rows - total)) s;
       exit when n = 0;
       select coalesce(array_agg(g order by g), '{}') into absent
         from generate_series(h.last_seq + 1, upto) g where not exists (select from audit_event e where e.seq = g);
       select string_agg(row_hash, '' order by seq) into hashes from audit_event where seq > h.last_seq and seq <= upto;
       next_hash := encode(sha256(convert_to(concat_ws('|', h.seal_hash, h.seal_id + 1, h.last_seq + 1, upto,
         array_to_string(absent, ','), hashes), 'UTF8')), 'hex');
       insert into audit_seal (id, first_seq, last_seq, row_count, absent_seqs, seal_hash)
         values (h.seal_id + 1, h.last_seq + 1, upto, n, absent, next_hash);
       h.seal_id := h.seal_id + 1;
       h.seal_hash := next_hash;
       h.last_seq := upto;
       total := total + n;
     end loop;

     -- An idle run writes nothing (a restored backup verifies without changing a row).
     if total > 0 or h.pending_seq is distinct from was.pending_seq or h.pending_xacts is distinct from was.pending_xacts then
       update audit_seal_head
          set seal_id = h.seal_id, seal_hash = h.seal_hash, last_seq = h.last_seq,
              pending_seq = h.pending_seq, pending_xacts = h.pending_xacts, updated_at = clock_timestamp();
     end if;
     return total;
   end $$`,
  `grant execute on function hearth_audit_seal(int) to hearth_app`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
