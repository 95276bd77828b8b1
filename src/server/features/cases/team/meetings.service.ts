import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { recordAudit } from '../../../platform/audit.js';
import type { Config } from '../../../platform/config.js';
import { conflict, idTaken, notFound, Problem } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/request-context.js';
import { profileAt } from '../../profile/profile.service.js';
import { recordEvent } from '../../work/work.engine.js';
import { loadCase } from '../cases.service.js';
import { findMembers } from '../network/network.repo.js';
import { renderMeetingSummary } from './meeting-summary.pdf.js';
import * as repo from './meetings.repo.js';
import type { RecordMeetingInput, ScheduleMeetingInput, UpdateMeetingInput } from './meetings.schema.js';
import { findTeam } from './team.repo.js';
import { loadCaseForWork, teamingRules } from './team.service.js';

type Trx = Transaction<DB>;

const FIVE_MINUTES = 5 * 60 * 1000;

/** ENG-4: the case's meetings, newest first, each with its open follow-ups. */
export async function listMeetings(ctx: RequestContext, trx: Trx, caseId: string) {
  const { abilities, row } = await loadCase(ctx, trx, caseId);
  const rows = await repo.findMeetings(trx, caseId);
  await recordAudit(trx, ctx, [{ action: 'family_team_meeting.list', recordType: 'case', recordId: caseId, details: { meetingIds: rows.map((m) => m.id) } }]);
  return {
    items: rows.map((m) => ({
      id: m.id,
      reason: m.reason as never,
      status: m.status,
      scheduledFor: m.scheduled_for,
      heldAt: m.held_at,
      openFollowUps: m.open_follow_ups,
    })),
    abilities: { schedule: abilities.work && row.status === 'open' },
  };
}

/**
 * The members' ids must be on this case's team now: anything else (someone taken off the team, another
 * case's row) is a field error. `earlier` are members the meeting already names, who stay nameable
 * in a correction even if they have since left the team.
 */
async function checkTeamIds(trx: Trx, caseId: string, ids: Array<{ id: string | undefined; path: string }>, earlier: ReadonlySet<string> = new Set()) {
  const team = new Set((await findTeam(trx, caseId)).filter((m) => m.active || earlier.has(m.id)).map((m) => m.id));
  const wrong = ids.filter((i) => i.id !== undefined && !team.has(i.id));
  if (wrong.length > 0) {
    throw new Problem(
      'validation',
      'Someone named is not on the family team.',
      wrong.map((w) => ({ path: w.path, message: 'Choose a member of the family team' })),
    );
  }
}

/** Schedules a meeting with its invitations; one a parent or youth asked for opens the profile's task. */
export async function scheduleMeeting(ctx: RequestContext, trx: Trx, config: Config, caseId: string, input: ScheduleMeetingInput) {
  await loadCaseForWork(ctx, trx, caseId, 'family team meetings');
  if (input.requestedBy && !(await findMembers(trx, caseId)).some((m) => m.person_id === input.requestedBy)) {
    throw new Problem('validation', 'Who asked must be in the family network.', [{ path: 'requestedBy', message: 'Choose someone in the family network' }]);
  }
  await checkTeamIds(
    trx,
    caseId,
    input.invitedMemberIds.map((id, i) => ({ id, path: `invitedMemberIds.${i}` })),
  );
  if (!(await repo.insertMeeting(trx, caseId, input, ctx.userId))) {
    const existing = await repo.findMeeting(trx, input.id);
    if (!existing || existing.case_id !== caseId) throw idTaken();
    return { created: false, meeting: await readMeeting(ctx, trx, config, input.id) };
  }
  await repo.replaceInvitations(trx, input.id, caseId, input.invitedMemberIds);
  await recordAudit(trx, ctx, [
    { action: 'family_team_meeting.schedule', recordType: 'case', recordId: caseId, details: { meetingId: input.id, reason: input.reason } },
  ]);
  if (input.reason === 'requested') {
    await recordEvent(ctx, trx, config, {
      type: 'family_team_meeting.requested',
      subjectType: 'case',
      subjectId: caseId,
      occurredAt: new Date(),
      payload: {},
    });
  }
  return { created: true, meeting: await readMeeting(ctx, trx, config, input.id) };
}

