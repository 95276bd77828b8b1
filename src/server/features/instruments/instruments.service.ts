import type { Transaction } from 'kysely';
import { exportInstrumentDefinition, parseInstrumentDefinition } from '../../../domain/instruments/index.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import { Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { findDefinition, listDefinitions, requireDefinition } from './instruments.catalog.js';
import * as repo from './instruments.repo.js';

type Trx = Transaction<DB>;

export const listInstruments = async (trx: Trx) => ({ items: await listDefinitions(trx) });
export const readInstrument = async (trx: Trx, key: string, version: number) => ({ definition: await requireDefinition(trx, key, version) });
export const exportInstrument = async (trx: Trx, key: string, version: number) => exportInstrumentDefinition(await requireDefinition(trx, key, version));

/**
 * An administrator loads a definition (PLAT-3): validated in full, every error naming the field by
 * its path ("sections[1].items[3].options[0].points.neglect"); an existing key and version is never
 * replaced — a change is a new version.
 */
export async function importInstrument(ctx: RequestContext, trx: Trx, json: unknown) {
  if (!ctx.roles.includes('administrator')) throw new Problem('forbidden_action', 'Only an administrator can import instrument definitions.');
  const parsed = parseInstrumentDefinition(json);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    throw new Problem(
      'validation',
      `The definition is not valid: ${first.path || '(top level)'}: ${first.message}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : ''}`,
      parsed.errors.slice(0, 50),
    );
  }
  const definition = parsed.definition;
  if (await findDefinition(trx, definition.key, definition.version)) {
    throw new Problem('conflict', `Instrument ${definition.key} version ${definition.version} already exists. Give your change a new version number.`, [
      { path: 'version', message: 'Use a new version' },
    ]);
  }
  await repo.insertDefinition(trx, {
    key: definition.key,
    version: definition.version,
    kind: definition.kind,
    definition: JSON.stringify(definition),
    imported_by: ctx.userId,
  });
  await recordAudit(trx, ctx, [{ action: 'instrument.import', recordType: 'instrument', details: { key: definition.key, version: definition.version } }]);
  return { key: definition.key, version: definition.version, kind: definition.kind, title: definition.title };
}
