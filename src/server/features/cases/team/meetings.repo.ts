import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { RecordMeetingInput, ScheduleMeetingInput, UpdateMeetingInput } from './meetings.schema.js';

type Trx = Transaction<DB>;

export const findMeetings = (trx: Trx, caseId: string) =>
  trx
    .selectFrom('family_team_meeting as m')
    .select(['m.id', 'm.reason', 'm.status', 'm.scheduled_for', 'm.held_at'])
    .select(sql<number>`(select count(*)::int from family_team_meeting_follow_up f where f.meeting_id = m.id and f.done_on is null)`.as('open_follow_ups'))
    .where('m.case_id', '=', caseId)
    .orderBy('m.scheduled_for', 'desc')
    .execute();

export const findMeeting = (trx: Trx, meetingId: string) =>
  trx
    .selectFrom('family_team_meeting as m')
    .leftJoin('person as r', 'r.id', 'm.requested_by')
    .selectAll('m')
    .select(sql<string | null>`r.first_name || ' ' || r.last_name`.as('requested_by_name'))
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export const findAttendees = (trx: Trx, meetingId: string) =>
  trx.selectFrom('family_team_meeting_attendee').select(['team_member_id', 'attendance']).where('meeting_id', '=', meetingId).execute();

export const findFollowUps = (trx: Trx, meetingId: string) =>
  trx.selectFrom('family_team_meeting_follow_up').selectAll().where('meeting_id', '=', meetingId).orderBy('due_on').orderBy('id').execute();

export const findDisclosures = (trx: Trx, meetingId: string) =>
  trx.selectFrom('family_team_meeting_disclosure').selectAll().where('meeting_id', '=', meetingId).execute();

/** Returns false when the id is already used (a retry, or another record's). */
export async function insertMeeting(trx: Trx, caseId: string, input: ScheduleMeetingInput, by: string) {
  const row = await trx
    .insertInto('family_team_meeting')
    .values({
      id: input.id,
      case_id: caseId,
      reason: input.reason,
      requested_by: input.reason === 'requested' ? (input.requestedBy ?? null) : null,
      scheduled_for: input.scheduledFor,
      location: input.location ?? null,
      agenda: input.agenda ?? null,
      language: input.language,
      created_by: by,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Bumps the version if it is still the one read; undefined when it is not (a 409 for the caller). */
export const claimVersion = (
  trx: Trx,
  meetingId: string,
  read: number,
  by: string,
  changes: Partial<{
    scheduled_for: string;
    location: string | null;
    agenda: string | null;
    language: 'en' | 'es';
    status: 'scheduled' | 'held' | 'cancelled';
    held_at: string;
    family_words: string;
    decisions: string;
    cancelled_reason: string;
  }>,
) =>
  trx
    .updateTable('family_team_meeting')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_by: by, updated_at: new Date() }))
    .where('id', '=', meetingId)
    .where('version', '=', read)
    .returning(['id', 'version'])
    .executeTakeFirst();

export const scheduleChanges = (input: UpdateMeetingInput) => ({
  ...(input.scheduledFor !== undefined ? { scheduled_for: input.scheduledFor } : {}),
  ...(input.location !== undefined ? { location: input.location } : {}),
  ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
  ...(input.language !== undefined ? { language: input.language } : {}),
});

/** The invitation list: attendees not listed are removed, new ones added with no attendance yet. */
export async function replaceInvitations(trx: Trx, meetingId: string, caseId: string, memberIds: string[]) {
  let dropped = trx.deleteFrom('family_team_meeting_attendee').where('meeting_id', '=', meetingId);
  if (memberIds.length > 0) dropped = dropped.where('team_member_id', 'not in', memberIds);
  await dropped.execute();
  if (memberIds.length === 0) return;
  await trx
    .insertInto('family_team_meeting_attendee')
    .values(memberIds.map((id) => ({ meeting_id: meetingId, case_id: caseId, team_member_id: id, attendance: null })))
    .onConflict((oc) => oc.columns(['meeting_id', 'team_member_id']).doNothing())
    .execute();
}

/** Writes the meeting record's parts: attendance, disclosures and follow-ups, as sent. */
export async function writeRecordParts(trx: Trx, meetingId: string, caseId: string, input: RecordMeetingInput) {
  await trx.deleteFrom('family_team_meeting_attendee').where('meeting_id', '=', meetingId).execute();
  if (input.attendance.length > 0) {
    await trx
      .insertInto('family_team_meeting_attendee')
      .values(input.attendance.map((a) => ({ meeting_id: meetingId, case_id: caseId, team_member_id: a.memberId, attendance: a.attendance })))
      .execute();
  }
  await trx.deleteFrom('family_team_meeting_disclosure').where('meeting_id', '=', meetingId).execute();
  if (input.disclosures.length > 0) {
    await trx
      .insertInto('family_team_meeting_disclosure')
      .values(
        input.disclosures.map((d) => ({
          meeting_id: meetingId,
          case_id: caseId,
          item_code: d.code,
          explained: d.explained,
          family_response: d.familyResponse ?? null,
        })),
      )
      .execute();
  }
  const keep = input.followUps.map((f) => f.id);
  let dropped = trx.deleteFrom('family_team_meeting_follow_up').where('meeting_id', '=', meetingId);
  if (keep.length > 0) dropped = dropped.where('id', 'not in', keep);
  await dropped.execute();
  for (const f of input.followUps) {
    const values = {
      action: f.action,
      responsible_member_id: f.responsibleMemberId ?? null,
      responsible_name: f.responsibleMemberId ? null : (f.responsibleName ?? null),
      due_on: f.dueOn,
    };
    await trx
      .insertInto('family_team_meeting_follow_up')
      .values({ id: f.id, meeting_id: meetingId, case_id: caseId, ...values })
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({ ...values, version: eb('family_team_meeting_follow_up.version', '+', 1) }))
          .where('family_team_meeting_follow_up.meeting_id', '=', meetingId),
      )
      .execute();
  }
}

/**
 * A follow-up marked done changes the meeting too: a correction of the record made from an older
 * read would otherwise drop or overwrite it unseen, so the meeting's version moves with it.
 */
export const bumpMeetingVersion = (trx: Trx, meetingId: string, by: string) =>
  trx
    .updateTable('family_team_meeting')
    .set((eb) => ({ version: eb('version', '+', 1), updated_by: by, updated_at: new Date() }))
    .where('id', '=', meetingId)
    .execute();

export const setFollowUpDone = (trx: Trx, meetingId: string, followUpId: string, read: number, doneOn: string | null) =>
  trx
    .updateTable('family_team_meeting_follow_up')
    .set((eb) => ({ done_on: doneOn, version: eb('version', '+', 1) }))
    .where('meeting_id', '=', meetingId)
    .where('id', '=', followUpId)
    .where('version', '=', read)
    .returning('id')
    .executeTakeFirst();
