import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { http } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { toZonedInputValue } from '../../../lib/date-time';
import {
  agencyKinds,
  crossReportMethods,
  type CrossReport,
  type CrossReportField,
  type CrossReportList,
  type CrossReportValues,
  toCrossReportBody,
  validateCrossReport,
} from './cross-report-model';

const key = (reportId: string) => ['report', reportId, 'cross-reports'] as const;
const fieldIds: Record<CrossReportField, string> = {
  agencyKind: 'xr-agency-kind',
  agencyName: 'xr-agency-name',
  contactName: 'xr-contact',
  method: 'xr-method',
  sentAt: 'xr-sent-at',
  referenceNumber: 'xr-reference',
  notes: 'xr-notes',
};

/**
 * INT-5: reports made to law enforcement and other agencies about this report — who, when, how and
 * their reference number — with a warning for each the practice profile requires and none is recorded.
 */
export function CrossReportsSection({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const query = useQuery({ queryKey: key(reportId), queryFn: () => http.get<CrossReportList>(`/api/reports/${encodeURIComponent(reportId)}/cross-reports`) });
  return (
    <section aria-labelledby="cross-reports-heading" className="margin-top-4">
      <h2 id="cross-reports-heading">{t('xr.heading')}</h2>
      <QueryState query={query}>{(data) => <CrossReports reportId={reportId} data={data} />}</QueryState>
    </section>
  );
}

function CrossReports({ reportId, data }: { reportId: string; data: CrossReportList }) {
  const { t, tc, formatMoment } = useI18n();
  const [adding, setAdding] = useState(false);
  const agency = (code: string) => t(`xr.agency.${code}` as 'xr.agency.other');
  return (
    <>
      {data.required
        .filter((r) => !r.recorded)
        .map((r) => (
          <div key={r.agencyKind} className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t('xr.required', {
                  agency: agency(r.agencyKind),
                  allegations: r.maltreatmentTypes.map((m) => tc('maltreatmentType', m)).join(', '),
                  due: r.dueAt ? formatMoment(r.dueAt) : t('common.noValue'),
                })}
              </p>
            </div>
          </div>
        ))}
      {data.items.length === 0 ? (
        <p>{t('xr.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {data.items.map((item: CrossReport) => (
            <li key={item.id} className="hearth-card">
              <strong>
                {agency(item.agencyKind)}: {item.agencyName}
              </strong>
              <span className="display-block">
                {t('xr.line', {
                  moment: formatMoment(item.sentAt),
                  method: t(`xr.method.${item.method}` as 'xr.method.phone'),
                  contact: item.contactName ?? t('common.noValue'),
                  reference: item.referenceNumber ?? t('common.noValue'),
                })}
              </span>
              {item.notes && <span className="display-block hearth-wrap">{item.notes}</span>}
              <span className="display-block font-sans-2xs text-base-dark">{t('xr.recordedBy', { name: item.createdByName })}</span>
            </li>
          ))}
        </ul>
      )}
      {data.abilities.record &&
        (adding ? (
          <CrossReportForm reportId={reportId} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="usa-button usa-button--outline" onClick={() => setAdding(true)}>
            {t('xr.add')}
          </button>
        ))}
    </>
  );
}

function CrossReportForm({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  // One id per form: a double click or a retry after a dropped network records one cross-report.
  const id = useRef(crypto.randomUUID());
  const [values, setValues] = useState<CrossReportValues>(() => ({
    agencyKind: 'law_enforcement',
    agencyName: '',
    contactName: '',
    method: 'phone',
    sentAt: toZonedInputValue(new Date().toISOString(), timeZone),
    referenceNumber: '',
    notes: '',
  }));
  const [attempted, setAttempted] = useState(false);
  const problems = useMemo(() => (attempted ? validateCrossReport(values, timeZone) : []), [attempted, values, timeZone]);
  const errorOf = (field: CrossReportField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(problem.key) : undefined;
  };
  const save = useMutation({
    mutationFn: () => http.post<CrossReport>(`/api/reports/${encodeURIComponent(reportId)}/cross-reports`, toCrossReportBody(id.current, values, timeZone)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key(reportId) });
      onDone();
    },
  });
  const set = (change: Partial<CrossReportValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (validateCrossReport(values, timeZone).length > 0 || save.isPending) return;
    save.mutate();
  };
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={submit} aria-labelledby="xr-form-heading">
      <h3 id="xr-form-heading">{t('xr.formHeading')}</h3>
      <ErrorSummary problems={problems.map((p) => ({ message: t(p.key), fieldId: fieldIds[p.field] }))} />
      <ProblemAlert error={save.error} />
      <SelectField
        id={fieldIds.agencyKind}
        label={t('xr.agencyKind')}
        required
        value={values.agencyKind}
        error={errorOf('agencyKind')}
        onChange={(e) => set({ agencyKind: e.target.value })}
        options={agencyKinds.map((code) => ({ value: code, label: t(`xr.agency.${code}` as 'xr.agency.other') }))}
      />
      <TextField
        id={fieldIds.agencyName}
        label={t('xr.agencyName')}
        required
        value={values.agencyName}
        error={errorOf('agencyName')}
        maxLength={200}
        onChange={(e) => set({ agencyName: e.target.value })}
      />
      <TextField
        id={fieldIds.contactName}
        label={t('xr.contactName')}
        value={values.contactName}
        maxLength={200}
        onChange={(e) => set({ contactName: e.target.value })}
      />
      <SelectField
        id={fieldIds.method}
        label={t('xr.methodLabel')}
        required
        value={values.method}
        error={errorOf('method')}
        onChange={(e) => set({ method: e.target.value })}
        options={crossReportMethods.map((code) => ({ value: code, label: t(`xr.method.${code}` as 'xr.method.phone') }))}
      />
      <TextField
        id={fieldIds.sentAt}
        label={t('xr.sentAt')}
        type="datetime-local"
        required
        value={values.sentAt}
        error={errorOf('sentAt')}
        onChange={(e) => set({ sentAt: e.target.value })}
      />
      <TextField
        id={fieldIds.referenceNumber}
        label={t('xr.reference')}
        value={values.referenceNumber}
        maxLength={100}
        onChange={(e) => set({ referenceNumber: e.target.value })}
      />
      <TextareaField id={fieldIds.notes} label={t('xr.notes')} value={values.notes} maxLength={4000} onChange={(e) => set({ notes: e.target.value })} />
      <div className="hearth-actions">
        <BusyButton busy={save.isPending} label={t('xr.save')} busyLabel={t('common.saving')} />
        <button type="button" className="usa-button usa-button--unstyled" onClick={onDone}>
          {t('xr.cancel')}
        </button>
      </div>
    </form>
  );
}
