import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { ruleSentence } from '../../../profiles/describe.js';
import { profileVersion } from '../../../profiles/index.js';
import type { DB, SubjectType } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import type { RequestContext } from '../../platform/request-context.js';

type Trx = Transaction<DB>;

/** The record a task is about, by its human number, and the child it concerns. */
function taskQuery(trx: Trx, options: { includeClosed?: boolean } = {}) {
  return trx
    .selectFrom('task as t')
    .leftJoin('person as child', 'child.id', 't.child_person_id')
    .leftJoin('staff_user as assignee', 'assignee.id', 't.assignee_id')
    .select([
      't.id',
      't.rule_key',
      't.profile_code',
      't.profile_version',
      't.subject_type',
      't.subject_id',
      't.child_person_id',
      't.assignee_id',
      't.anchor_at',
      't.due_at',
      't.status',
      't.closed_at',
      't.escalated_at',
      't.org_unit_id',
      'assignee.display_name as assignee_name',
    ])
    .select(sql<string | null>`child.first_name || ' ' || child.last_name`.as('child_name'))
    .select(
      sql<string | null>`case t.subject_type
        when 'report' then (select r.number from report r where r.id = t.subject_id)
        when 'investigation' then (select i.number from investigation i where i.id = t.subject_id)
        else (select c.number from family_case c where c.id = t.subject_id) end`.as('subject_number'),
    )
    .$if(!options.includeClosed, (qb) => qb.where('t.status', '=', 'open'));
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['execute']>>[number];

/** A task in the reader's language with the rule's plain-language reason (SUP-5). */
function present(row: TaskRow, language: 'en' | 'es') {
  const profile = profileVersion(row.profile_code, row.profile_version);
  const rule = profile.rules.find((r) => r.key === row.rule_key);
  return {
    id: row.id,
    ruleKey: row.rule_key,
    title: rule?.task[language] ?? row.rule_key,
    reason: rule ? ruleSentence(rule, language) : '',
    profile: `${row.profile_code.toUpperCase()} v${row.profile_version}`,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectNumber: row.subject_number,
    childPersonId: row.child_person_id,
    childName: row.child_name,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    anchorAt: row.anchor_at,
    dueAt: row.due_at,
    escalatedAt: row.escalated_at,
    status: row.status,
    closedAt: row.closed_at,
  };
}

/** Overdue first, then soonest due; tasks with no time limit set come last. */
const byUrgency = (a: { dueAt: Date | null }, b: { dueAt: Date | null }) =>
  (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY);

export async function listMyTasks(ctx: RequestContext, trx: Trx) {
  const rows = await taskQuery(trx).where('t.assignee_id', '=', ctx.userId).limit(500).execute();
  const items = rows.map((r) => present(r, ctx.language)).sort(byUrgency);
  await auditList(trx, ctx, 'mine', rows);
  return { items };
}

/** The team's open tasks for a supervisor or manager: every unit in their scope (SUP-1). */
export async function listTeamTasks(ctx: RequestContext, trx: Trx) {
  if (!ctx.roles.some((r) => r === 'supervisor' || r === 'program_manager') || ctx.scopeUnitIds.length === 0) return { items: [] };
  const rows = await taskQuery(trx).where('t.org_unit_id', 'in', ctx.scopeUnitIds).limit(2000).execute();
  const items = rows.map((r) => present(r, ctx.language)).sort(byUrgency);
  await auditList(trx, ctx, 'team', rows);
  return { items };
}

/** Every task on one record, open and closed, for its clocks panel; 404 outside need to know. */
export async function listRecordTasks(ctx: RequestContext, trx: Trx, subjectType: SubjectType, subjectId: string) {
  const visible = await sql<{ visible: boolean }>`select hearth_can_see_subject(${subjectType}, ${subjectId}::uuid) as visible`.execute(trx);
  if (!visible.rows[0]?.visible) throw notFound(subjectType);
  const rows = await taskQuery(trx, { includeClosed: true })
    .where('t.subject_type', '=', subjectType)
    .where('t.subject_id', '=', subjectId)
    .orderBy('t.created_at')
    .execute();
  const items = rows.map((r) => present(r, ctx.language));
  const open = items.filter((t) => t.status === 'open').sort(byUrgency);
  await auditList(trx, ctx, 'record', rows);
  return { items: [...open, ...items.filter((t) => t.status !== 'open')] };
}

async function auditList(trx: Trx, ctx: RequestContext, list: string, rows: TaskRow[]) {
  if (rows.length === 0) return;
  await recordAudit(trx, ctx, [
    {
      action: 'task.list',
      recordType: 'task',
      personIds: [...new Set(rows.flatMap((r) => (r.child_person_id ? [r.child_person_id] : [])))],
      details: { list, taskIds: rows.map((r) => r.id) },
    },
  ]);
}
