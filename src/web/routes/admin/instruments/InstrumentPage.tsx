import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { instrumentExportUrl, instrumentQuery } from '../../../api/instruments';
import { Page } from '../../../components/Page';
import { QueryState } from '../../../components/QueryState';
import { RequireRole } from '../../../components/RequireRole';
import { localize } from '../../../components/instrument/instrument-model';
import { useI18n } from '../../../i18n/I18nProvider';
import { instrumentRoles } from './instrument-roles';
import { kindLabelKey } from './InstrumentsPage';

// The form and its scoring engine load only when someone opens an instrument.
const InstrumentPreview = lazy(() => import('./InstrumentPreview').then((module) => ({ default: module.InstrumentPreview })));

/** PLAT-3: one instrument definition, its JSON export, and a "try it" preview that saves nothing. */
export function InstrumentPage({ instrumentKey, version }: { instrumentKey: string; version: number }) {
  return (
    <RequireRole roles={instrumentRoles.view}>
      <InstrumentView instrumentKey={instrumentKey} version={version} />
    </RequireRole>
  );
}

function InstrumentView({ instrumentKey, version }: { instrumentKey: string; version: number }) {
  const { t, language } = useI18n();
  const query = useQuery(instrumentQuery(instrumentKey, version));
  const definition = query.data?.definition;
  return (
    <Page title={definition ? localize(definition.title, language) : t('instruments.title')}>
      <p>
        <Link to="/admin/instruments">{t('instruments.back')}</Link>
      </p>
      <QueryState query={query}>{({ definition: loaded }) => <InstrumentDetails definition={loaded} />}</QueryState>
    </Page>
  );
}

function InstrumentDetails({ definition }: { definition: InstrumentDefinition }) {
  const { t, language, formatDate } = useI18n();
  return (
    <>
      <p className="usa-intro">{localize(definition.description, language)}</p>
      <section aria-labelledby="instrument-details-heading">
        <h2 id="instrument-details-heading">{t('instruments.details')}</h2>
        <dl className="hearth-summary">
          <dt>{t('instruments.col.key')}</dt>
          <dd>
            <code>{definition.key}</code>
          </dd>
          <dt>{t('instruments.col.version')}</dt>
          <dd>{definition.version}</dd>
          <dt>{t('instruments.col.kind')}</dt>
          <dd>{t(kindLabelKey(definition.kind))}</dd>
          <dt>{t('instruments.col.effectiveFrom')}</dt>
          <dd>{formatDate(definition.effectiveFrom)}</dd>
          <dt>{t('instruments.col.source')}</dt>
          <dd>{definition.source}</dd>
        </dl>
        <p className="margin-bottom-1">
          {/* A plain link: the server sends the file as an attachment with its own file name. */}
          <a
            className="usa-button usa-button--outline"
            href={instrumentExportUrl(definition.key, definition.version)}
            download
            aria-describedby="instrument-export-hint"
          >
            {t('instruments.export')}
          </a>
        </p>
        <p className="usa-hint" id="instrument-export-hint">
          {t('instruments.exportHint')}
        </p>
      </section>
      <Suspense
        fallback={
          <p role="status" className="usa-hint">
            {t('app.loading')}
          </p>
        }
      >
        <InstrumentPreview definition={definition} />
      </Suspense>
    </>
  );
}
