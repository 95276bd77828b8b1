import { testDatabaseKind } from './test-database.js';

/**
 * Declares tests that are about PostgreSQL itself (server-side connections, roles). They are only
 * defined in the PostgreSQL run — not skipped in the PGlite run, simply not part of it.
 */
export function onPostgresOnly(declare: () => void) {
  if (testDatabaseKind === 'postgres') declare();
}
