import { connecticutV1, connecticutV2, connecticutV3 } from './ct.js';
import { georgiaV1, georgiaV2, georgiaV3 } from './ga.js';
import type { ProfileCode, ProfileVersion } from './profile-schema.js';
import { vermontV1, vermontV2, vermontV3 } from './vt.js';

/**
 * Every version of every profile Hearth ships. A change to policy is a new version with its own
 * effective date, appended here; old versions stay so past deadlines can be explained.
 */
export const profileVersions: readonly ProfileVersion[] = [
  connecticutV1,
  connecticutV2,
  connecticutV3,
  georgiaV1,
  georgiaV2,
  georgiaV3,
  vermontV1,
  vermontV2,
  vermontV3,
];
export const profileCodes = ['ct', 'ga', 'vt'] as const satisfies readonly ProfileCode[];

/** The version of `code` in force on `date` (YYYY-MM-DD, agency-local): the latest effective one. */
export function profileInForce(code: ProfileCode, date: string, versions: readonly ProfileVersion[] = profileVersions): ProfileVersion {
  const candidates = versions.filter((v) => v.code === code && v.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const found = candidates[0];
  if (!found) throw new Error(`No ${code.toUpperCase()} profile version is in force on ${date}`);
  return found;
}

export function profileVersion(code: ProfileCode, version: number, versions: readonly ProfileVersion[] = profileVersions): ProfileVersion {
  const found = versions.find((v) => v.code === code && v.version === version);
  if (!found) throw new Error(`There is no ${code.toUpperCase()} profile version ${version}`);
  return found;
}

export const historyOf = (code: ProfileCode, versions: readonly ProfileVersion[] = profileVersions) =>
  versions.filter((v) => v.code === code).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

export type { ProfileCode, ProfileVersion } from './profile-schema.js';
