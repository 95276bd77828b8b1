import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { canSeeInvestigation } from '../investigations/investigation-access.js';
import { findInvestigationAccessFacts } from '../investigations/investigations.repo.js';

type Trx = Transaction<DB>;

interface ApprovalFacts {
  subject_type: string;
  subject_id: string;
  requested_by: string;
  routed_to: string | null;
}

/**
 * Who may open an approval (PLAT-1, SUP-3): the person who asked, the approver it was routed to,
 * and whoever may read its subject. An approval about an investigation (decision, extension, safety
 * plan, placement, risk override) carries the investigation's reasons, so it follows the
 * investigation's rule — the hotline that screened the report gets 404 (RLS says the same in
 * `approval_request_read`). Reports and cases are checked by RLS on the approval row.
 */
export async function authoriseApprovalRead<T extends ApprovalFacts>(ctx: RequestContext, trx: Trx, row: T | undefined): Promise<T> {
  if (!row) throw notFound('approval');
  if (row.requested_by === ctx.userId || row.routed_to === ctx.userId) return row;
  if (row.subject_type === 'investigation') {
    const facts = await findInvestigationAccessFacts(trx, row.subject_id);
    if (!facts || !canSeeInvestigation(ctx, facts)) throw notFound('approval');
  }
  return row;
}
