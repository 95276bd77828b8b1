import type { ColumnType } from 'kysely';

/**
 * Row types for the child and family team and its meetings (ENG-3..5, migration
 * 20261204T1800-family-team). Gathered as `FamilyTeamTables`, which `DB` in schema.ts extends.
 */
type Moment = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type LegalDate = string; // 'YYYY-MM-DD'
type Version = ColumnType<number, number | undefined, number>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface CaseTeamMemberTable {
  id: string;
  case_id: string;
  person_id: string | null;
  name: string | null;
  role: string;
  chosen_by: string | null;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  may_be_told: string;
  told_note: string | null;
  active: Defaulted<boolean>;
  version: Version;
  added_by: string;
  added_at: Moment;
  updated_at: Moment;
}

export interface FamilyTeamMeetingTable {
  id: string;
  case_id: string;
  reason: string;
  requested_by: string | null;
  scheduled_for: Moment;
  location: string | null;
  agenda: string | null;
  language: Defaulted<'en' | 'es'>;
  status: Defaulted<'scheduled' | 'held' | 'cancelled'>;
  held_at: NullableMoment;
  family_words: string | null;
  decisions: string | null;
  cancelled_reason: string | null;
  version: Version;
  created_by: string;
  created_at: Moment;
  updated_by: string | null;
  updated_at: Moment;
}

export interface FamilyTeamMeetingAttendeeTable {
  meeting_id: string;
  case_id: string;
  team_member_id: string;
  attendance: string | null;
}

export interface FamilyTeamMeetingFollowUpTable {
  id: string;
  meeting_id: string;
  case_id: string;
  action: string;
  responsible_member_id: string | null;
  responsible_name: string | null;
  due_on: LegalDate;
  done_on: LegalDate | null;
  version: Version;
}

export interface FamilyTeamMeetingDisclosureTable {
  meeting_id: string;
  case_id: string;
  item_code: string;
  explained: boolean;
  family_response: string | null;
}

export interface FamilyTeamTables {
  case_team_member: CaseTeamMemberTable;
  family_team_meeting: FamilyTeamMeetingTable;
  family_team_meeting_attendee: FamilyTeamMeetingAttendeeTable;
  family_team_meeting_follow_up: FamilyTeamMeetingFollowUpTable;
  family_team_meeting_disclosure: FamilyTeamMeetingDisclosureTable;
}
