import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as foundationSchema from './migrations/20261122T0900-foundation-schema.js';
import * as accessAndAudit from './migrations/20261122T0910-access-and-audit.js';
import * as profilesAndWork from './migrations/20261122T1000-profiles-and-work.js';
import * as investigationWork from './migrations/20261122T1100-investigation-work.js';
import * as healEditedMigrations from './migrations/20261202T1940-heal-edited-migrations.js';
import * as investigationNeedToKnow from './migrations/20261202T2000-investigation-need-to-know.js';
import * as closureRules from './migrations/20261202T2010-closure-rules.js';
import * as urgentNotifications from './migrations/20261202T2011-urgent-notifications.js';
import * as investigationParticipants from './migrations/20261202T2012-investigation-participants.js';
import * as investigationLinks from './migrations/20261202T2013-investigation-links.js';
import * as searchFolding from './migrations/20261202T2014-search-folding.js';
import * as crossReports from './migrations/20261202T2015-cross-reports.js';
import * as oneLiveInstrumentResponse from './migrations/20261203T1000-one-live-instrument-response.js';
import * as auditSealBatches from './migrations/20261203T1100-audit-seal-batches.js';
import * as familyNetwork from './migrations/20261203T1800-family-network.js';
import * as caseDocuments from './migrations/20261203T1815-case-documents.js';
import * as familyAssessment from './migrations/20261203T1820-family-assessment.js';
import * as familyTeam from './migrations/20261204T1800-family-team.js';
import * as personRecord from './migrations/20261204T1830-person-record.js';
import * as meetingDocuments from './migrations/20261204T2000-meeting-documents.js';
import * as personMerge from './migrations/20261205T0900-person-merge.js';
import * as childFunctionalAssessment from './migrations/20261204T1900-child-functional-assessment.js';
import * as caseVisits from './migrations/20261205T1000-case-visits.js';
import * as casePlan from './migrations/20261205T1100-case-plan.js';
import * as authorChecks from './migrations/20261205T1200-author-checks.js';

/** Listed by hand so the bundle-free CLI and the tests see exactly the same set, in order. */
const migrations: Record<string, Migration> = {
  '20261122T0900-foundation-schema': foundationSchema,
  '20261122T0910-access-and-audit': accessAndAudit,
  '20261122T1000-profiles-and-work': profilesAndWork,
  '20261122T1100-investigation-work': investigationWork,
  '20261202T1940-heal-edited-migrations': healEditedMigrations,
  '20261202T2000-investigation-need-to-know': investigationNeedToKnow,
  '20261202T2010-closure-rules': closureRules,
  '20261202T2011-urgent-notifications': urgentNotifications,
  '20261202T2012-investigation-participants': investigationParticipants,
  '20261202T2013-investigation-links': investigationLinks,
  '20261202T2014-search-folding': searchFolding,
  '20261202T2015-cross-reports': crossReports,
  '20261203T1000-one-live-instrument-response': oneLiveInstrumentResponse,
  '20261203T1100-audit-seal-batches': auditSealBatches,
  '20261203T1800-family-network': familyNetwork,
  '20261203T1815-case-documents': caseDocuments,
  '20261203T1820-family-assessment': familyAssessment,
  '20261204T1800-family-team': familyTeam,
  '20261204T1830-person-record': personRecord,
  '20261204T1900-child-functional-assessment': childFunctionalAssessment,
  '20261204T2000-meeting-documents': meetingDocuments,
  '20261205T0900-person-merge': personMerge,
  '20261205T1000-case-visits': caseVisits,
  '20261205T1100-case-plan': casePlan,
  '20261205T1200-author-checks': authorChecks,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationStep {
  /** 1-based position among the migrations pending at the start. */
  index: number;
  total: number;
  name: string;
}

/** Applies the migrations up to and including `name`: for tests of what a migration does to existing rows. */
export async function migrateUpTo(ownerDb: Kysely<any>, name: string) {
  const { error } = await new Migrator({ db: ownerDb, provider }).migrateTo(name);
  if (error) throw error;
}

/**
 * Applies every pending migration as the database owner; throws with the failing name.
 * `onStep` hears each one as it begins, so a first start can say what it is doing.
 */
export async function migrateToLatest(ownerDb: Kysely<any>, onStep?: (step: MigrationStep) => void): Promise<string[]> {
  let migrator = new Migrator({ db: ownerDb, provider });
  if (onStep) {
    const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
    const announced: Record<string, Migration> = Object.fromEntries(
      Object.entries(migrations).map(([name, migration]) => {
        const index = pending.indexOf(name);
        if (index < 0) return [name, migration];
        const up: Migration['up'] = async (db) => {
          onStep({ index: index + 1, total: pending.length, name });
          await migration.up(db);
        };
        return [name, { ...migration, up }];
      }),
    );
    migrator = new Migrator({ db: ownerDb, provider: { getMigrations: async () => announced } });
  }
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
