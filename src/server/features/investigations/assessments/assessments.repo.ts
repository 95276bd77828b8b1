import type { Transaction } from 'kysely';
import type { InstrumentDefinition } from '../../../../domain/instruments/index.js';
import { isChildInHome } from '../../../../domain/investigation/household.js';
import type { DB } from '../../../db/schema.js';
import { findDefinition } from '../../instruments/instruments.catalog.js';

type Trx = Transaction<DB>;

export type AssessmentKind = 'safety' | 'risk';

/** A risk override as stored on instrument_response.override (INV-5). */
export interface StoredOverride {
  kind: 'policy' | 'discretionary';
  key?: string;
  toLevel?: string;
  reason: string;
  finalLevel: string;
  status: 'pending' | 'approved' | 'returned';
  approvalId: string;
}

export const overrideOf = (row: { override: Record<string, unknown> | null }): StoredOverride | null =>
  row.override ? (row.override as unknown as StoredOverride) : null;

export interface StoredAssessment {
  definition: InstrumentDefinition;
  response: Awaited<ReturnType<typeof responsesOn>>[number];
}

const responsesOn = (trx: Trx, investigationId: string) =>
  trx
    .selectFrom('instrument_response')
    .selectAll()
    .where('subject_type', '=', 'investigation')
    .where('subject_id', '=', investigationId)
    .where('superseded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();

/**
 * The latest safety and risk responses on an investigation. An investigation holds answers to
 * several instruments, so each response is told apart by the kind of the exact definition version
 * that scored it (not by the profile's current key, which an administrator may change later).
 */
export async function findAssessments(trx: Trx, investigationId: string): Promise<Partial<Record<AssessmentKind, StoredAssessment>>> {
  const found: Partial<Record<AssessmentKind, StoredAssessment>> = {};
  for (const response of await responsesOn(trx, investigationId)) {
    const definition = await findDefinition(trx, response.instrument_key, response.instrument_version);
    const kind = definition?.kind;
    if (definition && (kind === 'safety' || kind === 'risk') && !found[kind]) found[kind] = { definition, response };
  }
  return found;
}

export interface HomeChild {
  personId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  allegedVictim: boolean;
}

/**
 * Every child in the home (INV-8): the alleged victims, and anyone else on the report who lives in
 * the household and is under 18 (by date of birth, else approximate age) — whatever the reason
 * the family came to the agency, each of them is assessed.
 */
export async function childrenInHome(trx: Trx, reportId: string, at = new Date()): Promise<HomeChild[]> {
  const rows = await trx
    .selectFrom('report_participant as rp')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select(['p.id', 'p.first_name', 'p.last_name', 'p.date_of_birth', 'p.approximate_age', 'rp.role', 'rp.lives_in_household'])
    .where('rp.report_id', '=', reportId)
    .orderBy('p.date_of_birth')
    .orderBy('p.first_name')
    .execute();
  const children = new Map<string, HomeChild>();
  const today = at.toISOString().slice(0, 10);
  for (const row of rows) {
    const member = { role: row.role, dateOfBirth: row.date_of_birth, approximateAge: row.approximate_age, livesInHousehold: row.lives_in_household };
    if (!isChildInHome(member, today)) continue;
    const known = children.get(row.id);
    children.set(row.id, {
      personId: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      dateOfBirth: row.date_of_birth,
      allegedVictim: (known?.allegedVictim ?? false) || row.role === 'alleged_victim',
    });
  }
  return [...children.values()];
}
