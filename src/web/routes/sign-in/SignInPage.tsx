import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { setCsrfToken } from '../../api/client';
import { signIn } from '../../api/endpoints';
import { sessionQuery } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldId } from '../../components/fields/field-ids';
import { TextField } from '../../components/fields/TextField';
import { Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { collectProblems, errorText } from '../../lib/form-problems';

interface SignInValues {
  username: string;
  password: string;
}

const FORM = 'sign-in';

/** Sign-in; the server's own words explain a wrong password (401), a lock (423) or too many tries (429). */
export function SignInPage({ redirectTo, expired }: { redirectTo?: string; expired: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<SignInValues>({ defaultValues: { username: '', password: '' }, shouldFocusError: false });
  const { errors } = form.formState;

  const mutation = useMutation({
    mutationFn: (values: SignInValues) => signIn(values.username.trim(), values.password),
    onSuccess: async (session) => {
      queryClient.clear(); // nothing cached for a previous user may leak into this session
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      await (redirectTo ? navigate({ href: redirectTo }) : navigate({ to: '/' }));
    },
    onError: () => form.resetField('password'),
  });

  const onSubmit = form.handleSubmit((values) => {
    if (!mutation.isPending) mutation.mutate(values);
  });

  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <Page title={t('signIn.title')}>
          <p className="usa-intro">{t('signIn.intro')}</p>
          {expired && !mutation.error && (
            <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('signIn.sessionEnded')}</p>
              </div>
            </div>
          )}
          <ErrorSummary problems={collectProblems(errors, FORM, ['username', 'password'])} />
          <ProblemAlert error={mutation.error} heading={t('signIn.failedHeading')} />
          <form className="usa-form" noValidate onSubmit={onSubmit}>
            <TextField
              id={fieldId(FORM, 'username')}
              label={t('signIn.username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              error={errorText(errors, 'username')}
              {...form.register('username', { validate: (value) => value.trim() !== '' || t('signIn.usernameRequired') })}
            />
            <TextField
              id={fieldId(FORM, 'password')}
              label={t('signIn.password')}
              type="password"
              autoComplete="current-password"
              required
              error={errorText(errors, 'password')}
              {...form.register('password', { required: t('signIn.passwordRequired') })}
            />
            <BusyButton busy={mutation.isPending} label={t('signIn.submit')} busyLabel={t('signIn.submitting')} />
          </form>
        </Page>
      </div>
    </div>
  );
}
