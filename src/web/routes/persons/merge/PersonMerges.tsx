import { Link } from '@tanstack/react-router';
import type { Person } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

/** PLAT-4: the pointer a merged record shows, naming the record to use instead. */
export function MergedIntoNotice({ person }: { person: Person }) {
  const { t } = useI18n();
  if (!person.mergedInto) return null;
  const name = `${person.mergedInto.firstName} ${person.mergedInto.lastName}`;
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t('merge.pointer', { name })}{' '}
          <Link to="/persons/$personId" params={{ personId: person.mergedInto.id }}>
            {t('merge.openSurvivor', { name })}
          </Link>
        </p>
      </div>
    </div>
  );
}

/** PLAT-4: merges into and out of this record, with who made them, why, and any undoing. */
export function PersonMerges({ person }: { person: Person }) {
  const { t, formatMoment } = useI18n();
  if (person.merges.length === 0) return null;
  return (
    <section aria-labelledby="person-merges-heading" className="margin-top-4">
      <h2 id="person-merges-heading">{t('merge.historyHeading')}</h2>
      <ul className="usa-list">
        {person.merges.map((m) => (
          <li key={m.id}>
            {m.survivorId === person.id
              ? t('merge.historyInto', { merged: m.mergedName, date: formatMoment(String(m.mergedAt)), who: m.mergedByName, reason: m.reason })
              : t('merge.historyOut', { survivor: m.survivorName, date: formatMoment(String(m.mergedAt)), who: m.mergedByName, reason: m.reason })}
            {m.undoneAt && <> {t('merge.historyUndone', { date: formatMoment(String(m.undoneAt)), who: m.undoneByName ?? '', reason: m.undoReason ?? '' })}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
