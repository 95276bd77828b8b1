import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useRef } from 'react';
import { markNotificationRead } from '../../api/endpoints';
import { myTasksQuery, notificationsQuery } from '../../api/queries';
import type { StaffNotification, Task } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { SubjectLink } from '../../components/SubjectLink';
import { useI18n } from '../../i18n/I18nProvider';
import { cx } from '../../lib/cx';
import { describeReminder } from './reminder-words';

/** SUP-5: reminders and escalations the work engine sent me, newest first; unread ones stand out. */
export function RemindersList() {
  const { t, tp } = useI18n();
  const notifications = useQuery(notificationsQuery);
  const tasks = useQuery(myTasksQuery);
  const openTasks = useMemo(() => new Map<string, Task>((tasks.data?.items ?? []).map((task) => [task.id, task])), [tasks.data]);
  return (
    <section aria-labelledby="reminders-heading" className="margin-top-4">
      <h2 id="reminders-heading">
        {t('reminders.heading')}
        {notifications.data && notifications.data.unread > 0 && (
          <span className="usa-tag bg-primary margin-left-1 text-middle">{tp('reminders.unreadCount', notifications.data.unread)}</span>
        )}
      </h2>
      <QueryState query={notifications}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('reminders.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled hearth-reminders">
              {items.map((item) => (
                <Reminder key={item.id} item={item} openTasks={openTasks} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function Reminder({ item, openTasks }: { item: StaffNotification; openTasks: ReadonlyMap<string, Task> }) {
  const words = useI18n();
  const { t, formatMoment } = words;
  const queryClient = useQueryClient();
  const self = useRef<HTMLLIElement>(null);
  const view = describeReminder(item, openTasks, words);
  const unread = item.readAt === null;
  const markRead = useMutation({
    mutationFn: () => markNotificationRead(item.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
      // The button is gone now; keep the keyboard user on this reminder.
      self.current?.focus();
    },
  });
  return (
    <li ref={self} tabIndex={-1} className={cx('hearth-reminder', unread && 'hearth-reminder--unread')}>
      <p className="margin-0">
        {unread && (
          <>
            <span className="usa-tag bg-primary">{t('reminders.newTag')}</span>{' '}
          </>
        )}
        {unread ? <strong>{view.text}</strong> : view.text}
      </p>
      <p className="margin-0 font-sans-2xs text-base-dark">
        {t('reminders.sent', { moment: formatMoment(item.createdAt) })}
        {!unread && ` · ${t('reminders.read')}`}
      </p>
      <div className="hearth-actions margin-top-1">
        {view.target?.kind === 'approvals' && (
          <Link to="/approvals" aria-label={`${t('reminders.open')}: ${view.text}`}>
            {t('reminders.open')}
          </Link>
        )}
        {view.target?.kind === 'subject' && (view.target.subjectType === 'report' || view.target.subjectType === 'investigation') && (
          <SubjectLink subjectType={view.target.subjectType} subjectId={view.target.subjectId} label={`${t('reminders.open')}: ${view.text}`}>
            {t('reminders.open')}
          </SubjectLink>
        )}
        {unread && (
          <BusyButton
            type="button"
            variant="unstyled"
            busy={markRead.isPending}
            label={t('reminders.markRead')}
            busyLabel={t('reminders.marking')}
            srSuffix={view.text}
            onClick={() => markRead.mutate()}
          />
        )}
      </div>
      <ProblemAlert error={markRead.error} />
    </li>
  );
}
