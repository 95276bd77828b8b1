import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { personSearchQuery } from '../../../api/queries';
import type { PersonSearchParams } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { CandidateResults } from '../../persons/CandidateResults';
import { PersonSearchForm } from '../../persons/PersonSearchForm';
import { clearDraft, readDraft, writeDraft } from '../intake-drafts';
import type { StepProps } from '../IntakePage';
import { StepNav } from '../StepNav';
import { useGoToStep } from '../use-go-to-step';
import { CandidateActions } from './CandidateActions';
import { NEW_PERSON_DRAFT, NewPersonForm } from './NewPersonForm';
import { ParticipantTable } from './ParticipantTable';
import { RelationshipsSection } from './RelationshipsSection';

const SEARCH_DRAFT = 'person-search';

/**
 * Step 3: the children, parents and household members, and how they are related. Search first
 * and add people the agency already knows; only when no one fits, create a new person. The search
 * and the half-filled "new person" form survive a refresh through the session drafts.
 */
export function PeopleStep({ report, onReload }: StepProps) {
  const { t } = useI18n();
  const goToStep = useGoToStep(report.id);
  const [criteria, setCriteria] = useState<PersonSearchParams | null>(
    () => readDraft<PersonSearchParams>(report.id, SEARCH_DRAFT) as PersonSearchParams | null,
  );
  const [creating, setCreating] = useState(() => readDraft(report.id, NEW_PERSON_DRAFT) !== null);
  const results = useQuery({ ...personSearchQuery(criteria ?? { lastName: '' }), enabled: criteria !== null });

  const search = (params: PersonSearchParams) => {
    setCriteria(params);
    writeDraft(report.id, SEARCH_DRAFT, params);
  };
  const backToSearch = () => {
    clearDraft(report.id, NEW_PERSON_DRAFT);
    setCreating(false);
  };

  return (
    <>
      <ParticipantTable report={report} onReload={onReload} />
      <RelationshipsSection report={report} onReload={onReload} />
      <div className="margin-top-4">
        {creating ? (
          <>
            <button type="button" className="usa-button usa-button--unstyled margin-bottom-2" onClick={backToSearch}>
              {t('people.backToSearch')}
            </button>
            <NewPersonForm report={report} criteria={criteria ?? {}} onReload={onReload} onDone={backToSearch} />
          </>
        ) : (
          <>
            <h3>{t('people.findHeading')}</h3>
            <p>{t('people.findIntro')}</p>
            <PersonSearchForm form="intake-search" initial={criteria ?? {}} busy={results.isFetching} onSearch={search} />
            {criteria && (
              <CandidateResults
                results={results}
                renderActions={(match) => <CandidateActions report={report} match={match} onReload={onReload} />}
                onCreate={() => setCreating(true)}
              />
            )}
          </>
        )}
      </div>
      <StepNav onBack={() => goToStep(2)}>
        <button type="button" className="usa-button" onClick={() => goToStep(4)}>
          {t('common.saveAndContinue')}
        </button>
      </StepNav>
    </>
  );
}
