import type { AuditEvent } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

/** Audit events as recorded: codes and ids stay raw because that is what an inquiry cites. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, formatMoment } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling table must take keyboard focus to be scrolled (WCAG 2.1.1); USWDS's scroll container is a labelled region
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={t('audit.caption')}>
      <table className="usa-table usa-table--compact usa-table--striped">
        <caption>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.people')}</th>
            <th scope="col">{t('audit.purpose')}</th>
            <th scope="col">{t('audit.requestId')}</th>
            <th scope="col">{t('audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <th scope="row" className="text-no-wrap">
                {formatMoment(event.occurredAt)}
              </th>
              <td>{event.actorName ?? event.actorId ?? t('common.noValue')}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.recordType}
                {event.recordId && (
                  <>
                    <br />
                    <code className="font-mono-3xs">{event.recordId}</code>
                  </>
                )}
              </td>
              <td className="font-mono-3xs">{event.personIds.length > 0 ? event.personIds.join(', ') : t('common.noValue')}</td>
              <td>{event.purpose ?? t('common.noValue')}</td>
              <td className="font-mono-3xs">{event.requestId ?? t('common.noValue')}</td>
              <td>{event.ip ?? t('common.noValue')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
