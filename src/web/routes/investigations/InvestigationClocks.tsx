import { useQuery } from '@tanstack/react-query';
import { recordTasksQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { TaskTable } from '../../components/TaskTable';
import { useI18n } from '../../i18n/I18nProvider';

/** SUP-5, INV-1: every clock on the investigation — what is due, for which child, and what is done. */
export function InvestigationClocks({ investigationId }: { investigationId: string }) {
  const { t } = useI18n();
  const tasks = useQuery(recordTasksQuery('investigation', investigationId));
  return (
    <section aria-labelledby="investigation-clocks-heading">
      <h3 id="investigation-clocks-heading">{t('tasks.recordHeading')}</h3>
      <QueryState query={tasks}>
        {({ items }) =>
          items.length === 0 ? <p>{t('tasks.recordEmpty')}</p> : <TaskTable tasks={items} caption={t('tasks.recordCaption')} showRecord={false} />
        }
      </QueryState>
    </section>
  );
}
