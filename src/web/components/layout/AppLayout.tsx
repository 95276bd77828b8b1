import { Outlet } from '@tanstack/react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { SiteHeader } from './SiteHeader';

/** Every page: skip link, header, and one `main` landmark the skip link lands on. */
export function AppLayout() {
  const { t } = useI18n();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the USWDS skip link is a real link to #main-content; the handler only moves focus there too */}
      <a className="usa-skipnav" href="#main-content" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="grid-container padding-bottom-8">
        <Outlet />
      </main>
    </>
  );
}

// Focus the landmark itself rather than changing the URL hash, which the router would treat as navigation.
function skipToMain(event: React.MouseEvent) {
  const main = document.getElementById('main-content');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}
