import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { personQuery } from '../../../api/person-record';
import { personSearchQuery } from '../../../api/queries';
import type { Person, PersonSearchParams } from '../../../api/types';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { PersonMatchList, personName } from '../PersonMatchList';
import { PersonSearchForm } from '../PersonSearchForm';
import { MergeComparison } from './MergeComparison';

/**
 * PLAT-4: a supervisor or administrator finds the duplicate of a person, compares the two side by
 * side, chooses field by field and merges; the server moves everything recorded under the duplicate.
 */
export function PersonMergePage({ personId }: { personId: string }) {
  const { t } = useI18n();
  const query = useQuery(personQuery(personId));
  return (
    <Page title={query.data ? t('merge.title', { name: personName(query.data) }) : t('personRecord.titleLoading')}>
      <QueryState query={query}>{(person) => <FindAndMerge survivor={person} />}</QueryState>
    </Page>
  );
}

function FindAndMerge({ survivor }: { survivor: Person }) {
  const { t } = useI18n();
  const [criteria, setCriteria] = useState<PersonSearchParams>({ firstName: survivor.firstName, lastName: survivor.lastName });
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  if (duplicateId) return <MergeComparison survivor={survivor} duplicateId={duplicateId} onChooseOther={() => setDuplicateId(null)} />;
  return (
    <>
      <p className="usa-intro">{t('merge.intro')}</p>
      <h2>{t('merge.findHeading')}</h2>
      <PersonSearchForm form="merge-search" initial={criteria} busy={false} onSearch={setCriteria} />
      <Candidates survivorId={survivor.id} criteria={criteria} onCompare={setDuplicateId} />
      <p className="margin-top-4">
        <Link to="/persons/$personId" params={{ personId: survivor.id }}>
          {t('merge.cancel')}
        </Link>
      </p>
    </>
  );
}

function Candidates({ survivorId, criteria, onCompare }: { survivorId: string; criteria: PersonSearchParams; onCompare: (id: string) => void }) {
  const { t } = useI18n();
  const query = useQuery(personSearchQuery(criteria));
  return (
    <div className="margin-top-3" aria-live="polite">
      <QueryState query={query}>
        {({ results }) => {
          const others = results.filter((r) => r.id !== survivorId);
          if (others.length === 0) return <p>{t('merge.noCandidates')}</p>;
          return (
            <PersonMatchList
              matches={others}
              renderActions={(match) => (
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  onClick={() => onCompare(match.id)}
                  aria-label={`${t('merge.compare')}: ${personName(match)}`}
                >
                  {t('merge.compare')}
                </button>
              )}
            />
          );
        }}
      </QueryState>
    </div>
  );
}
