import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { screeningInstrumentQuery } from '../../../api/instruments';
import type { Report } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';

// The form and its scoring engine load only when a screener reaches this step.
const ScreeningInstrumentEditor = lazy(() => import('./ScreeningInstrumentEditor').then((module) => ({ default: module.ScreeningInstrumentEditor })));
/**
 * INT-4: the screening instrument on the decision step. Answers are scored as the screener goes;
 * Save stores them (a draft, or completed once every required question is answered), the server
 * scores them again with the same definition version and gives the recommendation the supervisor
 * will see next to the screener's own decision.
 */
export function ScreeningInstrumentSection({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const queryKey = screeningInstrumentQuery(report.id).queryKey;
  // Like the report itself: read fresh when the step opens, then only changed by our own saves.
  useState(() => queryClient.removeQueries({ queryKey, exact: true }));
  const query = useQuery({ ...screeningInstrumentQuery(report.id), staleTime: Infinity });

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey, exact: true });
    onReload();
  };

  return (
    <section aria-labelledby="screening-instrument-heading" className="margin-bottom-4 padding-bottom-2 border-bottom-1px border-base-lighter">
      <h2 id="screening-instrument-heading" tabIndex={-1}>
        {t('screeningInstrument.heading')}
      </h2>
      <QueryState query={query}>
        {(data) => (
          <Suspense fallback={<Loading />}>
            <ScreeningInstrumentEditor report={report} data={data} onReload={() => void reload()} />
          </Suspense>
        )}
      </QueryState>
    </section>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="usa-hint">
      {t('app.loading')}
    </p>
  );
}
