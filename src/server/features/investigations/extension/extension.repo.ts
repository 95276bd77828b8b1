import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

type Trx = Transaction<DB>;

/** The investigation's open completion task (INV-6), the clock an extension moves. */
export const findOpenCompletionTask = (trx: Trx, investigationId: string) =>
  trx
    .selectFrom('task')
    .select(['id', 'due_at', 'version'])
    .where('subject_type', '=', 'investigation')
    .where('subject_id', '=', investigationId)
    .where('rule_key', '=', 'initial_assessment')
    .where('status', '=', 'open')
    .executeTakeFirst();

/** A new due moment starts the reminders and escalation afresh, as a re-dated task does. */
export const moveDueMoment = (trx: Trx, taskId: string, dueAt: Date) =>
  trx
    .updateTable('task')
    .set((eb) => ({ due_at: dueAt, reminded_at: null, escalated_at: null, escalated_to: null, version: eb('version', '+', 1) }))
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .executeTakeFirst();
