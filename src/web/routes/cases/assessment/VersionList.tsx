import type { AssessmentOverview } from '../../../api/family-assessment';
import { useI18n } from '../../../i18n/I18nProvider';
import { CompareVersions } from './CompareVersions';

/** FCA-1: every version of the case's assessment, newest first, and a comparison of any two. */
export function VersionList({ overview }: { overview: AssessmentOverview }) {
  const { t, formatMoment } = useI18n();
  if (overview.versions.length === 0) return null;
  return (
    <section aria-labelledby="fca-versions-heading" className="margin-top-4">
      <h2 id="fca-versions-heading">{t('fca.versions.heading')}</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('fca.versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fca.field.version')}</th>
            <th scope="col">{t('fca.field.status')}</th>
            <th scope="col">{t('fca.field.completed')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.versions.map((v) => (
            <tr key={v.id}>
              <th scope="row" data-label={t('fca.field.version')}>
                {v.versionNo}
              </th>
              <td data-label={t('fca.field.status')}>{t(`fca.status.${v.status}`)}</td>
              <td data-label={t('fca.field.completed')}>{formatMoment(v.completedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {overview.versions.length > 1 && <CompareVersions overview={overview} />}
    </section>
  );
}
