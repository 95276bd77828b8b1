import type { Transaction } from 'kysely';
import { isChildInHome } from '../../../../domain/investigation/household.js';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { recordEvent } from '../../work/work.engine.js';
import { findWorkers } from '../cases.repo.js';
import { loadCase } from '../cases.service.js';
import { findMember, findMembers } from '../network/network.repo.js';
import * as repo from './relative-notice.repo.js';
import { renderNoticeLetter } from './relative-notice.letter.js';
import type { AddNoticeInput } from './relative-notice.schema.js';

type Trx = Transaction<DB>;

async function relativeOnCase(trx: Trx, caseId: string, participantId: string) {
  const member = await findMember(trx, caseId, participantId);
  if (!member) throw notFound('network member');
  return member;
}

/** ENG-2: the notices given to one relative, and whether every known adult relative has one. */
export async function listNotices(ctx: RequestContext, trx: Trx, caseId: string, participantId: string) {
  const { abilities } = await loadCase(ctx, trx, caseId);
  const member = await relativeOnCase(trx, caseId, participantId);
  const rows = await repo.findNotices(trx, caseId, member.person_id);
  const relatives = await repo.findAdultRelatives(trx, caseId);
  await recordAudit(trx, ctx, [
    { action: 'case_network.list', recordType: 'case', recordId: caseId, personIds: [member.person_id], details: { noticeIds: rows.map((r) => r.id) } },
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      sentOn: r.sent_on,
      method: r.method,
      language: r.language,
      exceptionReason: r.exception_reason,
      createdByName: r.created_by_name,
      createdAt: r.created_at,
    })),
    allRelativesNotified: relatives.length > 0 && relatives.every((r) => r.has_notice),
    abilities: { record: abilities.work },
  };
}

/**
 * Records a notice (or an exception) for a relative. When every known adult relative on the case
 * has one, `relatives.notified` tells the work engine, which closes the profile's relative-notice
 * task for each child. A retried save adds nothing.
 */
export async function addNotice(ctx: RequestContext, trx: Trx, config: Config, caseId: string, participantId: string, input: AddNoticeInput) {
  const { abilities, row } = await loadCase(ctx, trx, caseId);
  if (!abilities.work) throw new Problem('forbidden_action', 'Only the case’s workers and their supervisors record relative notices.');
  if (row.status !== 'open') throw new Problem('conflict', 'The case is closed.').because('case_closed');
  const member = await relativeOnCase(trx, caseId, participantId);
  if (!['relative', 'other_family', 'parent'].includes(member.role)) {
    throw new Problem('validation', 'Relative notice is for the family’s relatives.', [{ path: 'kind', message: 'Choose a relative' }]).because(
      'not_a_relative',
    );
  }
  if (!(await repo.insertNotice(trx, caseId, member.person_id, input, ctx.userId))) {
    if (!(await repo.findNotices(trx, caseId, member.person_id)).some((n) => n.id === input.id)) throw idTaken();
    return { created: false, ...(await listNotices(ctx, trx, caseId, participantId)) };
  }
  await recordAudit(trx, ctx, [
    { action: 'relative_notice.add', recordType: 'case', recordId: caseId, personIds: [member.person_id], details: { noticeId: input.id, kind: input.kind } },
  ]);
  const relatives = await repo.findAdultRelatives(trx, caseId);
  if (relatives.length > 0 && relatives.every((r) => r.has_notice)) {
    await recordEvent(ctx, trx, config, { type: 'relatives.notified', subjectType: 'case', subjectId: caseId, occurredAt: new Date(), payload: {} });
  }
  return { created: true, ...(await listNotices(ctx, trx, caseId, participantId)) };
}

/** The notice letter for one relative as a PDF, in English or Spanish; every download audited. */
export async function noticeLetter(ctx: RequestContext, trx: Trx, caseId: string, participantId: string, language: 'en' | 'es') {
  const { row } = await loadCase(ctx, trx, caseId);
  const member = await relativeOnCase(trx, caseId, participantId);
  const today = new Date().toISOString().slice(0, 10);
  const [members, workers] = await Promise.all([findMembers(trx, caseId), findWorkers(trx, caseId)]);
  // The children in the home, by the same rule the investigation used (INV-8); people added since have no household fact.
  const children = members
    .filter((m) =>
      isChildInHome({ role: m.role, dateOfBirth: m.date_of_birth, approximateAge: m.approximate_age, livesInHousehold: m.lives_in_home !== false }, today),
    )
    .map((m) => m.first_name);
  const bytes = await renderNoticeLetter({
    language,
    relativeName: `${member.first_name} ${member.last_name}`,
    childNames: children,
    caseNumber: row.number,
    caseworkerName: workers.find((w) => w.role === 'primary')?.name ?? '',
    unitName: row.org_unit_name,
    date: today,
  });
  await recordAudit(trx, ctx, [
    { action: 'relative_notice.letter', recordType: 'case', recordId: caseId, personIds: [member.person_id], details: { language } },
  ]);
  return { bytes, filename: `relative-notice-${row.number}-${member.last_name}.pdf`.replace(/[^A-Za-z0-9.-]/g, '_') };
}
