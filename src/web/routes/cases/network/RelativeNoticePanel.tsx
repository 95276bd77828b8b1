import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { noticeMethods } from '../../../../domain/code-lists';
import { addNotice, type NetworkMember, networkQuery, type NewNotice, noticeLetterUrl, noticesQuery } from '../../../api/case-network';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup } from '../../../components/fields/ChoiceGroup';
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

const FORM = 'relative-notice';
const FIELDS = ['kind', 'sentOn', 'method', 'exceptionReason'];

interface NoticeValues {
  kind: 'notified' | 'exception';
  sentOn: string;
  method: string;
  language: 'en' | 'es';
  exceptionReason: string;
}

/** ENG-2: the notice letter for one relative, and the record that it was given (or why not). */
export function RelativeNoticePanel({ caseId, member, onClose }: { caseId: string; member: NetworkMember; onClose: () => void }) {
  const { t, tc, formatDate } = useI18n();
  const query = useQuery(noticesQuery(caseId, member.participantId));
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <section aria-labelledby="notice-heading" className="border-1px border-base-lighter padding-2 margin-top-3 radius-md">
      <h3 id="notice-heading">{t('notice.heading', { name })}</h3>
      <p>{t('notice.intro')}</p>
      <ul className="usa-list">
        <li>
          <a href={noticeLetterUrl(caseId, member.participantId, 'en')}>{t('notice.letterEn')}</a>
        </li>
        <li>
          <a href={noticeLetterUrl(caseId, member.participantId, 'es')} hrefLang="es">
            {t('notice.letterEs')}
          </a>
        </li>
      </ul>
      <QueryState query={query}>
        {(list) => (
          <>
            {list.items.length === 0 ? (
              <p>{t('notice.empty')}</p>
            ) : (
              <ul className="usa-list">
                {list.items.map((n) => (
                  <li key={n.id}>
                    {n.kind === 'notified'
                      ? t('notice.given', { date: formatDate(n.sentOn), method: tc('noticeMethod', n.method), by: n.createdByName })
                      : t('notice.excepted', { date: formatDate(n.sentOn), reason: n.exceptionReason ?? '', by: n.createdByName })}
                  </li>
                ))}
              </ul>
            )}
            {list.allRelativesNotified && <SuccessAlert>{t('notice.allDone')}</SuccessAlert>}
            {list.abilities.record && <NoticeForm caseId={caseId} member={member} />}
          </>
        )}
      </QueryState>
      <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={onClose}>
        {t('search.close')}
      </button>
    </section>
  );
}

function NoticeForm({ caseId, member }: { caseId: string; member: NetworkMember }) {
  const { t, tc, timeZone, language } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInZone(timeZone);
  const noticeId = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState(false);
  const blank: NoticeValues = { kind: 'notified', sentOn: today, method: '', language, exceptionReason: '' };
  const form = useForm<NoticeValues>({ shouldFocusError: false, defaultValues: blank });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const server = useServerProblems(FIELDS, form.setError);
  const save = useMutation({
    mutationFn: (v: NoticeValues) =>
      addNotice(caseId, member.participantId, {
        id: noticeId.current,
        kind: v.kind,
        sentOn: v.sentOn,
        language: v.language,
        ...(v.kind === 'notified' ? { method: v.method as NewNotice['method'] } : { exceptionReason: v.exceptionReason }),
      }),
    onSuccess: (list) => {
      queryClient.setQueryData(noticesQuery(caseId, member.participantId).queryKey, list);
      void queryClient.invalidateQueries({ queryKey: networkQuery(caseId).queryKey });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      noticeId.current = crypto.randomUUID();
      form.reset(blank);
      setSaved(true);
    },
    onError: server.capture,
  });
  const need = (label: string) => ({ validate: (value: string) => value.trim() !== '' || label });
  return (
    <form
      className="usa-form usa-form--large"
      noValidate
      aria-label={t('notice.record')}
      onSubmit={form.handleSubmit((v) => {
        server.clear();
        setSaved(false);
        save.mutate(v);
      })}
    >
      {saved && <SuccessAlert role="status">{t('notice.saved')}</SuccessAlert>}
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} />
      <ChoiceGroup
        id={fieldId(FORM, 'kind')}
        type="radio"
        legend={t('notice.kind')}
        options={[
          { value: 'notified', label: t('notice.kind.notified') },
          { value: 'exception', label: t('notice.kind.exception') },
        ]}
        {...form.register('kind')}
      />
      <TextField
        id={fieldId(FORM, 'sentOn')}
        type="date"
        required
        max={today}
        label={t('notice.sentOn')}
        error={errorText(errors, 'sentOn')}
        {...form.register('sentOn', need(t('notice.sentOn')))}
      />
      {kind === 'notified' ? (
        <>
          <SelectField
            id={fieldId(FORM, 'method')}
            required
            label={t('notice.method')}
            placeholder={t('network.choose')}
            error={errorText(errors, 'method')}
            options={noticeMethods.map((m) => ({ value: m, label: tc('noticeMethod', m) }))}
            {...form.register('method', need(t('notice.method')))}
          />
          <SelectField
            id={fieldId(FORM, 'language')}
            label={t('notice.language')}
            options={[
              { value: 'en', label: 'English' },
              { value: 'es', label: 'Español' },
            ]}
            {...form.register('language')}
          />
        </>
      ) : (
        <TextareaField
          id={fieldId(FORM, 'exceptionReason')}
          required
          label={t('notice.exceptionReason')}
          error={errorText(errors, 'exceptionReason')}
          {...form.register('exceptionReason', need(t('notice.exceptionReason')))}
        />
      )}
      <BusyButton className="margin-top-2" busy={save.isPending} label={t('notice.save')} busyLabel={t('search.saving')} />
    </form>
  );
}
