import { type Kysely, sql } from 'kysely';

/**
 * Everything the migrations define in schema `public`, one sorted line per object, read from the
 * catalog so it works the same on PostgreSQL and PGlite: tables with their row-level-security
 * switches and grants, columns, constraints, indexes, functions with their grants, policies,
 * triggers, views and extensions. Two databases with equal snapshots have the same schema.
 */
export async function schemaSnapshot(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    select 'table ' || c.relname || ' rls=' || c.relrowsecurity || ' force=' || c.relforcerowsecurity
           || ' acl=' || coalesce((select string_agg(a::text, ',' order by a::text) from unnest(c.relacl) a), '') as line
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'S')
    union all
    select 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
           || case when a.attnotnull then ' not null' else '' end
           || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v') and a.attnum > 0 and not a.attisdropped
    union all
    select 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
      from pg_constraint k join pg_class c on c.oid = k.conrelid where c.relnamespace = 'public'::regnamespace
    union all
    select 'index ' || indexdef from pg_indexes where schemaname = 'public'
    union all
    select 'function ' || pg_get_functiondef(p.oid)
           || ' acl=' || coalesce((select string_agg(a::text, ',' order by a::text) from unnest(p.proacl) a), '')
      from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
       and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    union all
    select 'policy ' || tablename || '.' || policyname || ' ' || permissive || ' ' || cmd || ' to ' || array_to_string(roles, ',')
           || coalesce(' using ' || qual, '') || coalesce(' check ' || with_check, '')
      from pg_policies where schemaname = 'public'
    union all
    select 'trigger ' || pg_get_triggerdef(t.oid) from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where c.relnamespace = 'public'::regnamespace and not t.tgisinternal
    union all
    select 'view ' || viewname || ' ' || definition from pg_views where schemaname = 'public'
    union all
    select 'extension ' || extname from pg_extension
  `.execute(db);
  return rows.map((r) => r.line).sort();
}

/** How many row-level-security policies, and which table grants the application role holds. */
export async function accessSummary(db: Kysely<any>) {
  const policies = (await sql<{ n: number }>`select count(*)::int as n from pg_policies where schemaname = 'public'`.execute(db)).rows[0]!.n;
  const grants = (
    await sql<{ grant: string }>`
      select table_name || ':' || privilege_type as grant from information_schema.role_table_grants
       where grantee = 'hearth_app' and table_schema = 'public' order by 1`.execute(db)
  ).rows.map((r) => r.grant);
  return { policies, grants };
}
