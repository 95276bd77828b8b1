import type { AppDeps, HearthApp } from '../../platform/deps.js';
import { runAsUser } from '../../platform/request-context.js';
import { listNotifications, markNotificationRead, notificationParams } from './notifications.service.js';
import { z } from 'zod';
import { listMyTasks, listRecordTasks, listTeamTasks } from './tasks.service.js';

/** SUP-5: tasks from the work engine, and the reminders it delivered. */
export function registerWorkRoutes(app: HearthApp, { database, config }: AppDeps) {
  const policy = { idleMinutes: config.HEARTH_SESSION_IDLE_MINUTES };
  const tags = ['work'];
  app.get('/api/tasks/mine', { schema: { tags, summary: 'My open tasks, overdue first' } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => listMyTasks(ctx, trx)),
  );
  app.get('/api/tasks/team', { schema: { tags, summary: "The team's open tasks (supervisors and managers)" } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => listTeamTasks(ctx, trx)),
  );
  app.get(
    '/api/tasks/record',
    { schema: { tags, summary: 'Every task on one report, investigation or case: its clocks', querystring: z.object({ subjectType: z.enum(['report', 'investigation', 'case']), subjectId: z.uuid() }) } },
    (request) => runAsUser(database.app, policy, request, (ctx, trx) => listRecordTasks(ctx, trx, request.query.subjectType, request.query.subjectId)),
  );
  app.get('/api/notifications', { schema: { tags, summary: 'My reminders and escalations, newest first' } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => listNotifications(ctx, trx)),
  );
  app.post('/api/notifications/:id/read', { schema: { tags, summary: 'Mark a notification read', params: notificationParams } }, (request) =>
    runAsUser(database.app, policy, request, (ctx, trx) => markNotificationRead(ctx, trx, request.params.id)),
  );
}
