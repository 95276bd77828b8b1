import { useQuery } from '@tanstack/react-query';
import { contactsQuery } from '../../../api/investigation-endpoints';
import type { Investigation } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChildSeenStatus } from './ChildSeenStatus';

/**
 * The alleged victims, each with their own response clock or the moment they were first seen face
 * to face (INV-1). The contact list carries those facts; until it loads the column says so.
 */
export function ChildrenResponseTable({ investigation }: { investigation: Investigation }) {
  const { t, formatDate } = useI18n();
  const contacts = useQuery(contactsQuery(investigation.id));
  const byChild = new Map((contacts.data?.children ?? []).map((child) => [child.personId, child]));
  return (
    <section aria-labelledby="investigation-children-heading">
      <h3 id="investigation-children-heading">{t('investigation.childrenHeading')}</h3>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('inv.child.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.dateOfBirth')}</th>
            <th scope="col">{t('inv.child.faceToFace')}</th>
          </tr>
        </thead>
        <tbody>
          {investigation.children.map((child) => (
            <tr key={child.personId}>
              <th scope="row" data-label={t('field.name')}>
                {child.firstName} {child.lastName}
              </th>
              <td data-label={t('field.dateOfBirth')}>{formatDate(child.dateOfBirth)}</td>
              <td data-label={t('inv.child.faceToFace')}>
                {contacts.isPending ? (
                  t('app.loading')
                ) : contacts.isError ? (
                  t('inv.child.statusUnavailable')
                ) : (
                  <ChildSeenStatus status={byChild.get(child.personId)} open={investigation.status === 'open'} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
