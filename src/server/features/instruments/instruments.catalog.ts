import type { Kysely, Transaction } from 'kysely';
import { type InstrumentDefinition, parseInstrumentDefinition } from '../../../domain/instruments/index.js';
import { demoInstruments } from '../../../profiles/instruments/index.js';
import type { DB } from '../../db/schema.js';
import { Problem } from '../../platform/errors.js';
import * as repo from './instruments.repo.js';

type Db = Transaction<DB> | Kysely<DB>;

/**
 * Every instrument definition the agency can use: Hearth's demonstration instruments plus those an
 * administrator imported (e.g. licensed content). A key and version name exactly one definition,
 * forever, so stored answers always point at the version that scored them.
 */
export async function findDefinition(db: Db, key: string, version: number): Promise<InstrumentDefinition | undefined> {
  const builtin = demoInstruments.find((d) => d.key === key && d.version === version);
  if (builtin) return builtin;
  const row = await repo.findImportedOne(db, key, version);
  if (!row) return undefined;
  const parsed = parseInstrumentDefinition(row.definition);
  if (!parsed.ok)
    throw new Problem('internal', `Stored instrument ${key} v${version} no longer validates: ${parsed.errors[0]?.path} ${parsed.errors[0]?.message}`);
  return parsed.definition;
}

export async function requireDefinition(db: Db, key: string, version: number) {
  const found = await findDefinition(db, key, version);
  if (!found) throw new Problem('not_found', `There is no instrument ${key} version ${version}.`);
  return found;
}

export async function listDefinitions(db: Db) {
  const imported = await repo.findImported(db);
  return [
    ...demoInstruments.map((d) => ({
      key: d.key,
      version: d.version,
      kind: d.kind,
      title: d.title,
      source: d.source,
      effectiveFrom: d.effectiveFrom,
      origin: 'hearth' as const,
      importedAt: null,
      importedBy: null,
    })),
    ...imported.map((r) => {
      const d = r.definition as InstrumentDefinition;
      return {
        key: r.key,
        version: r.version,
        kind: d.kind,
        title: d.title,
        source: d.source,
        effectiveFrom: d.effectiveFrom,
        origin: 'imported' as const,
        importedAt: r.imported_at,
        importedBy: r.imported_by_name,
      };
    }),
  ];
}
