import { sql } from 'kysely';

/**
 * SQL fragments that fetch the relationships the access policy needs (collaborators, assigned
 * case workers) alongside a record, so the policy layer checks the same facts RLS does.
 */
export const collaboratorIdsOf = (recordType: 'report' | 'investigation', recordIdColumn: 'r.id' | 'i.id' | 'i.report_id') =>
  sql<string[]>`coalesce((select array_agg(rc.user_id) from record_collaborator rc
    where rc.record_type = ${recordType} and rc.record_id = ${sql.ref(recordIdColumn)}), '{}')`;

export const caseWorkerIdsOf = (investigationIdColumn: 'i.id') =>
  sql<string[]>`coalesce((select array_agg(ca.user_id) from family_case c
    join case_assignment ca on ca.case_id = c.id and ca.ended_at is null
    where c.investigation_id = ${sql.ref(investigationIdColumn)}), '{}')`;
