import { type Kysely, sql } from 'kysely';

/**
 * INV-2: a safety-critical task ("children not safe" at a contact) tells its assignee the moment
 * it opens, through the same outbox as reminders and escalations.
 */
const statements = [
  `alter table outbox_message drop constraint if exists outbox_message_kind_check`,
  `alter table outbox_message add constraint outbox_message_kind_check
     check (kind in ('task.reminder','task.escalated','task.urgent','approval.requested','approval.decided'))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
