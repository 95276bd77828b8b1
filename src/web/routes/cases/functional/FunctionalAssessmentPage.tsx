import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { caseQuery } from '../../../api/cases';
import { functionalOverviewQuery } from '../../../api/functional-assessment';
import { localize } from '../../../components/instrument/instrument-model';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChildFunctionalSection } from './ChildFunctionalSection';

/**
 * FCA-2 (issue 11): each child's needs and strengths, rated 0–3 with the profile's functional
 * instrument, repeated over the life of the case, and how the ratings changed.
 */
export function FunctionalAssessmentPage({ caseId }: { caseId: string }) {
  const { t, language } = useI18n();
  const familyCase = useQuery(caseQuery(caseId));
  const overview = useQuery(functionalOverviewQuery(caseId));
  const number = familyCase.data?.number;
  return (
    <Page title={number ? t('functional.titleForCase', { number }) : t('functional.title')}>
      {number && (
        <p>
          <Link to="/cases/$caseId" params={{ caseId }}>
            {t('functional.backToCase', { number })}
          </Link>
        </p>
      )}
      <p>{t('functional.intro')}</p>
      <QueryState query={overview}>
        {(data) => {
          const definition = data.definition as unknown as InstrumentDefinition;
          return (
            <>
              <p className="usa-hint">{t('functional.instrument', { title: localize(definition.title, language) })}</p>
              {data.children.length === 0 && <p>{t('functional.noChildren')}</p>}
              {data.children.map((child) => (
                <ChildFunctionalSection key={child.personId} caseId={caseId} child={child} definition={definition} mayStart={data.abilities.start} />
              ))}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
