import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { exportInstrumentDefinition, parseInstrumentDefinition } from '../domain/instruments/index.js';
import { describeProfile, profileAsText } from '../profiles/describe.js';
import { historyOf, profileCodes, type ProfileCode } from '../profiles/index.js';
import { openDatabase } from '../server/db/database.js';
import type { DB } from '../server/db/schema.js';
import type { Config } from '../server/platform/config.js';
import { findDefinition } from '../server/features/instruments/instruments.catalog.js';
import { runWorkClock } from '../server/features/work/work.clock.js';

export class UsageError extends Error {}

const profileCode = (value: string | undefined): ProfileCode => {
  if (!value || !(profileCodes as readonly string[]).includes(value)) throw new UsageError(`Name a profile: ${profileCodes.join(', ')}`);
  return value as ProfileCode;
};

/** `hearth profile show <ct|ga|vt> [--lang es] [--version N]` and `hearth profile use <code>`. */
export async function profileCommand(config: Config, args: string[]) {
  const [sub, code, ...rest] = args;
  if (sub === 'show') {
    const { values } = parseArgs({ args: rest, options: { lang: { type: 'string', default: 'en' }, version: { type: 'string' } } });
    if (values.lang !== 'en' && values.lang !== 'es') throw new UsageError('--lang is en or es');
    const versions = historyOf(profileCode(code));
    const chosen = values.version ? versions.find((v) => v.version === Number(values.version)) : versions.at(-1);
    if (!chosen) throw new UsageError(`No version ${values.version}; versions: ${versions.map((v) => v.version).join(', ')}`);
    console.log(profileAsText(describeProfile(chosen, values.lang), values.lang === 'es' ? 'Fuente' : 'Source'));
    return;
  }
  if (sub === 'use') {
    const { values } = parseArgs({ args: rest, options: { note: { type: 'string' } } });
    const chosen = profileCode(code);
    const database = await openDatabase(config);
    try {
      await database.asOwner((owner) =>
        owner
          .insertInto('agency_profile_choice')
          .values({ id: randomUUID(), profile_code: chosen, chosen_by: null, note: values.note ?? 'set with hearth profile use' })
          .execute(),
      );
    } finally {
      await database.close();
    }
    console.log(`The agency now runs the ${chosen.toUpperCase()} practice profile.`);
    return;
  }
  throw new UsageError('Did you mean: hearth profile show <ct|ga|vt> or hearth profile use <ct|ga|vt>');
}

/** `hearth instrument check <file.json>` and `hearth instrument export <key> <version>`. */
export async function instrumentCommand(config: Config, args: string[]) {
  const [sub, first, second] = args;
  if (sub === 'check') {
    if (!first) throw new UsageError('Missing: the JSON file to check');
    let json: unknown;
    try {
      json = JSON.parse(await readFile(first, 'utf8'));
    } catch (error) {
      throw new UsageError(`${first} is not readable JSON: ${(error as Error).message}`);
    }
    const parsed = parseInstrumentDefinition(json);
    if (parsed.ok) {
      console.log(`${first}: valid — ${parsed.definition.key} version ${parsed.definition.version} (${parsed.definition.kind})`);
      return;
    }
    for (const e of parsed.errors) console.error(`${e.path || '(top level)'}: ${e.message}`);
    process.exitCode = 1;
    return;
  }
  if (sub === 'export') {
    if (!first || !second || !Number.isInteger(Number(second))) throw new UsageError('Usage: hearth instrument export <key> <version>');
    const database = await openDatabase(config);
    try {
      const definition = await database.asOwner((owner) => findDefinition(owner as Kysely<DB>, first, Number(second)));
      if (!definition) throw new UsageError(`There is no instrument ${first} version ${second}.`);
      process.stdout.write(exportInstrumentDefinition(definition));
    } finally {
      await database.close();
    }
    return;
  }
  throw new UsageError('Did you mean: hearth instrument check <file.json> or hearth instrument export <key> <version>');
}

/** `hearth work tick`: one pass of reminders, escalations and outbox delivery (cron-friendly). */
export async function workCommand(config: Config, args: string[]) {
  if (args[0] !== 'tick') throw new UsageError('Did you mean: hearth work tick');
  const database = await openDatabase(config);
  try {
    const result = await runWorkClock(database);
    console.log(`work tick: ${result.reminded} reminded, ${result.escalated} escalated, ${result.delivered} delivered`);
  } finally {
    await database.close();
  }
}
