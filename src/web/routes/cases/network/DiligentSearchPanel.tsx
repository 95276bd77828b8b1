import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { searchSources } from '../../../../domain/code-lists';
import { addSearch, type NetworkMember, networkQuery, searchesQuery } from '../../../api/case-network';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';

const FORM = 'diligent-search';
const FIELDS = ['searchedOn', 'source', 'outcome', 'foundAddress'];

interface SearchValues {
  searchedOn: string;
  source: string;
  outcome: string;
  found: boolean;
  foundAddress: string;
}

/** ENG-2: the efforts made to find one member, and a form to log the next. */
export function DiligentSearchPanel({ caseId, member, onClose }: { caseId: string; member: NetworkMember; onClose: () => void }) {
  const { t, tc, formatDate } = useI18n();
  const query = useQuery(searchesQuery(caseId, member.participantId));
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <section aria-labelledby="search-heading" className="border-1px border-base-lighter padding-2 margin-top-3 radius-md">
      <h3 id="search-heading">{t('search.heading', { name })}</h3>
      <p>{t('search.intro')}</p>
      <QueryState query={query}>
        {(list) => (
          <>
            {list.items.length === 0 ? (
              <p>{t('search.empty')}</p>
            ) : (
              <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
                <caption>{t('search.caption', { name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('search.col.date')}</th>
                    <th scope="col">{t('search.col.source')}</th>
                    <th scope="col">{t('search.col.outcome')}</th>
                    <th scope="col">{t('search.col.by')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((s) => (
                    <tr key={s.id}>
                      <td data-label={t('search.col.date')}>{formatDate(s.searchedOn)}</td>
                      <td data-label={t('search.col.source')}>{tc('searchSource', s.source)}</td>
                      <td data-label={t('search.col.outcome')}>
                        {s.outcome}
                        {s.found && (
                          <>
                            {' '}
                            <span className="usa-tag bg-green">{t('search.found')}</span> {s.foundAddress}
                          </>
                        )}
                      </td>
                      <td data-label={t('search.col.by')}>{s.createdByName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {list.whereaboutsUnknown && <p className="text-bold">{t('search.stillUnknown')}</p>}
            {list.abilities.record && <SearchForm caseId={caseId} member={member} />}
          </>
        )}
      </QueryState>
      <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={onClose}>
        {t('search.close')}
      </button>
    </section>
  );
}

function SearchForm({ caseId, member }: { caseId: string; member: NetworkMember }) {
  const { t, tc, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInZone(timeZone);
  const searchId = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const blank: SearchValues = { searchedOn: today, source: '', outcome: '', found: false, foundAddress: '' };
  const form = useForm<SearchValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const found = form.watch('found');
  const server = useServerProblems(FIELDS, form.setError);
  const save = useMutation({
    mutationFn: (v: SearchValues) =>
      addSearch(caseId, member.participantId, {
        id: searchId.current,
        searchedOn: v.searchedOn,
        source: v.source as (typeof searchSources)[number],
        outcome: v.outcome,
        found: v.found,
        ...(v.found && v.foundAddress ? { foundAddress: v.foundAddress } : {}),
      }),
    onSuccess: (list) => {
      queryClient.setQueryData(searchesQuery(caseId, member.participantId).queryKey, list);
      void queryClient.invalidateQueries({ queryKey: networkQuery(caseId).queryKey });
      searchId.current = crypto.randomUUID();
      form.reset(blank);
      setSaved(true);
    },
    onError: server.capture,
  });
  const need = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    setSaved(false);
    save.mutate(values);
  });
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label={t('network.markFound')}>
      {saved && <SuccessAlert role="status">{t('search.saved')}</SuccessAlert>}
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <TextField
        id={fieldId(FORM, 'searchedOn')}
        type="date"
        required
        max={today}
        label={t('search.field.searchedOn')}
        error={errorText(errors, 'searchedOn')}
        {...form.register('searchedOn', need(t('search.field.searchedOn')))}
      />
      <SelectField
        id={fieldId(FORM, 'source')}
        required
        label={t('search.field.source')}
        placeholder={t('network.choose')}
        error={errorText(errors, 'source')}
        options={searchSources.map((code) => ({ value: code, label: tc('searchSource', code) }))}
        {...form.register('source', need(t('search.field.source')))}
      />
      <TextareaField
        id={fieldId(FORM, 'outcome')}
        required
        label={t('search.field.outcome')}
        error={errorText(errors, 'outcome')}
        {...form.register('outcome', need(t('search.field.outcome')))}
      />
      <CheckboxField id={fieldId(FORM, 'found')} label={t('search.field.found')} {...form.register('found')} />
      {found && (
        <TextField
          id={fieldId(FORM, 'foundAddress')}
          required
          label={t('search.field.foundAddress')}
          error={errorText(errors, 'foundAddress')}
          {...form.register('foundAddress', need(t('search.field.foundAddress')))}
        />
      )}
      <BusyButton className="margin-top-2" busy={save.isPending} label={t('search.save')} busyLabel={t('search.saving')} />
    </form>
  );
}
