import type { AssessmentComparison, AssessmentMember } from '../../../api/family-assessment';
import type { MessageKey } from '../../../i18n/en';
import { useI18n } from '../../../i18n/I18nProvider';

type Row = AssessmentComparison['rows'][number];

// The compare endpoint's field names; a need's row is named by the need's id instead.
const fieldKeys: Record<string, MessageKey> = {
  strengths: 'fca.field.strengths',
  needs: 'fca.field.needs',
  evidence: 'fca.field.evidence',
  protectiveFactors: 'fca.field.protectiveFactors',
  naturalSupports: 'fca.field.naturalSupports',
  familyResponse: 'fca.field.familyResponse',
};

/** The comparison as a table: member, domain, field, before, after; only what changed unless asked. */
export function CompareTable({ comparison, members, showAll }: { comparison: AssessmentComparison; members: AssessmentMember[]; showAll: boolean }) {
  const { t, tc } = useI18n();
  const rows = showAll ? comparison.rows : comparison.rows.filter((row) => row.changed);
  const member = (row: Row) => (row.personId ? (members.find((m) => m.personId === row.personId)?.name ?? row.personId) : t('fca.compare.wholeFamily'));
  const domain = (row: Row) =>
    row.domain === 'family' ? t('fca.compare.familyDomain') : row.domain === 'needs' ? t('fca.compare.needsDomain') : tc('familyAssessmentDomain', row.domain);
  const field = (row: Row) => (row.domain === 'needs' ? t('fca.compare.need') : fieldKeys[row.field] ? t(fieldKeys[row.field]!) : row.field);
  const cell = (text: string) => text || t('common.noValue');
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption>{t('fca.compare.caption', { from: comparison.from.versionNo, to: comparison.to.versionNo })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fca.compare.member')}</th>
          <th scope="col">{t('fca.field.domain')}</th>
          <th scope="col">{t('fca.compare.field')}</th>
          <th scope="col">{t('fca.compare.before')}</th>
          <th scope="col">{t('fca.compare.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={5}>{t('fca.compare.noChanges')}</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={`${row.personId ?? 'family'}-${row.domain}-${row.field}`}>
            <td data-label={t('fca.compare.member')}>{member(row)}</td>
            <td data-label={t('fca.field.domain')}>{domain(row)}</td>
            <td data-label={t('fca.compare.field')}>{field(row)}</td>
            <td data-label={t('fca.compare.before')} className="hearth-narrative">
              {cell(row.from)}
            </td>
            <td data-label={t('fca.compare.after')} className="hearth-narrative">
              {cell(row.to)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
