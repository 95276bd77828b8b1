import { type Kysely, sql } from 'kysely';

/**
 * INT-2, PLAT-4: search that finds "José Núñez-O'Brien" for "Jose Nunez", "Núñez", "O'Brien" or
 * "Nunez-O'Brien". `hearth_fold` lowers, strips accents with PostgreSQL's `unaccent` (PGlite ships
 * it too), drops apostrophes ("O'Brien" → "obrien") and turns every other run of punctuation into
 * one space; it is IMMUTABLE (the dictionary is named explicitly) so the trigram indexes below can
 * use it, and the search compares folded text on both sides.
 */
const statements = [
  `create extension if not exists unaccent`,
  `create function hearth_fold(value text) returns text
     language sql immutable parallel safe as $$
       select btrim(regexp_replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g'))
     $$`,
  `create index person_fold_name_trgm_idx on person using gin (hearth_fold(first_name || ' ' || last_name) gin_trgm_ops)`,
  `create index person_fold_last_trgm_idx on person using gin (hearth_fold(last_name) gin_trgm_ops)`,
  `create index person_alias_fold_name_trgm_idx on person_alias using gin (hearth_fold(first_name || ' ' || last_name) gin_trgm_ops)`,
  `create index person_address_fold_trgm_idx on person_address using gin (hearth_fold(line1 || ' ' || city) gin_trgm_ops)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
