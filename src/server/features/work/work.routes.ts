import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { userRunner } from '../../platform/request-context.js';
import { listNotifications, markNotificationRead } from './notifications.service.js';
import { listMyTasks, listRecordTasks, listTeamTasks } from './tasks.service.js';
import { notificationListAnswer, notificationParams, notificationReadAnswer, recordTasksQuery, taskListAnswer } from './work.schema.js';

/** SUP-5: tasks from the work engine, and the reminders it delivered. */
export function registerWorkRoutes(app: HearthApp, { database, config }: AppDeps) {
  const asUser = userRunner({ database, config });
  const tags = ['work'];
  app.get('/api/tasks/mine', { schema: { tags, summary: 'My open tasks, overdue first', response: { 200: taskListAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listMyTasks(ctx, trx)),
  );
  app.get('/api/tasks/team', { schema: { tags, summary: "The team's open tasks (supervisors and managers)", response: { 200: taskListAnswer } } }, (request) =>
    asUser(request, (ctx, trx) => listTeamTasks(ctx, trx)),
  );
  app.get(
    '/api/tasks/record',
    {
      schema: {
        tags,
        summary: 'Every task on one report, investigation or case: its clocks',
        querystring: recordTasksQuery,
        response: { 200: taskListAnswer },
      },
    },
    (request) => asUser(request, (ctx, trx) => listRecordTasks(ctx, trx, request.query.subjectType, request.query.subjectId)),
  );
  app.get(
    '/api/notifications',
    { schema: { tags, summary: 'My reminders and escalations, newest first', response: { 200: notificationListAnswer } } },
    (request) => asUser(request, (ctx, trx) => listNotifications(ctx, trx)),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark a notification read', params: notificationParams, response: { 200: notificationReadAnswer } } },
    (request) => asUser(request, (ctx, trx) => markNotificationRead(ctx, trx, request.params.id)),
  );
}
