import type { Transaction } from 'kysely';
import { ageOn } from '../../../../domain/investigation/household.js';
import type { DB } from '../../../db/schema.js';
import type { Config } from '../../../platform/config.js';
import { notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { requireDefinition } from '../../instruments/instruments.catalog.js';
import { profileAt } from '../../profile/profile.service.js';
import { loadCase } from '../cases.service.js';
import * as cases from '../cases.repo.js';
import { loadCaseForWork } from '../team/team.service.js';
import * as repo from './functional.repo.js';

type Trx = Transaction<DB>;

export const today = () => new Date().toISOString().slice(0, 10);

/** The profile's functional instrument, for a new assessment; an agency whose profile names none is told so. */
export async function currentInstrument(trx: Trx, config: Config) {
  const profile = await profileAt(trx, config, new Date());
  const ref = profile.instruments.functional;
  if (!ref)
    throw new Problem('incomplete', `The ${profile.code.toUpperCase()} profile names no functional instrument. Ask an administrator to set one.`).because(
      'no_instrument',
      { profile: profile.code.toUpperCase(), kind: 'functional' },
    );
  return { ref, definition: await requireDefinition(trx, ref.key, ref.version) };
}

/**
 * The children on the case: the alleged victims and everyone under 18. Someone of unknown age is
 * not assumed a child (as INV-8 decides who is assessed).
 */
export async function childrenOnCase(trx: Trx, caseId: string) {
  const people = await cases.findPeople(trx, caseId);
  const on = today();
  return people.filter((p) => {
    if (p.role === 'alleged_victim') return true;
    const age = ageOn({ dateOfBirth: p.date_of_birth, approximateAge: null }, on);
    return age !== null && age < 18;
  });
}

/** One assessment and its case, when the caller may see the case; otherwise 404 whether or not it exists. */
export async function loadAssessment(ctx: RequestContext, trx: Trx, id: string) {
  const row = await repo.findById(trx, id);
  if (!row) throw notFound('assessment');
  // Only "no such case for you" becomes "no such assessment"; a database failure stays what it is.
  const loaded = await loadCase(ctx, trx, row.case_id).catch((error: unknown) => {
    throw error instanceof Problem && error.kind === 'not_found' ? notFound('assessment') : error;
  });
  return { row, theCase: loaded };
}

/** The same for a change: the caller works the case, it is open, and the assessment is still a draft. */
export async function loadAssessmentForWork(ctx: RequestContext, trx: Trx, id: string) {
  const found = await loadAssessment(ctx, trx, id);
  await loadCaseForWork(ctx, trx, found.row.case_id, 'a child’s functional assessment');
  if (found.row.status === 'completed')
    throw new Problem('conflict', 'This assessment is completed and cannot change. Start a new one to rate the child again.').because('functional_completed');
  return found;
}
