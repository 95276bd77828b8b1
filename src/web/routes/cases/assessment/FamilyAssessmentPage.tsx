import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { caseQuery } from '../../../api/cases';
import { type AssessmentOverview, assessmentOverviewQuery } from '../../../api/family-assessment';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentReadOnly } from './AssessmentReadOnly';
import { StartAssessmentButton } from './StartAssessmentButton';
import { VersionList } from './VersionList';

/**
 * The case's family-centred assessment (FCA-1, FCA-3, FCA-4; issue 11): the current version, as a
 * form while it is a draft and as text once completed, and every version before it.
 */
export function FamilyAssessmentPage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const familyCase = useQuery(caseQuery(caseId));
  const overview = useQuery(assessmentOverviewQuery(caseId));
  const number = familyCase.data?.number;
  return (
    <Page title={number ? t('fca.titleForCase', { number }) : t('fca.title')}>
      {number && (
        <p>
          <Link to="/cases/$caseId" params={{ caseId }}>
            {t('fca.backToCase', { number })}
          </Link>
        </p>
      )}
      <p>{t('fca.intro')}</p>
      <QueryState query={overview}>{(data) => <Assessment overview={data} onReload={async () => (await overview.refetch()).data?.current} />}</QueryState>
    </Page>
  );
}

function Assessment({ overview, onReload }: { overview: AssessmentOverview; onReload: () => Promise<AssessmentOverview['current'] | undefined> }) {
  const { t } = useI18n();
  const { current } = overview;
  // The form goes away once its version is completed; this says so where it was.
  const [completedNo, setCompletedNo] = useState<number | null>(null);
  return (
    <>
      <CurrentVersion overview={overview} />
      {completedNo !== null && current?.status === 'completed' && (
        <SuccessAlert role="status" className="margin-top-3">
          {t('fca.completedNotice', { n: completedNo })}
        </SuccessAlert>
      )}
      {current?.status === 'draft' && current.abilities.edit && (
        <AssessmentForm key={current.id} assessment={current} overview={overview} onReload={onReload} onCompleted={setCompletedNo} />
      )}
      {current && (current.status === 'completed' || !current.abilities.edit) && <AssessmentReadOnly assessment={current} overview={overview} />}
      <VersionList overview={overview} />
    </>
  );
}

function CurrentVersion({ overview }: { overview: AssessmentOverview }) {
  const { t, formatMoment } = useI18n();
  const { current } = overview;
  return (
    <section aria-labelledby="fca-current-heading">
      <h2 id="fca-current-heading">{t('fca.currentHeading')}</h2>
      {current ? (
        <dl className="hearth-summary">
          <dt>{t('fca.field.version')}</dt>
          <dd>{current.versionNo}</dd>
          <dt>{t('fca.field.status')}</dt>
          <dd>{t(`fca.status.${current.status}`)}</dd>
          <dt>{t('fca.field.startedBy')}</dt>
          <dd>{`${current.createdByName}, ${formatMoment(current.createdAt)}`}</dd>
        </dl>
      ) : (
        <p>{t('fca.none')}</p>
      )}
      {overview.abilities.start && current?.status !== 'draft' && <StartAssessmentButton caseId={overview.caseId} isUpdate={current !== null} />}
    </section>
  );
}
