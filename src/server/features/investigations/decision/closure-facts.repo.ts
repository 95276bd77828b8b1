import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Trx = Transaction<DB>;

/** Every contact's outcome, method and who was seen: the facts "seen face to face" is read from (INV-1). */
export const findContactFacts = (trx: Trx, investigationId: string) =>
  trx.selectFrom('investigation_contact').select(['outcome', 'method', 'participants']).where('investigation_id', '=', investigationId).execute();

/** The investigation's safety plans with their status and whether a case took them over (INV-4). */
export const findPlanStatuses = (trx: Trx, investigationId: string) =>
  trx.selectFrom('safety_plan').select(['id', 'status', 'case_id']).where('investigation_id', '=', investigationId).execute();

export const findUnseenException = (trx: Trx, investigationId: string) =>
  trx.selectFrom('investigation').select(['unseen_exception_code', 'unseen_exception_efforts']).where('id', '=', investigationId).executeTakeFirstOrThrow();
