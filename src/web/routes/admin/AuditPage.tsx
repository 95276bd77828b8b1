import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { auditQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { useI18n } from '../../i18n/I18nProvider';
import { areaRoles } from '../../session/session';
import type { AuditFilters } from '../search-params';
import { AuditSearchForm } from './AuditSearchForm';
import { AuditTable } from './AuditTable';

/** Administrators' audit search; filters live in the URL so a search can be shared and revisited. */
export function AuditPage({ filters }: { filters: AuditFilters }) {
  return (
    <RequireRole roles={areaRoles.audit}>
      <AuditSearch filters={filters} />
    </RequireRole>
  );
}

function AuditSearch({ filters }: { filters: AuditFilters }) {
  const { t, tp } = useI18n();
  const navigate = useNavigate();
  const query = useQuery(auditQuery(filters));
  return (
    <Page title={t('audit.title')}>
      <p className="usa-intro">{t('audit.intro')}</p>
      <AuditSearchForm initial={filters} busy={query.isFetching} onSearch={(next) => void navigate({ to: '/admin/audit', search: next })} />
      <div className="margin-top-4">
        <QueryState query={query}>
          {({ events }) => (
            <>
              <p role="status">{events.length === 0 ? t('audit.empty') : tp('audit.resultCount', events.length)}</p>
              {events.length > 0 && <AuditTable events={events} />}
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
