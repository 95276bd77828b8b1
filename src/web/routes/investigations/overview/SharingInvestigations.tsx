import { Link } from '@tanstack/react-router';
import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

/** Issue 9 item 10: the same children in another open investigation, linked when this one opened. */
export function SharingInvestigations({ items }: { items: NonNullable<Investigation['openInvestigationsSharing']> }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="investigation-sharing-heading" className="usa-alert usa-alert--warning usa-alert--slim margin-y-3">
      <div className="usa-alert__body">
        <h3 id="investigation-sharing-heading" className="usa-alert__heading">
          {t('inv.sharing.heading')}
        </h3>
        <ul className="usa-list">
          {items.map((item) => (
            <li key={item.investigationId}>
              {item.abilities.open ? (
                <Link to="/investigations/$investigationId" params={{ investigationId: item.investigationId }}>
                  {item.number}
                </Link>
              ) : (
                <>
                  {item.number} <span className="text-base-dark">({t('inv.sharing.cannotOpen')})</span>
                </>
              )}{' '}
              · {item.unitName} · {item.personNames.join(', ')}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