async function loadMeeting(ctx: RequestContext, trx: Trx, meetingId: string) {
  const meeting = await repo.findMeeting(trx, meetingId);
  if (!meeting) throw notFound('meeting');
  const loaded = await loadCase(ctx, trx, meeting.case_id);
  return { meeting, ...loaded };
}

/** One meeting with its attendance, follow-ups and the disclosure list answered item by item. */
export async function readMeeting(ctx: RequestContext, trx: Trx, config: Config, meetingId: string) {
  const { meeting, row, abilities } = await loadMeeting(ctx, trx, meetingId);
  const [team, attendees, followUps, disclosures, rules] = await Promise.all([
    findTeam(trx, meeting.case_id),
    repo.findAttendees(trx, meetingId),
    repo.findFollowUps(trx, meetingId),
    repo.findDisclosures(trx, meetingId),
    teamingRules(trx, config, new Date(meeting.scheduled_for)),
  ]);
  const byId = new Map(team.map((m) => [m.id, m]));
  const answered = new Map(disclosures.map((d) => [d.item_code, d]));
  // Items the profile no longer lists stay on a record that answered them, under their code.
  const listed = new Set(rules.disclosureItems.map((i) => i.code));
  const retired = disclosures
    .filter((d) => !listed.has(d.item_code))
    .map((d) => ({ code: d.item_code, label: { en: d.item_code, es: d.item_code }, explanation: { en: '', es: '' } }));
  await recordAudit(trx, ctx, [
    {
      action: 'family_team_meeting.read',
      recordType: 'case',
      recordId: meeting.case_id,
      personIds: attendees.flatMap((a) => byId.get(a.team_member_id)?.person_id ?? []),
      details: { meetingId },
    },
  ]);
  return {
    id: meeting.id,
    caseId: meeting.case_id,
    caseNumber: row.number,
    reason: meeting.reason as never,
    requestedBy: meeting.requested_by,
    requestedByName: meeting.requested_by_name,
    scheduledFor: meeting.scheduled_for,
    location: meeting.location,
    agenda: meeting.agenda,
    language: meeting.language,
    status: meeting.status,
    heldAt: meeting.held_at,
    familyWords: meeting.family_words,
    decisions: meeting.decisions,
    cancelledReason: meeting.cancelled_reason,
    version: meeting.version,
    attendees: attendees.map((a) => {
      const member = byId.get(a.team_member_id)!;
      return { memberId: a.team_member_id, name: member.name, role: member.role as never, attendance: a.attendance as never };
    }),
    followUps: followUps.map((f) => ({
      id: f.id,
      action: f.action,
      responsibleMemberId: f.responsible_member_id,
      responsibleName: f.responsible_member_id ? (byId.get(f.responsible_member_id)?.name ?? '') : (f.responsible_name ?? ''),
      dueOn: f.due_on,
      doneOn: f.done_on,
      version: f.version,
    })),
    disclosures: [...rules.disclosureItems, ...retired].map((item) => ({
      code: item.code,
      label: item.label,
      explanation: item.explanation,
      explained: answered.get(item.code)?.explained ?? null,
      familyResponse: answered.get(item.code)?.family_response ?? null,
    })),
    team: team.filter((m) => m.active).map((m) => ({ id: m.id, name: m.name, role: m.role as never })),
    abilities: { edit: abilities.work && row.status === 'open' && meeting.status !== 'cancelled' },
  };
}

async function loadMeetingForWork(ctx: RequestContext, trx: Trx, meetingId: string) {
  const loaded = await loadMeeting(ctx, trx, meetingId);
  await loadCaseForWork(ctx, trx, loaded.meeting.case_id, 'family team meetings');
  if (loaded.meeting.status === 'cancelled') throw new Problem('conflict', 'The meeting was cancelled.').because('meeting_cancelled');
  return loaded;
}

