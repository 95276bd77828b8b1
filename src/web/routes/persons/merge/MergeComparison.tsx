import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { type MergeableField, mergeableFields } from '../../../../domain/person-fields';
import { mergePerson, personQuery } from '../../../api/person-record';
import type { Person } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fieldKeys } from '../record/person-field-keys';
import { personName } from '../PersonMatchList';
import { differingFields, suggestedTake } from './merge-choices';
import { useFieldValue } from './use-field-value';

export function MergeComparison({ survivor, duplicateId, onChooseOther }: { survivor: Person; duplicateId: string; onChooseOther: () => void }) {
  const query = useQuery(personQuery(duplicateId));
  return <QueryState query={query}>{(duplicate) => <Compare survivor={survivor} duplicate={duplicate} onChooseOther={onChooseOther} />}</QueryState>;
}

/** The two records side by side; on each differing field, which value the merged record keeps. */
function Compare({ survivor, duplicate, onChooseOther }: { survivor: Person; duplicate: Person; onChooseOther: () => void }) {
  const { t } = useI18n();
  const show = useFieldValue();
  const queryClient = useQueryClient();
  const mergeId = useRef(crypto.randomUUID());
  const differing = differingFields(survivor, duplicate);
  const [take, setTake] = useState<Set<MergeableField>>(() => new Set(suggestedTake(survivor, duplicate)));
  const [reason, setReason] = useState('');
  const merge = useMutation({
    mutationFn: () =>
      mergePerson(survivor.id, {
        id: mergeId.current,
        mergedId: duplicate.id,
        survivorVersion: survivor.version,
        mergedVersion: duplicate.version,
        take: [...take],
        reason,
      }),
    onSuccess: (merged) => {
      queryClient.setQueryData(personQuery(survivor.id).queryKey, merged);
      void queryClient.invalidateQueries({ queryKey: ['person', duplicate.id] });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
  const choose = (field: MergeableField, fromDuplicate: boolean) =>
    setTake((current) => {
      const next = new Set(current);
      if (fromDuplicate) next.add(field);
      else next.delete(field);
      return next;
    });

  if (merge.isSuccess) {
    return (
      <>
        <SuccessAlert role="status">{t('merge.done', { name: personName(duplicate) })}</SuccessAlert>
        <Link className="usa-button" to="/persons/$personId" params={{ personId: survivor.id }}>
          {t('merge.openSurvivor', { name: personName(survivor) })}
        </Link>
      </>
    );
  }
  const reasonId = fieldId('merge', 'reason');
  return (
    <form
      className="usa-form usa-form--large maxw-full"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        merge.mutate();
      }}
    >
      <h2>{t('merge.compareHeading')}</h2>
      <ProblemAlert error={merge.error} onReload={() => void queryClient.invalidateQueries({ queryKey: ['person'] })} conflictSubject="record" />
      <table className="usa-table usa-table--stacked width-full">
        <caption>{t('merge.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('merge.field')}</th>
            <th scope="col">
              {t('merge.thisRecord')}: {personName(survivor)}
            </th>
            <th scope="col">
              {t('merge.duplicate')}: {personName(duplicate)}
            </th>
          </tr>
        </thead>
        <tbody>
          {mergeableFields.map((field) => {
            const label = t(fieldKeys[field]!);
            const differs = differing.includes(field);
            return (
              <tr key={field}>
                <th scope="row" data-label={t('merge.field')}>
                  {label}
                </th>
                {differs ? (
                  <>
                    <td data-label={t('merge.thisRecord')}>
                      <Choice
                        name={field}
                        side="keep"
                        checked={!take.has(field)}
                        onChange={() => choose(field, false)}
                        value={show(field, survivor[field])}
                        label={t('merge.keepThis', { field: label })}
                      />
                    </td>
                    <td data-label={t('merge.duplicate')}>
                      <Choice
                        name={field}
                        side="take"
                        checked={take.has(field)}
                        onChange={() => choose(field, true)}
                        value={show(field, duplicate[field])}
                        label={t('merge.takeDuplicate', { field: label })}
                      />
                    </td>
                  </>
                ) : (
                  <td colSpan={2} data-label={t('merge.same')}>
                    {show(field, survivor[field])} <span className="text-base-dark">({t('merge.same')})</span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{t('merge.keptBoth')}</p>
      <TextareaField
        id={reasonId}
        label={t('merge.reason')}
        hint={t('merge.reasonHint')}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={1000}
      />
      <div className="margin-top-3">
        <BusyButton busy={merge.isPending} label={t('merge.submit')} busyLabel={t('merge.submitting')} disabled={reason.trim() === ''} />
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onChooseOther}>
          {t('merge.chooseOther')}
        </button>
      </div>
    </form>
  );
}

function Choice({
  name,
  side,
  checked,
  onChange,
  value,
  label,
}: {
  name: string;
  side: 'keep' | 'take';
  checked: boolean;
  onChange: () => void;
  value: string;
  label: string;
}) {
  const id = `${fieldId('merge', name)}-${side}`;
  return (
    <div className="usa-radio">
      <input className="usa-radio__input" type="radio" id={id} name={`merge-${name}`} checked={checked} onChange={onChange} />
      <label className="usa-radio__label margin-top-0" htmlFor={id}>
        <span className="usa-sr-only">{label}: </span>
        {value}
      </label>
    </div>
  );
}
