import { useI18n } from '../i18n/I18nProvider';
import { useNow } from '../lib/use-now';

/**
 * A deadline: relative wording first ("due in 3 h", "overdue by 20 min"), the absolute agency
 * time after it, and an "Overdue" tag so lateness is never carried by colour alone. A limit the
 * agency has not set (null) says so instead of inventing one.
 */
export function DueTime({ dueAt }: { dueAt: string | null }) {
  const { describeDue, formatMoment, t } = useI18n();
  const now = useNow();
  if (dueAt === null) return <span className="text-base-dark">{t('due.noLimit')}</span>;
  const { overdue, text } = describeDue(dueAt, now);
  return (
    <span className="hearth-due">
      {overdue && <span className="usa-tag bg-secondary-dark margin-right-1">{t('due.overdueTag')}</span>}
      <strong className={overdue ? 'text-secondary-dark' : undefined}>{text}</strong>
      <br />
      <time dateTime={dueAt} className="text-base-dark">
        {formatMoment(dueAt)}
      </time>
    </span>
  );
}
