import closeIcon from '@uswds/uswds/img/usa-icons/close.svg';
import { Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { cx } from '../../lib/cx';
import { areaRoles, hasAnyRole, useMe } from '../../session/session';
import { useSignOut } from '../../session/use-sign-out';
import { instrumentRoles } from '../../routes/admin/instruments/instrument-roles';
import { LanguageToggle } from './LanguageToggle';
import { RecordNumberSearch } from './RecordNumberSearch';

/** USWDS extended header: the product name, role-based navigation, language and sign out. */
export function SiteHeader() {
  const { t } = useI18n();
  const me = useMe();
  const { signOut, busy } = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  // A chosen link closes the mobile menu; Escape closes it too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is *about* the path changing
  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const navLink = 'usa-nav-link';
  const active = { className: cx(navLink, 'usa-current') };

  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: USWDS's overlay behind the open menu; Escape and the menu's close button are its keyboard ways out */}
      <div className={cx('usa-overlay', menuOpen && 'is-visible')} onClick={() => setMenuOpen(false)} />
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to="/">{t('app.name')}</Link>
            </em>
            <span className="usa-hint hearth-tagline">{t('app.tagline')}</span>
          </div>
          {me ? (
            <button type="button" className="usa-menu-btn" aria-controls="primary-nav" aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
              {t('app.menu')}
            </button>
          ) : (
            <LanguageToggle className="hearth-header-language" />
          )}
        </div>
        {me && (
          <nav aria-label={t('app.primaryNav')} className={cx('usa-nav', menuOpen && 'is-visible')} id="primary-nav">
            <div className="usa-nav__inner">
              <button type="button" className="usa-nav__close" onClick={() => setMenuOpen(false)}>
                <img src={closeIcon} alt={t('app.closeMenu')} />
              </button>
              <ul className="usa-nav__primary usa-accordion">
                <li className="usa-nav__primary-item">
                  <Link to="/" className={navLink} activeProps={active} activeOptions={{ exact: true }}>
                    <span>{t('nav.myWork')}</span>
                  </Link>
                </li>
                <li className="usa-nav__primary-item">
                  <Link to="/persons/search" className={navLink} activeProps={active}>
                    <span>{t('nav.personSearch')}</span>
                  </Link>
                </li>
                {hasAnyRole(me, areaRoles.intake) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/intake/new" className={navLink} activeProps={active}>
                      <span>{t('nav.newReport')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.approvals) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/approvals" className={navLink} activeProps={active}>
                      <span>{t('nav.approvals')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.team) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/team" className={navLink} activeProps={active}>
                      <span>{t('nav.team')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.team) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/unit-report" className={navLink} activeProps={active}>
                      <span>{t('nav.unitReport')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.visitCompliance) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/visit-compliance" className={navLink} activeProps={active}>
                      <span>{t('nav.visitCompliance')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.profile) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/admin/profile" className={navLink} activeProps={active}>
                      <span>{t('nav.profile')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.audit) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/admin/audit" className={navLink} activeProps={active}>
                      <span>{t('nav.audit')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, areaRoles.merges) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/admin/merges" className={navLink} activeProps={active}>
                      <span>{t('nav.merges')}</span>
                    </Link>
                  </li>
                )}
                {hasAnyRole(me, instrumentRoles.import) && (
                  <li className="usa-nav__primary-item">
                    <Link to="/admin/instruments" className={navLink} activeProps={active}>
                      <span>{t('nav.instruments')}</span>
                    </Link>
                  </li>
                )}
              </ul>
              <div className="usa-nav__secondary">
                <RecordNumberSearch />
                <ul className="usa-nav__secondary-links">
                  <li className="usa-nav__secondary-item">{t('app.signedInAs', { name: me.displayName })}</li>
                  <li className="usa-nav__secondary-item">
                    <LanguageToggle />
                  </li>
                  <li className="usa-nav__secondary-item">
                    <button type="button" className="usa-button usa-button--unstyled" onClick={() => void signOut()} disabled={busy}>
                      {t('app.signOut')}
                    </button>
                  </li>
                </ul>
              </div>
            </div>
          </nav>
        )}
      </header>
    </>
  );
}
