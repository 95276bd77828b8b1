import type { Visit } from '../../../api/visits';
import { useI18n } from '../../../i18n/I18nProvider';

/** VIS-3, read only: the record as it was saved, for those who may read the case but not write it. */
export function VisitRecordView({ visit }: { visit: Visit }) {
  const { t, tc, formatDate, formatMoment } = useI18n();
  const yes = (value: boolean | undefined) => t(value ? 'common.yes' : 'common.no');
  return (
    <section aria-labelledby="visit-record-heading" className="margin-top-3">
      <h2 id="visit-record-heading">{t('visit.recordHeading')}</h2>
      <dl className="hearth-summary">
        <dt>{t('visit.field.occurredAt')}</dt>
        <dd>{formatMoment(visit.occurredAt)}</dd>
        <dt>{t('visit.field.location')}</dt>
        <dd>
          {tc('visitLocation', visit.location?.kind)}
          {visit.location?.note && ` — ${visit.location.note}`}
        </dd>
        <dt>{t('visit.peopleHeading')}</dt>
        <dd>
          <ul className="usa-list usa-list--unstyled">
            {visit.people.map((p) => (
              <li key={p.personId}>
                {!p.seen
                  ? t('visit.view.notSeen', { name: p.name, reason: p.notSeenReason ?? '' })
                  : p.privateTimeMinutes
                    ? t('visit.view.seenPrivate', { name: p.name, minutes: p.privateTimeMinutes })
                    : t('visit.view.seen', { name: p.name })}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('visit.field.newConcerns')}</dt>
        <dd>{yes(visit.safety?.newConcerns)}</dd>
        <dt>{t('visit.field.childrenSafe')}</dt>
        <dd>
          {yes(visit.safety?.childrenSafe)}
          {visit.safety?.note && <span className="display-block hearth-narrative">{visit.safety.note}</span>}
        </dd>
        {visit.progress.map((p) => (
          <div key={p.id}>
            <dt>{t('visit.view.progressOn', { objective: p.objectiveText })}</dt>
            <dd className="hearth-narrative">
              {p.note}
              <span className="display-block usa-hint">{t('visit.view.givenBy', { who: p.givenBy.name ?? tc('progressGiver', p.givenBy.kind) })}</span>
            </dd>
          </div>
        ))}
        <dt>{t('visit.field.familyWords')}</dt>
        <dd className="hearth-narrative">{visit.familyWords}</dd>
        <dt>{t('visit.field.nextSteps')}</dt>
        <dd className="hearth-narrative">{visit.nextSteps}</dd>
        <dt>{t('visit.field.nextVisitOn')}</dt>
        <dd>{formatDate(visit.nextVisitOn)}</dd>
      </dl>
    </section>
  );
}
