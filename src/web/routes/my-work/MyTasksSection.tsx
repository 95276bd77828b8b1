import { useQuery } from '@tanstack/react-query';
import { myTasksQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { TaskTable } from '../../components/TaskTable';
import { useI18n } from '../../i18n/I18nProvider';

/** SUP-5: the tasks the practice profile gave me, overdue and soonest first (the server's order). */
export function MyTasksSection() {
  const { t } = useI18n();
  const tasks = useQuery(myTasksQuery);
  return (
    <section aria-labelledby="my-tasks-heading" className="margin-top-4">
      <h2 id="my-tasks-heading">{t('tasks.mineHeading')}</h2>
      <QueryState query={tasks}>
        {({ items }) => (items.length === 0 ? <p>{t('tasks.mineEmpty')}</p> : <TaskTable tasks={items} caption={t('tasks.mineCaption')} />)}
      </QueryState>
    </section>
  );
}
