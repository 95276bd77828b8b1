import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { documentContentTypes, documentTypes, MAX_DOCUMENT_BYTES } from '../../../../domain/code-lists';
import { type CaseDocument, documentUrl, documentsQuery, uploadDocument } from '../../../api/case-documents';
import { networkQuery } from '../../../api/case-network';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';

const FORM = 'document';
const FIELDS = ['file', 'type', 'date', 'description', 'personId', 'filename'];

interface DocumentValues {
  file: FileList | null;
  type: string;
  date: string;
  description: string;
  personId: string;
  workersOnly: boolean;
}

/**
 * PLAT-5: the case's documents — upload with what it is, list, download and preview. On a meeting's
 * page (`meetingId`), the documents that belong to that meeting, and uploads go to it.
 */
export function CaseDocuments({ caseId, meetingId }: { caseId: string; meetingId?: string }) {
  const { t } = useI18n();
  const query = useQuery(documentsQuery(caseId));
  const [preview, setPreview] = useState<CaseDocument | null>(null);
  return (
    <section aria-labelledby="documents-heading" className="margin-top-4">
      <h2 id="documents-heading">{t(meetingId ? 'documents.meetingHeading' : 'documents.heading')}</h2>
      <QueryState query={query}>
        {(list) => (
          <>
            <DocumentTable caseId={caseId} items={meetingId ? list.items.filter((d) => d.meetingId === meetingId) : list.items} onPreview={setPreview} />
            {preview && (
              <figure className="margin-x-0 margin-y-2">
                {preview.contentType === 'application/pdf' ? (
                  <iframe
                    title={t('documents.previewOf', { name: preview.filename })}
                    src={documentUrl(caseId, preview.id, 'inline')}
                    className="width-full height-mobile"
                  />
                ) : (
                  <img src={documentUrl(caseId, preview.id, 'inline')} alt={preview.description || preview.filename} className="maxw-full" />
                )}
                <figcaption>
                  {preview.filename}{' '}
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => setPreview(null)}>
                    {t('documents.closePreview')}
                  </button>
                </figcaption>
              </figure>
            )}
            {list.abilities.upload && <UploadForm caseId={caseId} meetingId={meetingId} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

function DocumentTable({ caseId, items, onPreview }: { caseId: string; items: CaseDocument[]; onPreview: (d: CaseDocument) => void }) {
  const { t, tc, formatDate } = useI18n();
  if (items.length === 0) return <p>{t('documents.empty')}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption>{t('documents.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('documents.col.file')}</th>
          <th scope="col">{t('documents.col.type')}</th>
          <th scope="col">{t('documents.col.date')}</th>
          <th scope="col">{t('documents.col.description')}</th>
          <th scope="col">{t('documents.col.by')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id}>
            <th scope="row" data-label={t('documents.col.file')}>
              <a href={documentUrl(caseId, d.id, 'attachment')}>{d.filename}</a>
              <span className="display-block text-normal">{t('documents.size', { kb: Math.max(1, Math.round(d.sizeBytes / 1024)) })}</span>
              {d.previewable && (
                <button type="button" className="usa-button usa-button--unstyled" onClick={() => onPreview(d)}>
                  {t('documents.preview')}
                  <span className="usa-sr-only">: {d.filename}</span>
                </button>
              )}
            </th>
            <td data-label={t('documents.col.type')}>
              {tc('documentType', d.type)}
              {d.visibility === 'workers' && <span className="display-block">{t('documents.workersOnly')}</span>}
            </td>
            <td data-label={t('documents.col.date')}>{formatDate(d.date)}</td>
            <td data-label={t('documents.col.description')}>
              {d.description || '—'}
              {d.personName && <span className="display-block">{t('documents.about', { name: d.personName })}</span>}
            </td>
            <td data-label={t('documents.col.by')}>{d.createdByName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UploadForm({ caseId, meetingId }: { caseId: string; meetingId: string | undefined }) {
  const { t, tc, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInZone(timeZone);
  const documentId = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState<string | null>(null);
  const blank: DocumentValues = { file: null, type: '', date: today, description: '', personId: '', workersOnly: false };
  // Whom the document is about (a school record is Maya's): anyone in the family network.
  const people = useQuery(networkQuery(caseId)).data?.members ?? [];
  const form = useForm<DocumentValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);
  const save = useMutation({
    mutationFn: (v: DocumentValues) => {
      const file = v.file![0]!;
      return uploadDocument(
        caseId,
        {
          id: documentId.current,
          type: v.type as CaseDocument['type'],
          date: v.date,
          description: v.description,
          visibility: v.workersOnly ? 'workers' : 'case',
          ...(v.personId ? { personId: v.personId } : {}),
          ...(meetingId ? { meetingId } : {}),
          filename: file.name,
        },
        file,
      );
    },
    onSuccess: (document) => {
      void queryClient.invalidateQueries({ queryKey: documentsQuery(caseId).queryKey });
      documentId.current = crypto.randomUUID();
      form.reset(blank);
      setSaved(document.filename);
    },
    onError: server.capture,
  });
  const fileCheck = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return t('documents.field.file');
    if (!(documentContentTypes as readonly string[]).includes(file.type)) return t('problem.case.fileType');
    if (file.size === 0) return t('problem.case.fileEmpty');
    if (file.size > MAX_DOCUMENT_BYTES) return t('problem.case.fileTooLarge');
    return true;
  };
  const need = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  return (
    <form
      className="usa-form usa-form--large"
      noValidate
      aria-labelledby="document-upload-heading"
      onSubmit={form.handleSubmit((v) => {
        server.clear();
        setSaved(null);
        save.mutate(v);
      })}
    >
      <h3 id="document-upload-heading">{t('documents.uploadHeading')}</h3>
      {saved && <SuccessAlert role="status">{t('documents.uploaded', { name: saved })}</SuccessAlert>}
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <div className={`usa-form-group${errors.file ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor={fieldId(FORM, 'file')}>
          {t('documents.field.file')}{' '}
          <abbr title={t('documents.required')} className="usa-hint usa-hint--required">
            *
          </abbr>
        </label>
        <span className="usa-hint" id={`${fieldId(FORM, 'file')}-hint`}>
          {t('documents.field.fileHint')}
        </span>
        {errors.file && (
          <span className="usa-error-message" id={`${fieldId(FORM, 'file')}-error`}>
            {errorText(errors, 'file')}
          </span>
        )}
        <input
          id={fieldId(FORM, 'file')}
          type="file"
          className="usa-file-input"
          accept={documentContentTypes.join(',')}
          aria-describedby={`${fieldId(FORM, 'file')}-hint${errors.file ? ` ${fieldId(FORM, 'file')}-error` : ''}`}
          {...form.register('file', { validate: fileCheck })}
        />
      </div>
      <SelectField
        id={fieldId(FORM, 'type')}
        required
        label={t('documents.field.type')}
        placeholder={t('network.choose')}
        error={errorText(errors, 'type')}
        options={documentTypes.map((code) => ({ value: code, label: tc('documentType', code) }))}
        {...form.register('type', need(t('documents.field.type')))}
      />
      <TextField
        id={fieldId(FORM, 'date')}
        type="date"
        required
        max={today}
        label={t('documents.field.date')}
        error={errorText(errors, 'date')}
        {...form.register('date', need(t('documents.field.date')))}
      />
      <TextField
        id={fieldId(FORM, 'description')}
        label={t('documents.field.description')}
        error={errorText(errors, 'description')}
        {...form.register('description')}
      />
      <SelectField
        id={fieldId(FORM, 'personId')}
        label={t('documents.field.person')}
        placeholder={t('documents.field.personNone')}
        error={errorText(errors, 'personId')}
        options={people.map((m) => ({ value: m.personId, label: `${m.firstName} ${m.lastName}` }))}
        {...form.register('personId')}
      />
      <CheckboxField id={fieldId(FORM, 'workersOnly')} label={t('documents.field.workersOnly')} {...form.register('workersOnly')} />
      <BusyButton className="margin-top-2" busy={save.isPending} label={t('documents.upload')} busyLabel={t('documents.uploading')} />
    </form>
  );
}
