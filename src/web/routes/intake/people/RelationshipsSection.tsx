import type { Report } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { RelationshipForm } from './RelationshipForm';
import { RelationshipTable } from './RelationshipTable';

/** Step 3, under the people: how they are related (INT-2). Shown once two people are on the report. */
export function RelationshipsSection({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t } = useI18n();
  if (report.participants.length < 2) return null;
  return (
    <section aria-labelledby="relationships-heading" className="margin-top-4">
      <h3 id="relationships-heading">{t('relationships.heading')}</h3>
      <p>{t('relationships.intro')}</p>
      <RelationshipTable report={report} onReload={onReload} />
      <RelationshipForm report={report} onReload={onReload} />
    </section>
  );
}
