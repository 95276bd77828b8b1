import type { Config } from '../../platform/config.js';
import { profileAt } from '../profile/profile.service.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type AuditAction, recordAudit } from '../../platform/audit.js';
import { conflict, notFound, Problem } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { authoriseReport, canCreateReport, type ReportAction } from './reports.policy.js';
import { factsOf, personIdsOf, presentReport } from './reports.present.js';
import * as repo from './reports.repo.js';
import type { AddAllegationInput, AddParticipantInput, AddRelationshipInput, channels, UpdateReportInput } from './reports.schema.js';

type Trx = Transaction<DB>;

/** INT-1: a hotline screener opens a draft report. */
export async function createReport(ctx: RequestContext, trx: Trx, input: { channel: (typeof channels)[number]; receivedAt?: string }) {
  if (!canCreateReport(ctx)) throw new Problem('forbidden_action', 'Only hotline screeners and supervisors take reports.').because('report_create_forbidden');
  if (input.receivedAt && Date.parse(input.receivedAt) > Date.now() + 60_000) {
    throw new Problem('validation', 'The report cannot be received in the future.', [
      { path: 'receivedAt', message: 'Cannot be in the future', code: 'in_future' },
    ]).because('received_in_future');
  }
  const { id } = await repo.insertReport(trx, { ...input, orgUnitId: ctx.orgUnitId, screenerId: ctx.userId });
  await recordAudit(trx, ctx, [{ action: 'report.create', recordType: 'report', recordId: id }]);
  return loadAndPresent(ctx, trx, id, 'view', null);
}

export async function readReport(ctx: RequestContext, trx: Trx, id: string) {
  return loadAndPresent(ctx, trx, id, 'view', 'report.read');
}

export async function updateReport(ctx: RequestContext, trx: Trx, config: Config, id: string, input: UpdateReportInput) {
  await loadForAction(ctx, trx, id, 'edit');
  if (input.responsePriority) {
    const profile = await profileAt(trx, config, new Date());
    if (!profile.responsePriorities.some((p) => p.code === input.responsePriority)) {
      const codes = profile.responsePriorities.map((p) => p.code).join(', ');
      throw new Problem('validation', `The ${profile.code.toUpperCase()} profile has no response priority "${input.responsePriority}"; use one of ${codes}.`, [
        { path: 'responsePriority', message: `Use one of ${codes}` },
      ]);
    }
  }
  if (input.receivedAt && Date.parse(input.receivedAt) > Date.now() + 60_000) {
    throw new Problem('validation', 'The report cannot be received in the future.', [
      { path: 'receivedAt', message: 'Cannot be in the future', code: 'in_future' },
    ]).because('received_in_future');
  }
  const changes: Record<string, unknown> = {};
  if (input.channel !== undefined) changes.channel = input.channel;
  if (input.receivedAt !== undefined) changes.received_at = input.receivedAt;
  if (input.narrative !== undefined) changes.narrative = input.narrative;
  if (input.decision !== undefined) changes.decision = input.decision;
  if (input.responsePriority !== undefined) changes.response_priority = input.responsePriority;
  if (input.decisionRationale !== undefined) changes.decision_rationale = input.decisionRationale;
  if (input.communityReferral !== undefined) changes.community_referral = input.communityReferral;
  await bump(trx, id, input.version, changes);
  if (input.reporter) await repo.upsertReporter(trx, id, input.reporter);
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { fields: Object.keys(input).filter((k) => k !== 'version') });
}

export async function addParticipant(ctx: RequestContext, trx: Trx, id: string, input: AddParticipantInput) {
  await loadForAction(ctx, trx, id, 'edit');
  await bump(trx, id, input.version);
  // The person must be one this screener can see; RLS hides others, so a crafted id reads as absent.
  const person = await trx.selectFrom('person').select('id').where('id', '=', input.personId).executeTakeFirst();
  if (!person) throw notFound('person');
  await repo.insertParticipant(trx, id, input);
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { added: 'participant', personId: input.personId });
}

export async function removeParticipant(ctx: RequestContext, trx: Trx, id: string, participantId: string, version: number) {
  await loadForAction(ctx, trx, id, 'edit');
  await bump(trx, id, version);
  if (!(await repo.deleteParticipant(trx, id, participantId))) throw notFound('participant');
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { removed: 'participant', participantId });
}