/** Reschedules a meeting not yet held, or changes its agenda or invitations. */
export async function updateMeeting(ctx: RequestContext, trx: Trx, config: Config, meetingId: string, input: UpdateMeetingInput) {
  const { meeting } = await loadMeetingForWork(ctx, trx, meetingId);
  if (meeting.status === 'held') throw new Problem('conflict', 'The meeting was held; correct its record instead.').because('meeting_held');
  if (input.invitedMemberIds)
    await checkTeamIds(
      trx,
      meeting.case_id,
      input.invitedMemberIds.map((id, i) => ({ id, path: `invitedMemberIds.${i}` })),
    );
  if (!(await repo.claimVersion(trx, meetingId, input.version, ctx.userId, repo.scheduleChanges(input)))) throw conflict('meeting');
  if (input.invitedMemberIds) await repo.replaceInvitations(trx, meetingId, meeting.case_id, input.invitedMemberIds);
  const { version: _read, ...changed } = input;
  await recordAudit(trx, ctx, [
    { action: 'family_team_meeting.update', recordType: 'case', recordId: meeting.case_id, details: { meetingId, fields: Object.keys(changed) } },
  ]);
  return readMeeting(ctx, trx, config, meetingId);
}

/**
 * Records what happened (ENG-4, ENG-5). Every item on the profile's disclosure list must be answered,
 * so "full disclosure" is a record, not a checkbox. The first record tells the work engine the
 * meeting was held, which closes the profile's meeting tasks; a correction does not hold it twice.
 */
export async function recordMeeting(ctx: RequestContext, trx: Trx, config: Config, meetingId: string, input: RecordMeetingInput) {
  const { meeting } = await loadMeetingForWork(ctx, trx, meetingId);
  if (new Date(input.heldAt).getTime() > Date.now() + FIVE_MINUTES) {
    throw new Problem('validation', 'A meeting cannot be recorded before it happens.', [{ path: 'heldAt', message: 'The meeting cannot be in the future' }]);
  }
  const rules = await teamingRules(trx, config, new Date(meeting.scheduled_for));
  const sent = new Set(input.disclosures.map((d) => d.code));
  const listed = new Set(rules.disclosureItems.map((i) => i.code));
  const missing = rules.disclosureItems.filter((i) => !sent.has(i.code));
  const unknown = input.disclosures.map((d, i) => ({ d, i })).filter(({ d }) => !listed.has(d.code));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Problem('validation', 'Answer every item of the full-disclosure list, and only those.', [
      ...missing.map((m) => ({ path: `disclosures.${m.code}`, message: `Say whether “${m.label.en}” was explained` })),
      ...unknown.map(({ i }) => ({ path: `disclosures.${i}.code`, message: 'Not on the disclosure list' })),
    ]).because('disclosure_incomplete');
  }
  const named = new Set([
    ...(await repo.findAttendees(trx, meetingId)).map((a) => a.team_member_id),
    ...(await repo.findFollowUps(trx, meetingId)).flatMap((f) => (f.responsible_member_id ? [f.responsible_member_id] : [])),
  ]);
  await checkTeamIds(
    trx,
    meeting.case_id,
    [
      ...input.attendance.map((a, i) => ({ id: a.memberId, path: `attendance.${i}.memberId` })),
      ...input.followUps.map((f, i) => ({ id: f.responsibleMemberId, path: `followUps.${i}.responsibleMemberId` })),
    ],
    named,
  );
  const firstRecord = meeting.status !== 'held';
  const claimed = await repo.claimVersion(trx, meetingId, input.version, ctx.userId, {
    status: 'held',
    held_at: input.heldAt,
    family_words: input.familyWords,
    decisions: input.decisions,
  });
  if (!claimed) throw conflict('meeting');
  await repo.writeRecordParts(trx, meetingId, meeting.case_id, input);
  const kept = new Set((await repo.findFollowUps(trx, meetingId)).map((f) => f.id));
  if (input.followUps.some((f) => !kept.has(f.id))) throw idTaken();
  await recordAudit(trx, ctx, [
    {
      action: 'family_team_meeting.record',
      recordType: 'case',
      recordId: meeting.case_id,
      details: { meetingId, attended: input.attendance.filter((a) => a.attendance !== 'absent').length, followUps: input.followUps.length, firstRecord },
    },
  ]);
  if (firstRecord) {
    await recordEvent(ctx, trx, config, {
      type: 'family_team_meeting.held',
      subjectType: 'case',
      subjectId: meeting.case_id,
      occurredAt: new Date(input.heldAt),
      payload: {},
    });
  }
  return readMeeting(ctx, trx, config, meetingId);
}

