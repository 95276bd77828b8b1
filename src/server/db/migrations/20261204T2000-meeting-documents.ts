import { type Kysely, sql } from 'kysely';

/**
 * PLAT-5 (issue 11): a document can belong to a family team meeting (the agenda handed out, a
 * signed attendance sheet). The key names the meeting *and* its case, so a document can never hang
 * off another case's meeting; visibility stays the case document's own (RLS unchanged).
 */
const statements = [
  `alter table case_document add column meeting_id uuid`,
  `alter table case_document add constraint case_document_meeting_fk
     foreign key (meeting_id, case_id) references family_team_meeting (id, case_id)`,
  `create index case_document_meeting_idx on case_document (meeting_id) where meeting_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
