import type { Kysely } from 'kysely';
import { localDateOf } from '../../../domain/time/agency-calendar.js';
import { profileVersion } from '../../../profiles/index.js';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import { enqueue } from '../../platform/outbox.js';
import { supervisorFor } from '../../platform/supervisory-chain.js';

const HOUR = 3_600_000;
const durationMs = (d: { amount: number; unit: 'hours' }) => d.amount * HOUR;

/**
 * The work engine's clock (SUP-5): reminds assignees before a task is due and escalates overdue
 * tasks to the supervisor, each through the outbox in the same transaction that marks the task,
 * so a restart neither repeats nor drops a reminder. Runs as the owner: it is the system acting.
 */
export async function remindAndEscalate(owner: Kysely<DB>, now = new Date()): Promise<{ reminded: number; escalated: number }> {
  return owner.transaction().execute(async (trx) => {
    const horizon = new Date(now.getTime() + 14 * 24 * HOUR);
    const tasks = await trx
      .selectFrom('task as t')
      .leftJoin('investigation as i', (j) => j.onRef('i.id', '=', 't.subject_id').on('t.subject_type', '=', 'investigation'))
      .leftJoin('family_case as c', (j) => j.onRef('c.id', '=', 't.subject_id').on('t.subject_type', '=', 'case'))
      .leftJoin('report as r', (j) => j.onRef('r.id', '=', 't.subject_id').on('t.subject_type', '=', 'report'))
      .select([
        't.id',
        't.rule_key',
        't.profile_code',
        't.profile_version',
        't.subject_type',
        't.subject_id',
        't.org_unit_id',
        't.assignee_id',
        't.due_at',
        't.reminded_at',
        't.escalated_at',
      ])
      .select((eb) => eb.fn.coalesce('i.number', 'c.number', 'r.number').as('subject_number'))
      .where('t.status', '=', 'open')
      .where('t.due_at', 'is not', null)
      .where('t.due_at', '<=', horizon)
      .where((eb) => eb.or([eb('t.reminded_at', 'is', null), eb('t.escalated_at', 'is', null)]))
      .forUpdate('t')
      .skipLocked()
      .execute();
    let reminded = 0;
    let escalated = 0;
    for (const task of tasks) {
      const profile = profileVersion(task.profile_code, task.profile_version);
      const due = task.due_at!;
      const payload = {
        taskId: task.id,
        ruleKey: task.rule_key,
        profileCode: task.profile_code,
        profileVersion: task.profile_version,
        subjectType: task.subject_type,
        subjectId: task.subject_id,
        subjectNumber: task.subject_number,
        dueAt: due.toISOString(),
      };
      if (!task.reminded_at && task.assignee_id && due.getTime() - durationMs(profile.escalation.remindBefore) <= now.getTime() && due > now) {
        await enqueue(trx, [{ kind: 'task.reminder', recipientId: task.assignee_id, dedupeKey: `task.reminder:${task.id}:${due.toISOString()}`, payload }]);
        await trx.updateTable('task').set({ reminded_at: now }).where('id', '=', task.id).execute();
        reminded += 1;
      }
      if (!task.escalated_at && due.getTime() + durationMs(profile.escalation.escalateAfter) <= now.getTime()) {
        const onDate = localDateOf({ timeZone: profile.timeZone, holidays: [] }, now);
        const supervisor = await supervisorFor(trx, task.org_unit_id, { exclude: task.assignee_id, onDate });
        if (!supervisor) continue;
        await enqueue(trx, [
          {
            kind: 'task.escalated',
            recipientId: supervisor.userId,
            dedupeKey: `task.escalated:${task.id}:${due.toISOString()}`,
            payload: { ...payload, assigneeId: task.assignee_id },
          },
        ]);
        await trx.updateTable('task').set({ escalated_at: now, escalated_to: supervisor.userId }).where('id', '=', task.id).execute();
        await recordAudit(trx, { userId: null, requestId: 'work-clock', ip: 'system' }, [
          {
            action: 'task.escalate',
            recordType: task.subject_type,
            recordId: task.subject_id,
            details: { taskId: task.id, to: supervisor.userId, delegatedFrom: supervisor.delegatedFrom },
          },
        ]);
        escalated += 1;
      }
    }
    return { reminded, escalated };
  });
}
