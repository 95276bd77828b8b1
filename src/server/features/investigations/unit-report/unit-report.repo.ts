import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Trx = Transaction<DB>;

export const reportedClocks = ['first_face_to_face', 'initial_assessment'] as const;

/** The investigation units among the units the reader supervises or manages. */
export const findInvestigationUnits = (trx: Trx, unitIds: string[]) =>
  unitIds.length === 0
    ? Promise.resolve([])
    : trx.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', unitIds).where('unit_function', '=', 'investigation').orderBy('name').execute();

/**
 * The units' investigations, optionally only those whose report was received between two local
 * dates in the agency's time zone, with the first completed face-to-face contact (INV-1).
 */
export function findUnitInvestigations(trx: Trx, unitIds: string[], range: { from?: string | undefined; to?: string | undefined; timeZone: string }) {
  if (unitIds.length === 0) return Promise.resolve([]);
  const receivedOn = sql<string>`(r.received_at at time zone ${range.timeZone})::date`;
  let query = trx
    .selectFrom('investigation as i')
    .innerJoin('report as r', 'r.id', 'i.report_id')
    .leftJoin('staff_user as u', 'u.id', 'i.investigator_id')
    .select(['i.id', 'i.number', 'i.org_unit_id', 'i.investigator_id', 'u.display_name as investigator_name', 'i.response_due_at', 'i.status'])
    .select((eb) =>
      eb
        .selectFrom('investigation_contact as c')
        .select((c) => c.fn.min('c.occurred_at').as('first'))
        .whereRef('c.investigation_id', '=', 'i.id')
        .where('c.outcome', '=', 'completed')
        .where('c.method', '=', 'face_to_face')
        .as('first_contact_at'),
    )
    .where('i.org_unit_id', 'in', unitIds);
  if (range.from) query = query.where(receivedOn, '>=', range.from);
  if (range.to) query = query.where(receivedOn, '<=', range.to);
  return query.orderBy('i.response_due_at').execute();
}

/** The response and completion clocks of these investigations, open and closed. */
export const findClocks = (trx: Trx, investigationIds: string[]) =>
  investigationIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('task')
        .select(['subject_id', 'rule_key', 'due_at', 'status', 'closed_at', 'created_at'])
        .where('subject_type', '=', 'investigation')
        .where('subject_id', 'in', investigationIds)
        .where('rule_key', 'in', [...reportedClocks])
        .orderBy('created_at')
        .execute();

/** Active safety plans of these investigations, with their next review date (INV-4). */
export const findActiveSafetyPlans = (trx: Trx, investigationIds: string[]) =>
  investigationIds.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('safety_plan')
        .select(['investigation_id', 'next_review_on'])
        .where('investigation_id', 'in', investigationIds)
        .where('status', '=', 'active')
        .execute();
