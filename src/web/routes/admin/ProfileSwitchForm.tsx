import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { chooseProfile } from '../../api/endpoints';
import { referenceQuery } from '../../api/queries';
import type { AgencyProfile, ProfileCode } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields/SelectField';
import { TextareaField } from '../../components/fields/TextareaField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';

const PROFILE = 'profile-switch-code';
const NOTE = 'profile-switch-note';

/**
 * PLAT-3: an administrator switches the agency's practice profile. It changes every new deadline
 * in the agency, so the choice is confirmed in a second step before it is sent.
 */
export function ProfileSwitchForm({ profile }: { profile: AgencyProfile }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState<ProfileCode | ''>('');
  const [note, setNote] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [switchedTo, setSwitchedTo] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const switchButton = useRef<HTMLButtonElement>(null);
  const others = profile.available.filter((entry) => entry.code !== profile.active.code);
  const chosenName = profile.available.find((entry) => entry.code === code)?.name ?? '';

  const save = useMutation({
    mutationFn: () => chooseProfile(code as ProfileCode, note.trim() || undefined),
    onSuccess: async () => {
      setSwitchedTo(chosenName);
      setConfirming(false);
      setCode('');
      setNote('');
      // Response priorities, deadlines and task wording all follow the profile.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['profile'] }),
        queryClient.invalidateQueries({ queryKey: referenceQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      ]);
    },
  });

  // Focus follows the step: into the confirmation when it opens, back to the button when it closes.
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (opened.current) switchButton.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setSwitchedTo(null);
    const missing = code === '' ? t('profile.switchRequired') : undefined;
    setCodeError(missing);
    if (!missing) setConfirming(true);
  };
  const keep = () => setConfirming(false);

  return (
    <section aria-labelledby="profile-switch-heading" className="margin-top-4 border-top-1px border-base-lighter padding-top-2">
      <h2 id="profile-switch-heading">{t('profile.switchHeading')}</h2>
      <p>{t('profile.switchIntro')}</p>
      <div role="status">
        {switchedTo && (
          <div className="usa-alert usa-alert--success usa-alert--slim margin-bottom-3">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('profile.switched', { name: switchedTo })}</p>
            </div>
          </div>
        )}
      </div>
      <form className="usa-form usa-form--large" noValidate onSubmit={ask} aria-labelledby="profile-switch-heading">
        <ErrorSummary problems={codeError ? [{ message: codeError, fieldId: PROFILE }] : []} />
        <ProblemAlert error={save.error} />
        <SelectField
          id={PROFILE}
          required
          label={t('profile.switchTo')}
          placeholder={t('common.select')}
          value={code}
          error={codeError}
          disabled={confirming}
          onChange={(event) => setCode(event.target.value as ProfileCode | '')}
          options={others.map((entry) => ({ value: entry.code, label: entry.name }))}
        />
        <TextareaField
          id={NOTE}
          label={t('profile.switchNote')}
          hint={t('profile.switchNoteHint')}
          maxLength={500}
          value={note}
          disabled={confirming}
          onChange={(event) => setNote(event.target.value)}
        />
        {!confirming && (
          <button ref={switchButton} type="submit" className="usa-button margin-top-3">
            {t('profile.switch')}
          </button>
        )}
      </form>
      {confirming && (
        <div className="usa-alert usa-alert--warning margin-top-3">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading" ref={confirmHeading} tabIndex={-1}>
              {t('profile.confirmHeading', { name: chosenName })}
            </h3>
            <p className="usa-alert__text">{t('profile.confirmBody', { name: chosenName })}</p>
            <div className="hearth-actions">
              <BusyButton
                type="button"
                busy={save.isPending}
                label={t('profile.confirm', { name: chosenName })}
                busyLabel={t('common.saving')}
                onClick={() => save.mutate()}
              />
              <button type="button" className="usa-button usa-button--outline" disabled={save.isPending} onClick={keep}>
                {t('profile.keep')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
