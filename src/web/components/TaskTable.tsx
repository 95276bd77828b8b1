import type { Task } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { isTaskOverdue } from '../lib/tasks';
import { useNow } from '../lib/use-now';
import { DueTime } from './DueTime';
import { SubjectLink } from './SubjectLink';

/**
 * Tasks from the practice profile (SUP-5), one row each: what to do and why, the child, the
 * record, and when it is due. Overdue rows are tinted and carry an "Overdue" tag; escalated ones
 * an "Escalated" tag, so neither is told by colour alone. Rows stack on a tablet.
 */
export function TaskTable({ tasks, caption, showRecord = true }: { tasks: Task[]; caption: string; showRecord?: boolean }) {
  const { t, tc, formatMoment } = useI18n();
  const now = useNow();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.task')}</th>
          <th scope="col">{t('field.child')}</th>
          {showRecord && <th scope="col">{t('field.record')}</th>}
          <th scope="col">{t('field.due')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id} className={(task.status ?? 'open') === 'open' && isTaskOverdue(task, now) ? 'hearth-row--overdue' : undefined}>
            <th scope="row" data-label={t('field.task')}>
              <strong>{task.title}</strong>
              {task.escalatedAt && (
                <>
                  {' '}
                  <span className="usa-tag bg-secondary-darker">{t('tasks.escalatedTag')}</span>
                </>
              )}
              <span className="display-block font-sans-2xs text-normal margin-top-05">{task.reason}</span>
              {task.escalatedAt && (
                <span className="display-block font-sans-2xs text-normal text-base-dark">
                  {t('tasks.escalatedAt', { moment: formatMoment(task.escalatedAt) })}
                </span>
              )}
            </th>
            <td data-label={t('field.child')}>{task.childName ?? t('tasks.noChild')}</td>
            {showRecord && (
              <td data-label={t('field.record')} className="text-no-wrap">
                {task.subjectNumber ? (
                  <SubjectLink subjectType={task.subjectType} subjectId={task.subjectId} label={`${tc('subjectType', task.subjectType)} ${task.subjectNumber}`}>
                    {task.subjectNumber}
                  </SubjectLink>
                ) : (
                  t('common.noValue')
                )}
              </td>
            )}
            <td data-label={t('field.due')}>
              {task.status === 'done' ? (
                <span>{t('tasks.doneAt', { moment: task.closedAt ? formatMoment(task.closedAt) : '' })}</span>
              ) : task.status === 'cancelled' ? (
                // INV-1: a face-to-face clock that ended unseen is a miss, never "no longer needed".
                task.ruleKey === 'first_face_to_face' ? (
                  <strong>{t('tasks.cancelledUnseen')}</strong>
                ) : (
                  <span>{t('tasks.cancelled')}</span>
                )
              ) : (
                <DueTime dueAt={task.dueAt} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
