import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type PersonMergeList, personMergesQuery, undoPersonMerge } from '../../api/person-record';
import { BusyButton } from '../../components/BusyButton';
import { fieldId } from '../../components/fields/field-ids';
import { TextField } from '../../components/fields/TextField';
import { Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';

type Merge = PersonMergeList['items'][number];

/** PLAT-4: administrators see every merge of two person records and undo one that was wrong. */
export function MergesPage() {
  return (
    <RequireRole roles={areaRoles.merges}>
      <Merges />
    </RequireRole>
  );
}

function Merges() {
  const { t } = useI18n();
  const query = useQuery(personMergesQuery());
  const [undone, setUndone] = useState<Merge | null>(null);
  return (
    <Page title={t('merge.adminTitle')}>
      <p className="usa-intro">{t('merge.adminIntro')}</p>
      {undone && <SuccessAlert role="status">{t('merge.undone', { merged: undone.mergedName, survivor: undone.survivorName })}</SuccessAlert>}
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('merge.adminEmpty')}</p>
          ) : (
            <table className="usa-table usa-table--stacked width-full">
              <caption>{t('merge.adminCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('merge.adminMerged')}</th>
                  <th scope="col">{t('merge.adminSurvivor')}</th>
                  <th scope="col">{t('merge.adminWhen')}</th>
                  <th scope="col">{t('merge.adminReason')}</th>
                  <th scope="col">{t('merge.adminStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MergeRow key={m.id} merge={m} onUndone={setUndone} />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </Page>
  );
}

function MergeRow({ merge, onUndone }: { merge: Merge; onUndone: (m: Merge) => void }) {
  const { t, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const undo = useMutation({
    mutationFn: () => undoPersonMerge(merge.id, reason),
    onSuccess: () => {
      onUndone(merge);
      void queryClient.invalidateQueries({ queryKey: ['person-merges'] });
      void queryClient.invalidateQueries({ queryKey: ['person'] });
    },
  });
  const reasonId = fieldId('undo-merge', merge.id);
  return (
    <tr>
      <th scope="row" data-label={t('merge.adminMerged')}>
        {merge.mergedName}
      </th>
      <td data-label={t('merge.adminSurvivor')}>{merge.survivorName}</td>
      <td data-label={t('merge.adminWhen')}>
        {formatMoment(String(merge.mergedAt))}, {merge.mergedByName}
      </td>
      <td data-label={t('merge.adminReason')}>{merge.reason}</td>
      <td data-label={t('merge.adminStatus')}>
        {merge.undoneAt ? (
          t('merge.adminUndone', { date: formatMoment(String(merge.undoneAt)), who: merge.undoneByName ?? '' })
        ) : (
          <form
            className="usa-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              undo.mutate();
            }}
          >
            <ProblemAlert error={undo.error} />
            <TextField
              id={reasonId}
              label={t('merge.undoReason', { merged: merge.mergedName, survivor: merge.survivorName })}
              value={reason}
              required
              maxLength={1000}
              onChange={(event) => setReason(event.target.value)}
            />
            <BusyButton busy={undo.isPending} label={t('merge.undo')} busyLabel={t('merge.undoing')} variant="secondary" disabled={reason.trim() === ''} />
          </form>
        )}
      </td>
    </tr>
  );
}
