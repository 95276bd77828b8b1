import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type InstrumentListItem, instrumentsQuery } from '../../../api/instruments';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { RequireRole } from '../../../components/RequireRole';
import { localize } from '../../../components/instrument/instrument-model';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/en';
import { hasAnyRole, useMe } from '../../../session/session';
import { InstrumentImportForm } from './InstrumentImportForm';
import { instrumentRoles } from './instrument-roles';

/** PLAT-3: the agency's instrument definitions; administrators import new ones. */
export function InstrumentsPage() {
  return (
    <RequireRole roles={instrumentRoles.view}>
      <InstrumentCatalog />
    </RequireRole>
  );
}

function InstrumentCatalog() {
  const { t } = useI18n();
  const me = useMe();
  const query = useQuery(instrumentsQuery);
  return (
    <Page title={t('instruments.title')}>
      <p className="usa-intro">{t('instruments.intro')}</p>
      <QueryState query={query}>{({ items }) => (items.length === 0 ? <p>{t('instruments.empty')}</p> : <InstrumentTable items={items} />)}</QueryState>
      {hasAnyRole(me, instrumentRoles.import) && <InstrumentImportForm />}
    </Page>
  );
}

export const kindLabelKey = (kind: string) => `instruments.kind.${kind}` as MessageKey;

function InstrumentTable({ items }: { items: InstrumentListItem[] }) {
  const { t, language, formatDate, formatMoment } = useI18n();
  const columns = {
    title: t('instruments.col.title'),
    key: t('instruments.col.key'),
    version: t('instruments.col.version'),
    kind: t('instruments.col.kind'),
    origin: t('instruments.col.origin'),
    effectiveFrom: t('instruments.col.effectiveFrom'),
    source: t('instruments.col.source'),
  };
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption>{t('instruments.caption')}</caption>
      <thead>
        <tr>
          {Object.values(columns).map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.key}@${item.version}`}>
            <th scope="row" data-label={columns.title}>
              {/* Versions share a title, so the link's name says which version it opens. */}
              <Link
                to="/admin/instruments/$key/$version"
                params={{ key: item.key, version: String(item.version) }}
                aria-label={`${localize(item.title, language)}${t('instruments.versionSuffix', { version: item.version })}`}
              >
                {localize(item.title, language)}
              </Link>
            </th>
            <td data-label={columns.key}>
              <code>{item.key}</code>
            </td>
            <td data-label={columns.version}>{item.version}</td>
            <td data-label={columns.kind}>{t(kindLabelKey(item.kind))}</td>
            <td data-label={columns.origin}>
              {item.origin === 'hearth'
                ? t('instruments.origin.hearth')
                : item.importedAt && item.importedBy
                  ? t('instruments.origin.imported', { name: item.importedBy, date: formatMoment(item.importedAt) })
                  : t('instruments.origin.importedUnknown')}
            </td>
            <td data-label={columns.effectiveFrom}>{formatDate(item.effectiveFrom)}</td>
            <td data-label={columns.source}>{item.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
