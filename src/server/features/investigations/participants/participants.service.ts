import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { loadInvestigation } from '../investigation-access.js';
import type { AddFoundParticipantInput } from '../investigations.schema.js';
import { readInvestigation } from '../investigations.service.js';
import * as repo from './participants.repo.js';

type Trx = Transaction<DB>;

/**
 * INV-1, INV-8: a person found during the investigation joins the household, so the contacts, the
 * assessments and the closure rules include them; audited with the person, in the same transaction.
 */
export async function addFoundParticipant(ctx: RequestContext, trx: Trx, config: Config, investigationId: string, input: AddFoundParticipantInput) {
  const investigation = await loadInvestigation(ctx, trx, investigationId, 'record');
  const person = await repo.findVisiblePerson(trx, input.personId);
  if (!person) throw notFound('person');
  const added = await repo.insertFoundParticipant(trx, {
    reportId: investigation.report_id,
    investigationId,
    personId: input.personId,
    role: input.role,
    parentType: input.role === 'parent' ? (input.parentType ?? null) : null,
    livesInHousehold: input.livesInHousehold,
    addedBy: ctx.userId,
  });
  if (!added) throw new Problem('conflict', `${person.first_name} ${person.last_name} is already in this investigation's household.`);
  await recordAudit(trx, ctx, [
    {
      action: 'investigation.participant_add',
      recordType: 'investigation',
      recordId: investigationId,
      personIds: [input.personId],
      details: { role: input.role, livesInHousehold: input.livesInHousehold },
    },
  ]);
  return readInvestigation(ctx, trx, config, investigationId);
}
