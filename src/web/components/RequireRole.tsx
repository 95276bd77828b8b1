import type { ReactNode } from 'react';
import type { Role } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { hasAnyRole, useMe } from '../session/session';
import { Page } from './Page';

/** Shows a page only to the roles it is for; others get a plain explanation instead. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (hasAnyRole(me, roles)) return <>{children}</>;
  return (
    <Page title={t('common.noAccessHeading')}>
      <p>{t('common.noAccessBody')}</p>
    </Page>
  );
}
