import type { AppDeps, HearthApp } from '../../../platform/deps.js';
import { userRunner } from '../../../platform/request-context.js';
import {
  cancelMeetingInput,
  followUpDoneInput,
  followUpParams,
  meetingAnswer,
  meetingListAnswer,
  meetingListParams,
  meetingParams,
  recordMeetingInput,
  scheduleMeetingInput,
  summaryQuery,
  updateMeetingInput,
} from './meetings.schema.js';
import { cancelMeeting, listMeetings, markFollowUp, meetingSummary, readMeeting, recordMeeting, scheduleMeeting, updateMeeting } from './meetings.service.js';
import { addTeamMemberInput, teamAnswer, teamMemberAnswer, teamMemberParams, teamParams, updateTeamMemberInput } from './team.schema.js';
import { addTeamMember, readTeam, updateTeamMember } from './team.service.js';

/** The child and family team (ENG-3) and its meetings with the full-disclosure record (ENG-4, ENG-5). */
export function registerTeamRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['cases'];
  app.get(
    '/api/cases/:id/team',
    { schema: { tags, summary: 'The child and family team, and who in the network could join it (ENG-3)', params: teamParams, response: { 200: teamAnswer } } },
    (request) => asUser(request, (ctx, trx) => readTeam(ctx, trx, config, request.params.id)),
  );
  app.post(
    '/api/cases/:id/team',
    {
      schema: {
        tags,
        summary: 'Add a family member, a youth-chosen member or a professional to the team (ENG-3)',
        params: teamParams,
        body: addTeamMemberInput,
        response: { 200: teamMemberAnswer, 201: teamMemberAnswer },
      },
    },
    async (request, reply) => {
      const { created, member } = await asUser(request, (ctx, trx) => addTeamMember(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(member);
    },
  );
  app.patch(
    '/api/cases/:id/team/:memberId',
    {
      schema: {
        tags,
        summary: 'Change a team member’s contact details or what they may be told, or take them off the team',
        params: teamMemberParams,
        body: updateTeamMemberInput,
        response: { 200: teamMemberAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => updateTeamMember(ctx, trx, request.params.id, request.params.memberId, request.body)),
  );
  app.get(
    '/api/cases/:id/meetings',
    { schema: { tags, summary: 'The case’s family team meetings (ENG-4)', params: meetingListParams, response: { 200: meetingListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listMeetings(ctx, trx, request.params.id)),
  );
  app.post(
    '/api/cases/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Schedule a family team meeting with its reason, agenda and invitations (ENG-4)',
        params: meetingListParams,
        body: scheduleMeetingInput,
        response: { 200: meetingAnswer, 201: meetingAnswer },
      },
    },
    async (request, reply) => {
      const { created, meeting } = await asUser(request, (ctx, trx) => scheduleMeeting(ctx, trx, config, request.params.id, request.body));
      return reply.code(created ? 201 : 200).send(meeting);
    },
  );
  app.get(
    '/api/meetings/:id',
    { schema: { tags, summary: 'A family team meeting and its record', params: meetingParams, response: { 200: meetingAnswer } } },
    (request) => asUser(request, (ctx, trx) => readMeeting(ctx, trx, config, request.params.id)),
  );
  app.patch(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule a meeting or change its agenda and invitations',
        params: meetingParams,
        body: updateMeetingInput,
        response: { 200: meetingAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => updateMeeting(ctx, trx, config, request.params.id, request.body)),
  );
  app.put(
    '/api/meetings/:id/record',
    {
      schema: {
        tags,
        summary: 'Record the meeting: attendance, the family’s words, decisions, follow-ups, full disclosure (ENG-4, ENG-5)',
        params: meetingParams,
        body: recordMeetingInput,
        response: { 200: meetingAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => recordMeeting(ctx, trx, config, request.params.id, request.body)),
  );
  app.post(
    '/api/meetings/:id/cancel',
    { schema: { tags, summary: 'Cancel a meeting that has not been held', params: meetingParams, body: cancelMeetingInput, response: { 200: meetingAnswer } } },
    (request) => asUser(request, (ctx, trx) => cancelMeeting(ctx, trx, config, request.params.id, request.body)),
  );
  app.patch(
    '/api/meetings/:id/follow-ups/:followUpId',
    { schema: { tags, summary: 'Mark a follow-up done, or not done', params: followUpParams, body: followUpDoneInput, response: { 200: meetingAnswer } } },
    (request) => asUser(request, (ctx, trx) => markFollowUp(ctx, trx, config, request.params.id, request.params.followUpId, request.body)),
  );
  app.get(
    '/api/meetings/:id/summary',
    { schema: { tags, summary: 'The meeting summary for the family (PDF, English or Spanish)', params: meetingParams, querystring: summaryQuery } },
    async (request, reply) => {
      const { bytes, filename } = await asUser(request, (ctx, trx) => meetingSummary(ctx, trx, config, request.params.id, request.query.language));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(bytes));
    },
  );
}
