import './investigation.css';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { investigationQuery } from '../../api/queries';
import type { Investigation } from '../../api/types';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { WorkspaceProvider } from './workspace/workspace-context';
import { WorkspaceNav } from './workspace/WorkspaceNav';

/**
 * The investigator's workspace (INV-1..8): the investigation's number as the page heading, the
 * section navigation, and the chosen section (a child route) beside it.
 */
export function InvestigationPage({ investigationId, children }: { investigationId: string; children: ReactNode }) {
  const { t } = useI18n();
  const query = useQuery(investigationQuery(investigationId));
  return (
    <Page title={query.data ? t('investigation.title', { number: query.data.number }) : t('report.investigationHeading')}>
      <QueryState query={query}>
        {(investigation) => (
          <WorkspaceProvider investigation={investigation}>
            <RecordingNotice investigation={investigation} />
            <div className="grid-row grid-gap-lg">
              <div className="desktop:grid-col-3">
                <WorkspaceNav investigationId={investigation.id} />
              </div>
              <div className="desktop:grid-col-9 hearth-workspace-section">{children}</div>
            </div>
          </WorkspaceProvider>
        )}
      </QueryState>
    </Page>
  );
}

/** Says up front when the reader can look but not record, and why, instead of failing on save. */
function RecordingNotice({ investigation }: { investigation: Investigation }) {
  const { t } = useI18n();
  if (investigation.abilities.record !== false) return null;
  const closed = investigation.status !== 'open';
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t(closed ? 'inv.readOnly.closed' : 'inv.readOnly.notYours')}</p>
      </div>
    </div>
  );
}
