import type { FamilyCase } from '../../api/cases';
import type { RelationshipKind } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { relationshipSentence } from '../intake/people/relationship-words';

/** The family carried across from the investigation, with their roles and how they are related (INV-7). */
export function CasePeople({ people, relationships }: Pick<FamilyCase, 'people' | 'relationships'>) {
  const words = useI18n();
  const { t, tc, formatDate } = words;
  // The case answers with names, not ids: each name stands for itself in the intake's sentence builder.
  const sentence = (relationship: FamilyCase['relationships'][number]) =>
    relationshipSentence(
      { id: '', personId: relationship.personName, relatedPersonId: relationship.relatedPersonName, kind: relationship.kind as RelationshipKind },
      new Map([relationship.personName, relationship.relatedPersonName].map((name) => [name, name])),
      words,
    );
  return (
    <section aria-labelledby="case-people-heading" className="margin-top-4">
      <h2 id="case-people-heading">{t('cases.peopleHeading')}</h2>
      {people.length === 0 ? (
        <p>{t('cases.noPeople')}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
          <caption className="usa-sr-only">{t('cases.peopleHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('cases.field.role')}</th>
              <th scope="col">{t('field.dateOfBirth')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.personId}>
                <th scope="row" data-label={t('field.name')}>
                  {person.name}
                </th>
                <td data-label={t('cases.field.role')}>{tc('participantRole', person.role)}</td>
                <td data-label={t('field.dateOfBirth')}>{formatDate(person.dateOfBirth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {relationships.length > 0 && (
        <>
          <h3>{t('cases.relationshipsHeading')}</h3>
          <ul className="usa-list">
            {relationships.map((relationship, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; the index only tells apart equal entries
              <li key={`${relationship.personName}-${relationship.kind}-${relationship.relatedPersonName}-${index}`}>{sentence(relationship)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
