import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { type ImportedInstrument, importInstrument, instrumentsQuery } from '../../../api/instruments';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextareaField } from '../../../components/fields/TextareaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { localize } from '../../../components/instrument/instrument-model';
import { importFailure, readDefinitionText } from './import-definition';

const FILE = 'instrument-import-file';
const JSON_FIELD = 'instrument-import-json';

/**
 * PLAT-3, administrators: load a definition from a file or pasted JSON. The server checks every
 * field; its errors are listed by path ("sections[0].items[0].options[0].points.not_an_index"),
 * and an existing key and version is refused, since a change must be a new version.
 */
export function InstrumentImportForm() {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [sent, setSent] = useState<Record<string, unknown> | null>(null);
  const [imported, setImported] = useState<ImportedInstrument | null>(null);
  const inFlight = useRef(false);

  const save = useMutation({
    mutationFn: importInstrument,
    onSuccess: (result) => {
      setImported(result);
      setText('');
      void queryClient.invalidateQueries({ queryKey: instrumentsQuery.queryKey });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setText(await file.text());
      setLocalError(undefined);
    } catch {
      setLocalError(t('instruments.import.fileUnreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    setImported(null);
    save.reset();
    const read = readDefinitionText(text);
    if (!read.ok) {
      setLocalError(
        read.reason === 'empty'
          ? t('instruments.import.empty')
          : read.reason === 'not_json'
            ? t('instruments.import.notJson', { message: read.message })
            : t('instruments.import.notObject'),
      );
      return;
    }
    setLocalError(undefined);
    setSent(read.definition);
    inFlight.current = true;
    save.mutate(read.definition);
  };

  const failure = save.error ? importFailure(save.error, sent) : null;
  return (
    <section aria-labelledby="instrument-import-heading" className="margin-top-6">
      <h2 id="instrument-import-heading">{t('instruments.import.heading')}</h2>
      <p>{t('instruments.import.intro')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary problems={localError ? [{ message: localError, fieldId: JSON_FIELD }] : []} />
        {failure?.kind === 'invalid' && (
          <div className="usa-alert usa-alert--error margin-bottom-3" role="alert">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">{t('instruments.import.invalidHeading')}</h3>
              <p className="usa-alert__text">{t('instruments.import.invalidIntro')}</p>
              <ul className="usa-list">
                {failure.errors.map((problem, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders; the index only tells apart equal entries
                  <li key={`${problem.path}-${index}`}>
                    <code>{problem.path || t('instruments.import.topLevel')}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {failure?.kind === 'exists' && (
          <div className="usa-alert usa-alert--error margin-bottom-3" role="alert">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">{t('instruments.import.existsHeading')}</h3>
              <p className="usa-alert__text">
                {failure.key && failure.version !== null
                  ? t('instruments.import.exists', { key: failure.key, version: failure.version })
                  : t('instruments.import.existsUnknown')}
              </p>
            </div>
          </div>
        )}
        {failure?.kind === 'other' && <ProblemAlert error={failure.error} />}
        {imported && (
          <div className="usa-alert usa-alert--success margin-bottom-3" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t('instruments.import.success', { title: localize(imported.title, language), version: imported.version })}{' '}
                <Link to="/admin/instruments/$key/$version" params={{ key: imported.key, version: String(imported.version) }}>
                  {t('instruments.import.view')}
                </Link>
              </p>
            </div>
          </div>
        )}
        <div className="usa-form-group">
          <label className="usa-label" htmlFor={FILE}>
            {t('instruments.import.file')}
          </label>
          <div className="usa-hint" id={`${FILE}-hint`}>
            {t('instruments.import.fileHint')}
          </div>
          <input id={FILE} type="file" accept="application/json,.json" aria-describedby={`${FILE}-hint`} onChange={(event) => void chooseFile(event)} />
        </div>
        <TextareaField
          id={JSON_FIELD}
          label={t('instruments.import.json')}
          hint={t('instruments.import.jsonHint')}
          error={localError}
          tall
          spellCheck={false}
          className="font-mono-xs"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <BusyButton busy={save.isPending} label={t('instruments.import.submit')} busyLabel={t('instruments.import.submitting')} />
      </form>
    </section>
  );
}
