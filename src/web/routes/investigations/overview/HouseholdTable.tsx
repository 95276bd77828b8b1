import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';

type Member = Investigation['household'][number];

/**
 * Everyone on the report: parents, household members and the children. Every child in the home is
 * marked (INV-8), alleged victim or not, because each of them is assessed.
 */
export function HouseholdTable({ household }: { household: Member[] }) {
  const { t, tc, formatDate } = useI18n();
  if (household.length === 0) return null;
  return (
    <section aria-labelledby="investigation-household-heading">
      <h3 id="investigation-household-heading">{t('inv.household.heading')}</h3>
      <p className="usa-hint">{t('inv.household.hint')}</p>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('inv.household.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.role')}</th>
            <th scope="col">{t('field.dateOfBirth')}</th>
            <th scope="col">{t('field.livesInHousehold')}</th>
          </tr>
        </thead>
        <tbody>
          {household.map((member) => (
            <tr key={member.personId}>
              <th scope="row" data-label={t('field.name')}>
                {member.firstName} {member.lastName}
                {member.isChild && <span className="usa-tag bg-primary-dark margin-left-1">{t('inv.household.childTag')}</span>}
              </th>
              <td data-label={t('field.role')}>
                {tc('participantRole', member.role)}
                {member.parentType && ` (${tc('parentType', member.parentType)})`}
              </td>
              <td data-label={t('field.dateOfBirth')}>{formatDate(member.dateOfBirth)}</td>
              <td data-label={t('field.livesInHousehold')}>{member.livesInHousehold ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
