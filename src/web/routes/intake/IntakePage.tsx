import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { reportQuery } from '../../api/queries';
import type { Report } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { AllegationsStep } from './allegations/AllegationsStep';
import { DecisionStep } from './decision/DecisionStep';
import { clearReportDrafts } from './intake-drafts';
import { IntakeFrame } from './IntakeFrame';
import { NarrativeStep } from './NarrativeStep';
import { PeopleStep } from './people/PeopleStep';
import { ReporterStep } from './ReporterStep';

/**
 * /intake/$reportId?step=N. The report is always read fresh when the page opens and then only
 * changes through this screener's own saves, so every write sends the version the form was filled
 * from; a stale one gets 409 and the reload offer instead of overwriting someone else's work.
 */
export function IntakePage({ reportId, step }: { reportId: string; step: number }) {
  const queryClient = useQueryClient();
  // Drop any copy cached by another page before the first read, so forms never start from it.
  useState(() => queryClient.removeQueries({ queryKey: reportQuery(reportId).queryKey, exact: true }));
  const query = useQuery({ ...reportQuery(reportId), staleTime: Infinity });
  const [reloadCount, setReloadCount] = useState(0);

  const reload = useCallback(async () => {
    clearReportDrafts(reportId);
    await queryClient.refetchQueries({ queryKey: reportQuery(reportId).queryKey, exact: true });
    setReloadCount((count) => count + 1);
  }, [queryClient, reportId]);

  return (
    <IntakeFrame step={step} reportNumber={query.data?.number}>
      <QueryState query={query}>
        {(report) =>
          report.abilities.edit ? <StepContent key={reloadCount} report={report} step={step} onReload={reload} /> : <ReadOnlyNotice report={report} />
        }
      </QueryState>
    </IntakeFrame>
  );
}

export interface StepProps {
  report: Report;
  onReload: () => void;
}

function StepContent({ report, step, onReload }: StepProps & { step: number }) {
  return (
    <>
      <ReturnedNotice report={report} />
      {step === 1 && <ReporterStep report={report} onReload={onReload} />}
      {step === 2 && <NarrativeStep report={report} onReload={onReload} />}
      {step === 3 && <PeopleStep report={report} onReload={onReload} />}
      {step === 4 && <AllegationsStep report={report} onReload={onReload} />}
      {step === 5 && <DecisionStep report={report} onReload={onReload} />}
    </>
  );
}

/** A returned report opens with the supervisor's reason, so the screener knows what to fix. */
function ReturnedNotice({ report }: { report: Report }) {
  const { t, formatMoment } = useI18n();
  if (report.status !== 'returned') return null;
  const latest = [...report.reviews].reverse().find((review) => review.action === 'returned');
  if (!latest) return null;
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('intake.returnedHeading')}</h2>
        <p className="usa-alert__text">{latest.comment}</p>
        <p className="usa-alert__text text-base-dark">
          {latest.reviewerName}, {formatMoment(latest.createdAt)}
        </p>
      </div>
    </div>
  );
}

function ReadOnlyNotice({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <div className="usa-alert usa-alert--info">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('intake.readOnly')}</p>
        <Link to="/reports/$reportId" params={{ reportId: report.id }}>
          {t('intake.viewReport')}
        </Link>
      </div>
    </div>
  );
}
