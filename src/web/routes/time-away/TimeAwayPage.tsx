import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cancelAbsence } from '../../api/endpoints';
import { absencesQuery } from '../../api/queries';
import type { Absence } from '../../api/types';
import { Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInZone } from '../../lib/date-time';
import { areaRoles } from '../../session/session';
import { isAwayOn } from './absence-rules';
import { AbsenceForm } from './AbsenceForm';

/** SUP-3: a supervisor records time away; approvals requested meanwhile go to the delegate. */
export function TimeAwayPage() {
  return (
    <RequireRole roles={areaRoles.team}>
      <TimeAway />
    </RequireRole>
  );
}

function TimeAway() {
  const { t } = useI18n();
  const query = useQuery(absencesQuery);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page title={t('absence.title')}>
      <p className="usa-intro">{t('absence.intro')}</p>
      <div role="status" className="hearth-status">
        {notice && <SuccessAlert>{notice}</SuccessAlert>}
      </div>
      <section aria-labelledby="absence-list-heading">
        <h2 id="absence-list-heading">{t('absence.listHeading')}</h2>
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? <p>{t('absence.empty')}</p> : <AbsenceTable absences={items} onCancelled={() => setNotice(t('absence.cancelled'))} />
          }
        </QueryState>
      </section>
      <section aria-labelledby="absence-form-heading" className="margin-top-4">
        <h2 id="absence-form-heading">{t('absence.formHeading')}</h2>
        <AbsenceForm onSaved={() => setNotice(t('absence.saved'))} onStart={() => setNotice(null)} />
      </section>
    </Page>
  );
}

function AbsenceTable({ absences, onCancelled }: { absences: Absence[]; onCancelled: () => void }) {
  const { t, formatDate, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInZone(timeZone);
  const cancel = useMutation({
    mutationFn: (id: string) => cancelAbsence(id),
    onSuccess: (answer) => {
      queryClient.setQueryData(absencesQuery.queryKey, { items: answer.items });
      onCancelled();
    },
  });
  return (
    <>
      <ProblemAlert error={cancel.error} />
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('absence.listHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('absence.startsOn')}</th>
            <th scope="col">{t('absence.endsOn')}</th>
            <th scope="col">{t('absence.delegate')}</th>
            <th scope="col">
              <span className="usa-sr-only">{t('field.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {absences.map((absence) => {
            const name = t('absence.cancelName', { from: formatDate(absence.startsOn), to: formatDate(absence.endsOn) });
            return (
              <tr key={absence.id}>
                <th scope="row" data-label={t('absence.startsOn')}>
                  {formatDate(absence.startsOn)}
                  {isAwayOn(absence, today) && <span className="usa-tag bg-primary margin-left-1">{t('absence.current')}</span>}
                </th>
                <td data-label={t('absence.endsOn')}>{formatDate(absence.endsOn)}</td>
                <td data-label={t('absence.delegate')}>{absence.delegateName}</td>
                <td data-label={t('field.action')}>
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled"
                    disabled={cancel.isPending}
                    aria-label={`${t('absence.cancel')}: ${name}`}
                    onClick={() => cancel.mutate(absence.id)}
                  >
                    {t('absence.cancel')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