/** INT-3: an allegation is victim × alleged perpetrator × NCANDS maltreatment type. */
export async function addAllegation(ctx: RequestContext, trx: Trx, id: string, input: AddAllegationInput) {
  const row = await loadForAction(ctx, trx, id, 'edit');
  const people = new Map(row.participants.map((p) => [p.person_id, p.role]));
  const errors = [];
  if (people.get(input.victimPersonId) !== 'alleged_victim')
    errors.push({ path: 'victimPersonId', message: 'Add this child to the report as an alleged victim first.', code: 'not_an_alleged_victim' });
  if (input.perpetratorPersonId && !people.has(input.perpetratorPersonId))
    errors.push({ path: 'perpetratorPersonId', message: 'Add the alleged perpetrator to the report first.', code: 'not_on_report' });
  if (input.perpetratorPersonId === input.victimPersonId)
    errors.push({ path: 'perpetratorPersonId', message: 'The alleged perpetrator cannot be the victim.', code: 'is_the_victim' });
  if (errors.length) throw new Problem('validation', errors.map((e) => e.message).join(' '), errors);
  await bump(trx, id, input.version);
  await repo.insertAllegation(trx, id, input);
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { added: 'allegation' });
}

export async function removeAllegation(ctx: RequestContext, trx: Trx, id: string, allegationId: string, version: number) {
  await loadForAction(ctx, trx, id, 'edit');
  await bump(trx, id, version);
  if (!(await repo.deleteAllegation(trx, id, allegationId))) throw notFound('allegation');
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { removed: 'allegation', allegationId });
}

/** Typed relationships between people on the report (INT-2): who is whose parent, partner, sibling. */
export async function addRelationship(ctx: RequestContext, trx: Trx, id: string, input: AddRelationshipInput) {
  const row = await loadForAction(ctx, trx, id, 'edit');
  const onReport = new Set(row.participants.map((p) => p.person_id));
  const errors = [input.personId, input.relatedPersonId].flatMap((personId, index) =>
    onReport.has(personId)
      ? []
      : [{ path: index === 0 ? 'personId' : 'relatedPersonId', message: 'Add this person to the report first.', code: 'not_on_report' }],
  );
  if (errors.length) throw new Problem('validation', errors.map((e) => e.message).join(' '), errors);
  await bump(trx, id, input.version);
  await repo.insertRelationship(trx, input, ctx.userId);
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { added: 'relationship', kind: input.kind, personIds: [input.personId, input.relatedPersonId] });
}

export async function removeRelationship(ctx: RequestContext, trx: Trx, id: string, relationshipId: string, version: number) {
  const row = await loadForAction(ctx, trx, id, 'edit');
  await bump(trx, id, version);
  if (
    !(await repo.deleteRelationship(
      trx,
      relationshipId,
      row.participants.map((p) => p.person_id),
    ))
  )
    throw notFound('relationship');
  return loadAndPresent(ctx, trx, id, 'view', 'report.update', { removed: 'relationship', relationshipId });
}

/** Loads a report and checks the action; out of scope is 404, in scope but not allowed is 403. */
export async function loadForAction(ctx: RequestContext, trx: Trx, id: string, action: ReportAction) {
  const row = await repo.findReportDetail(trx, id);
  authoriseReport(ctx, row && factsOf(row), action);
  return row!;
}

export async function loadAndPresent(
  ctx: RequestContext,
  trx: Trx,
  id: string,
  action: ReportAction,
  audit: AuditAction | null,
  details?: Record<string, unknown>,
) {
  const row = await loadForAction(ctx, trx, id, action);
  if (audit) await recordAudit(trx, ctx, [{ action: audit, recordType: 'report', recordId: id, personIds: personIdsOf(row), details }]);
  return presentReport(ctx, row);
}

/** Applies changes only when the client's version is current; a stale tab gets 409, never an overwrite. */
export async function bump(trx: Trx, id: string, version: number, changes: Record<string, unknown> = {}) {
  const next = await repo.bumpVersion(trx, id, version, changes);
  if (next === null) throw (await repo.reportExists(trx, id)) ? conflict('report') : notFound('report');
  return next;
}
