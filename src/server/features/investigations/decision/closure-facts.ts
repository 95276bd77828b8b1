import type { Transaction } from 'kysely';
import type { UnseenException } from '../../../../domain/investigation/decision-readiness.js';
import type { DB } from '../../../db/schema.js';
import { childrenInHome } from '../assessments/assessments.repo.js';
import * as repo from './closure-facts.repo.js';

type Trx = Transaction<DB>;

interface Participant {
  personId: string;
  seen: boolean;
}

export interface ClosureFacts {
  childrenNeverSeen: string[];
  unseenException: UnseenException | null;
  attemptedContacts: number;
  unsettledPlans: number;
  approvedPlanInForce: boolean;
}

/**
 * What the closure rules look at (INV-1, INV-4, INV-7): which alleged victims and other children in
 * the home no completed face-to-face contact ever saw, the exception recorded for them, the attempts
 * made, and the safety plans a closing investigation would leave without an owner.
 */
export async function closureFacts(trx: Trx, investigation: { id: string; report_id: string }): Promise<ClosureFacts> {
  const [children, contacts, plans, exception] = await Promise.all([
    childrenInHome(trx, investigation.report_id),
    repo.findContactFacts(trx, investigation.id),
    repo.findPlanStatuses(trx, investigation.id),
    repo.findUnseenException(trx, investigation.id),
  ]);
  const seen = new Set(
    contacts
      .filter((c) => c.outcome === 'completed' && c.method === 'face_to_face')
      .flatMap((c) => (c.participants as unknown as Participant[]).filter((p) => p.seen).map((p) => p.personId)),
  );
  return {
    childrenNeverSeen: children.filter((c) => !seen.has(c.personId)).map((c) => `${c.firstName} ${c.lastName}`),
    unseenException: exception.unseen_exception_code ? { code: exception.unseen_exception_code, efforts: exception.unseen_exception_efforts } : null,
    attemptedContacts: contacts.filter((c) => c.outcome === 'attempted').length,
    unsettledPlans: plans.filter((p) => p.case_id === null && (p.status === 'active' || p.status === 'pending_approval')).length,
    approvedPlanInForce: plans.some((p) => p.status === 'active'),
  };
}