export async function cancelMeeting(ctx: RequestContext, trx: Trx, config: Config, meetingId: string, input: { version: number; reason: string }) {
  const { meeting } = await loadMeetingForWork(ctx, trx, meetingId);
  if (meeting.status === 'held') throw new Problem('conflict', 'A meeting that was held cannot be cancelled.').because('meeting_held');
  if (!(await repo.claimVersion(trx, meetingId, input.version, ctx.userId, { status: 'cancelled', cancelled_reason: input.reason }))) throw conflict('meeting');
  await recordAudit(trx, ctx, [{ action: 'family_team_meeting.cancel', recordType: 'case', recordId: meeting.case_id, details: { meetingId } }]);
  return readMeeting(ctx, trx, config, meetingId);
}

/** Marks a follow-up done (or not done again); stale → 409. */
export async function markFollowUp(
  ctx: RequestContext,
  trx: Trx,
  config: Config,
  meetingId: string,
  followUpId: string,
  input: { version: number; doneOn: string | null },
) {
  const { meeting } = await loadMeetingForWork(ctx, trx, meetingId);
  const followUp = (await repo.findFollowUps(trx, meetingId)).find((f) => f.id === followUpId);
  if (!followUp) throw notFound('follow-up');
  if (!(await repo.setFollowUpDone(trx, meetingId, followUpId, input.version, input.doneOn))) throw conflict('follow-up');
  await repo.bumpMeetingVersion(trx, meetingId, ctx.userId);
  await recordAudit(trx, ctx, [
    { action: 'family_team_meeting.follow_up', recordType: 'case', recordId: meeting.case_id, details: { meetingId, followUpId, done: input.doneOn !== null } },
  ]);
  return readMeeting(ctx, trx, config, meetingId);
}

/** The summary of a held meeting for the family, in their language unless another is asked for; audited. */
export async function meetingSummary(ctx: RequestContext, trx: Trx, config: Config, meetingId: string, language: 'en' | 'es' | undefined) {
  const meeting = await readMeeting(ctx, trx, config, meetingId);
  if (meeting.status !== 'held' || !meeting.heldAt)
    throw new Problem('conflict', 'A summary is made once the meeting has been held.').because('meeting_not_held');
  const chosen = language ?? meeting.language;
  const profile = await profileAt(trx, config, new Date(meeting.heldAt));
  const bytes = await renderMeetingSummary({
    language: chosen,
    timeZone: profile.timeZone,
    caseNumber: meeting.caseNumber,
    reason: meeting.reason,
    heldAt: new Date(meeting.heldAt),
    location: meeting.location,
    attendees: meeting.attendees,
    familyWords: meeting.familyWords ?? '',
    decisions: meeting.decisions ?? '',
    followUps: meeting.followUps.map((f) => ({ action: f.action, responsible: f.responsibleName, dueOn: f.dueOn, doneOn: f.doneOn })),
    disclosures: meeting.disclosures.map((d) => ({
      label: d.label[chosen],
      explanation: d.explanation[chosen],
      explained: d.explained,
      familyResponse: d.familyResponse,
    })),
  });
  await recordAudit(trx, ctx, [
    { action: 'family_team_meeting.summary', recordType: 'case', recordId: meeting.caseId, details: { meetingId, language: chosen } },
  ]);
  const day = new Date(meeting.heldAt).toISOString().slice(0, 10);
  return { bytes, filename: `team-meeting-${meeting.caseNumber}-${day}.pdf`.replace(/[^A-Za-z0-9.-]/g, '_') };
}
