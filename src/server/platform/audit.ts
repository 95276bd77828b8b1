import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { RequestContext } from './request-context.js';

/** Typed audit actions: what was done to which kind of record. */
export type AuditAction =
  | 'person.read'
  | 'person.search'
  | 'person.create'
  | 'report.read'
  | 'report.create'
  | 'report.update'
  | 'report.submit'
  | 'report.approve'
  | 'report.return'
  | 'report.list'
  | 'investigation.read'
  | 'investigation.create'
  | 'investigation.list'
  | 'investigation.participant_add'
  | 'investigation.link'
  | 'investigation.decision_save'
  | 'investigation.decision_submit'
  | 'investigation.decision_return'
  | 'investigation.complete'
  | 'investigation.extension_request'
  | 'task.extend'
  | 'case.create'
  | 'record.lookup'
  | 'cross_report.list'
  | 'cross_report.create'
  | 'family_assessment.read'
  | 'family_assessment.create'
  | 'family_assessment.update'
  | 'family_assessment.complete'
  | 'family_assessment.compare'
  | 'family_assessment.needs.read'
  | 'case.update'
  | 'case.read'
  | 'case.list'
  | 'case.transfer'
  | 'case_network.list'
  | 'case_network.add'
  | 'case_network.update'
  | 'diligent_search.list'
  | 'diligent_search.add'
  | 'relative_notice.add'
  | 'relative_notice.letter'
  | 'person.update'
  | 'person.history'
  | 'person.merge'
  | 'person.unmerge'
  | 'person.merge_list'
  | 'child_functional.list'
  | 'child_functional.start'
  | 'child_functional.save'
  | 'child_functional.complete'
  | 'child_functional.compare'
  | 'case_team.list'
  | 'case_team.add'
  | 'case_team.update'
  | 'family_team_meeting.list'
  | 'family_team_meeting.schedule'
  | 'family_team_meeting.read'
  | 'family_team_meeting.update'
  | 'family_team_meeting.record'
  | 'family_team_meeting.cancel'
  | 'family_team_meeting.follow_up'
  | 'family_team_meeting.summary'
  | 'case_plan.list'
  | 'case_plan.read'
  | 'case_plan.create'
  | 'case_plan.update'
  | 'case_plan.submit'
  | 'case_plan.approve'
  | 'case_plan.return'
  | 'case_plan.diff'
  | 'case_plan.agreement'
  | 'case_plan.review'
  | 'case_plan.print'
  | 'case_visit.list'
  | 'case_visit.plan'
  | 'case_visit.read'
  | 'case_visit.record'
  | 'case_visit.cancel'
  | 'case_visit.schedule'
  | 'visit_compliance.read'
  | 'visit_compliance.export'
  | 'document.list'
  | 'document.upload'
  | 'document.download'
  | 'audit.search'
  | 'event.record'
  | 'task.list'
  | 'task.escalate'
  | 'approval.request'
  | 'approval.read'
  | 'approval.list'
  | 'approval.approve'
  | 'approval.return'
  | 'instrument.import'
  | 'instrument_response.read'
  | 'instrument_response.save'
  | 'instrument_response.override'
  | 'contact.list'
  | 'contact.create'
  | 'contact.update'
  | 'finding.list'
  | 'finding.save'
  | 'safety_plan.list'
  | 'safety_plan.read'
  | 'safety_plan.create'
  | 'safety_plan.update'
  | 'safety_plan.sign'
  | 'safety_plan.submit'
  | 'safety_plan.review'
  | 'safety_plan.download'
  | 'profile.choose'
  | 'session.sign_in'
  | 'session.sign_in_failed'
  | 'session.sign_out';

export interface AuditEntry {
  action: AuditAction;
  recordType: 'person' | 'report' | 'investigation' | 'case' | 'audit' | 'session' | 'task' | 'approval' | 'instrument' | 'profile';
  recordId?: string | null;
  personIds?: string[];
  purpose?: string;
  details?: Record<string, unknown>;
}

/** Writes audit rows inside the caller's transaction: the change and its record commit together. */
export async function recordAudit(
  trx: Transaction<DB> | Kysely<DB>,
  ctx: { userId: string | null } & Pick<RequestContext, 'requestId' | 'ip'>,
  entries: AuditEntry[],
) {
  if (entries.length === 0) return;
  await trx
    .insertInto('audit_event')
    .values(
      entries.map((entry) => ({
        actor_id: ctx.userId,
        action: entry.action,
        record_type: entry.recordType,
        record_id: entry.recordId ?? null,
        person_ids: entry.personIds ?? [],
        purpose: entry.purpose ?? null,
        request_id: ctx.requestId,
        ip: ctx.ip,
        details: JSON.stringify(entry.details ?? {}),
      })),
    )
    .execute();
}

/** Chains every committed, unsealed audit row; returns how many it sealed. */
// biome-ignore lint/suspicious/noExplicitAny: the owner's connection reaches tables the app's types leave out (audit_seal, audit_seal_head)
export async function sealAudit(db: Kysely<DB> | Kysely<any>): Promise<number> {
  const { rows } = await sql<{ sealed: number }>`select hearth_audit_seal() as sealed`.execute(db);
  return rows[0]?.sealed ?? 0;
}
