import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../src/server/db/schema.js';
import { openCaseFromInvestigation } from '../../src/server/features/cases/case-opening.service.js';
import type { Harness } from './harness.js';
import { openInvestigationFast } from './open-investigation-factory.js';

type Trx = Transaction<DB>;

/**
 * An open in-home case for the Torres family, as an approved "open an in-home case" decision leaves
 * it (INV-7): the investigation from `openInvestigationFast`, decided and closed, and the case opened
 * by the approval path's own `openCaseFromInvestigation` (the ongoing unit, the least-loaded
 * caseworker or `caseworker`, the participants, the `case.create` audit row and `case.opened`
 * for the work engine). Signs in the assigned caseworker. For tests about ongoing work; the
 * decision and its approval are tested over HTTP in cases.test.ts.
 */
export async function openCaseFast(h: Harness, options: { caseworker?: string } = {}) {
  const investigation = await openInvestigationFast(h);
  const opened = await h.database.asOwner((owner: Kysely<any>) =>
    owner.transaction().execute(async (untyped) => {
      const trx = untyped as unknown as Trx;
      const users = await trx
        .selectFrom('staff_user')
        .select(['id', 'username'])
        .where('username', 'in', ['inv.supervisor', options.caseworker ?? 'caseworker'])
        .execute();
      const supervisorId = users.find((u) => u.username === 'inv.supervisor')!.id;
      const caseworkerId = users.find((u) => u.username === (options.caseworker ?? 'caseworker'))!.id;
      const row = await trx
        .updateTable('investigation')
        .set({ status: 'closed', decision: 'open_in_home', decision_status: 'approved', decision_reason: 'Safe with services; high risk.' })
        .where('id', '=', investigation.investigationId)
        .returning(['id', 'number', 'org_unit_id', 'report_id'])
        .executeTakeFirstOrThrow();
      const ctx = { userId: supervisorId, requestId: `factory-${randomUUID()}`, ip: '127.0.0.1' };
      return openCaseFromInvestigation(ctx as never, trx, h.config, {
        investigation: { id: row.id, number: row.number, orgUnitId: row.org_unit_id, reportId: row.report_id },
        kind: 'in_home',
        caseworkerId,
      });
    }),
  );
  const caseworker = await h.signIn(options.caseworker ?? 'caseworker');
  return { ...investigation, caseId: opened.caseId, caseNumber: opened.caseNumber, caseworker };
}
