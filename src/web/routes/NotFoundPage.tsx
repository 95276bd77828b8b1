import { Link } from '@tanstack/react-router';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/I18nProvider';

/** Any URL the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('common.notFoundHeading')}>
      <p>{t('common.notFoundBody')}</p>
      <Link to="/">{t('nav.myWork')}</Link>
    </Page>
  );
}
