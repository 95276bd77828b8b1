import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { describeProfile, type Language } from '../../../profiles/describe.js';
import { historyOf, profileInForce, type ProfileCode, type ProfileVersion } from '../../../profiles/index.js';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import type { DB } from '../../db/schema.js';
import type { Config } from '../../platform/config.js';
import { recordAudit } from '../../platform/audit.js';
import { Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import * as repo from './profile.repo.js';

type Db = Transaction<DB> | Kysely<DB>;

/** The profile code the agency runs: its latest choice, or the configured default before any. */
export async function activeProfileCode(db: Db, config: Pick<Config, 'HEARTH_PROFILE'>): Promise<ProfileCode> {
  return (await repo.findLatestChoice(db))?.profile_code ?? config.HEARTH_PROFILE;
}

/** The version in force at `moment` (in the profile's own time zone), for timing an event. */
export async function profileAt(db: Db, config: Pick<Config, 'HEARTH_PROFILE'>, moment: Date): Promise<ProfileVersion> {
  const code = await activeProfileCode(db, config);
  const timeZone = profileInForce(code, '9999-12-31').timeZone;
  return profileInForce(code, localDateOf({ timeZone, holidays: [] }, moment));
}

export async function readActiveProfile(db: Db, config: Config, language: Language) {
  const code = await activeProfileCode(db, config);
  const current = await profileAt(db, config, new Date());
  return {
    active: describeProfile(current, language),
    versions: historyOf(code).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, current: v.version === current.version })),
    choices: (await repo.findChoices(db)).map((c) => ({ id: c.id, code: c.profile_code, chosenAt: c.chosen_at, chosenBy: c.chosen_by_name, note: c.note })),
    available: (['ct', 'ga', 'vt'] as const).map((c) => ({ code: c, name: profileInForce(c, '9999-12-31').name[language] })),
  };
}

export function describeProfileVersion(code: ProfileCode, version: number | undefined, language: Language) {
  const versions = historyOf(code);
  const chosen = version === undefined ? versions.at(-1) : versions.find((v) => v.version === version);
  if (!chosen) throw new Problem('not_found', `There is no ${code.toUpperCase()} profile version ${version}.`);
  return describeProfile(chosen, language);
}

/** An administrator switches the agency's profile; the history keeps who, when and why. */
export async function chooseProfile(ctx: RequestContext, trx: Transaction<DB>, config: Config, input: { code: ProfileCode; note?: string | undefined }) {
  if (!ctx.roles.includes('administrator'))
    throw new Problem('forbidden_action', 'Only an administrator can change the practice profile.').because('profile_administrators_only');
  const id = randomUUID();
  await repo.insertChoice(trx, { id, profile_code: input.code, chosen_by: ctx.userId, note: input.note?.trim() || null });
  await recordAudit(trx, ctx, [{ action: 'profile.choose', recordType: 'profile', recordId: id, details: { code: input.code } }]);
  return readActiveProfile(trx, config, ctx.language);
}
