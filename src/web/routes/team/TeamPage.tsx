import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { teamTasksQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { TaskTable } from '../../components/TaskTable';
import { useI18n } from '../../i18n/I18nProvider';
import type { Task } from '../../api/types';
import { groupTasksByAssignee, isSafetyAlert, type TaskGroup } from '../../lib/tasks';
import { useNow } from '../../lib/use-now';
import { areaRoles } from '../../session/session';

/** SUP-1: a supervisor's or program manager's view of the team's open tasks, by person. */
export function TeamPage() {
  return (
    <RequireRole roles={areaRoles.team}>
      <TeamTasks />
    </RequireRole>
  );
}

function TeamTasks() {
  const { t, locale } = useI18n();
  const now = useNow();
  const query = useQuery(teamTasksQuery);
  return (
    <Page title={t('team.title')}>
      <p className="usa-intro">{t('team.intro')}</p>
      <nav aria-labelledby="team-links-heading" className="margin-bottom-3">
        <h2 id="team-links-heading" className="usa-sr-only">
          {t('team.linksHeading')}
        </h2>
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <Link to="/approvals" className="usa-button usa-button--outline">
              {t('team.openApprovals')}
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link to="/cases/team" className="usa-button usa-button--outline">
              {t('nav.teamCases')}
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link to="/time-away" className="usa-button usa-button--outline">
              {t('team.timeAway')}
            </Link>
          </li>
        </ul>
      </nav>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('team.empty')}</p>
          ) : (
            <>
              <SafetyAlerts tasks={items.filter(isSafetyAlert)} />
              {groupTasksByAssignee(items, now, locale).map((group) => (
                <AssigneeTasks key={group.assigneeId ?? 'unassigned'} group={group} />
              ))}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

/**
 * INV-2: "children not safe" at a contact, first on the page and until a safety assessment or an
 * approved plan answers it (the task closes then).
 */
function SafetyAlerts({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="team-safety-alerts" className="usa-alert usa-alert--emergency margin-bottom-3">
      <div className="usa-alert__body">
        <h2 id="team-safety-alerts" className="usa-alert__heading">
          {t('team.safetyAlerts', { count: tasks.length })}
        </h2>
        <p className="usa-alert__text">{t('team.safetyAlertsIntro')}</p>
        <TaskTable tasks={tasks} caption={t('team.safetyAlertsCaption')} />
      </div>
    </section>
  );
}

function AssigneeTasks({ group }: { group: TaskGroup }) {
  const { t, tp } = useI18n();
  const name = group.assigneeId === null ? t('team.unassigned') : (group.assigneeName ?? t('common.unknown'));
  const headingId = `team-${group.assigneeId ?? 'unassigned'}`;
  return (
    <section aria-labelledby={headingId} className="margin-top-4">
      <h2 id={headingId} className="margin-bottom-05">
        {name}
      </h2>
      <p className="margin-top-0">
        {tp('team.taskCount', group.tasks.length)}
        {' · '}
        {group.overdue > 0 ? <span className="usa-tag bg-secondary-dark">{tp('team.overdueCount', group.overdue)}</span> : t('team.noneOverdue')}
      </p>
      <TaskTable tasks={group.tasks} caption={t('team.caption', { name })} />
    </section>
  );
}
