import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { personSearchQuery } from '../../../api/queries';
import type { Investigation, PersonSearchParams } from '../../../api/types';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { CandidateResults } from '../../persons/CandidateResults';
import { PersonSearchForm } from '../../persons/PersonSearchForm';
import { ExistingPersonAdd } from './ExistingPersonAdd';
import { NewFoundPersonForm } from './NewFoundPersonForm';

/**
 * INV-1, INV-8: a child or adult found in the home during the investigation. Search the agency's
 * records first; add the known person, or create one only when no one fits. Once added they are
 * in the household, the contacts and the assessments, and must be seen before closing.
 */
export function AddFoundPersonSection({ investigation }: { investigation: Investigation }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [criteria, setCriteria] = useState<PersonSearchParams | null>(null);
  const [creating, setCreating] = useState(false);
  const [added, setAdded] = useState(false);
  const results = useQuery({ ...personSearchQuery(criteria ?? { lastName: '' }), enabled: criteria !== null });
  if (!investigation.abilities.record) return null;
  const onPeople = new Set((investigation.household ?? []).map((p) => p.personId));
  const done = () => {
    setAdded(true);
    setCreating(false);
    setCriteria(null);
    setOpen(false);
  };
  return (
    <section aria-labelledby="found-person-section" className="margin-top-3">
      <h3 id="found-person-section">{t('inv.found.heading')}</h3>
      <div role="status">{added && <SuccessAlert>{t('inv.found.added')}</SuccessAlert>}</div>
      {!open ? (
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={() => {
            setOpen(true);
            setAdded(false);
          }}
        >
          {t('inv.found.start')}
        </button>
      ) : creating ? (
        <>
          <button type="button" className="usa-button usa-button--unstyled margin-bottom-2" onClick={() => setCreating(false)}>
            {t('people.backToSearch')}
          </button>
          <NewFoundPersonForm investigationId={investigation.id} criteria={criteria ?? {}} onDone={done} />
        </>
      ) : (
        <>
          <p>{t('inv.found.intro')}</p>
          <PersonSearchForm form="found-search" initial={criteria ?? {}} busy={results.isFetching} onSearch={setCriteria} />
          {criteria && (
            <CandidateResults
              results={results}
              renderActions={(match) =>
                onPeople.has(match.id) ? (
                  <p className="usa-tag bg-primary-dark">{t('inv.found.already')}</p>
                ) : (
                  <ExistingPersonAdd investigationId={investigation.id} match={match} onAdded={done} />
                )
              }
              onCreate={() => setCreating(true)}
            />
          )}
        </>
      )}
    </section>
  );
}
