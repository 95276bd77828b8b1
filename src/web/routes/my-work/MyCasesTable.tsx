import { Link } from '@tanstack/react-router';
import type { CaseListItem } from '../../api/cases';
import { useI18n } from '../../i18n/I18nProvider';
import { caseKindText } from '../cases/case-words';

/** INV-7: the caseworker's open cases, newest first, each linked to its case page (from the one My work answer). */
export function MyCasesSection({ cases }: { cases: CaseListItem[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="my-cases-heading" className="margin-top-4">
      <h2 id="my-cases-heading">{t('myCases.heading')}</h2>
      <MyCasesTable cases={cases} />
    </section>
  );
}

export function MyCasesTable({ cases }: { cases: CaseListItem[] }) {
  const { t, formatMoment } = useI18n();
  if (cases.length === 0) return <p>{t('myCases.empty')}</p>;
  const newestFirst = [...cases].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{t('myCases.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myCases.case')}</th>
          <th scope="col">{t('cases.field.kind')}</th>
          <th scope="col">{t('field.children')}</th>
          <th scope="col">{t('cases.field.openedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((item) => (
          <tr key={item.id}>
            <th scope="row" data-label={t('myCases.case')}>
              <Link to="/cases/$caseId" params={{ caseId: item.id }} aria-label={t('myCases.open', { number: item.number })}>
                {item.number}
              </Link>
            </th>
            <td data-label={t('cases.field.kind')}>{caseKindText(t, item.kind)}</td>
            <td data-label={t('field.children')}>{item.childNames.join(', ') || t('common.noValue')}</td>
            <td data-label={t('cases.field.openedAt')}>{formatMoment(item.openedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
