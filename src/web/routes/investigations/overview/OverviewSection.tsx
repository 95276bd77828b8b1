import { Link } from '@tanstack/react-router';
import { useResponsePriorityLabel } from '../../../api/response-priority';
import type { Investigation } from '../../../api/types';
import { DueTime } from '../../../components/DueTime';
import { useI18n } from '../../../i18n/I18nProvider';
import { InvestigationClocks } from '../InvestigationClocks';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { ChildrenResponseTable } from './ChildrenResponseTable';
import { DecisionStatusLine } from './DecisionStatusLine';
import { AddFoundPersonSection } from '../household/AddFoundPersonSection';
import { HouseholdTable } from './HouseholdTable';
import { SharingInvestigations } from './SharingInvestigations';
import { AllegationsTable, PriorHistoryTable } from './HistoryTables';

/** What an investigator needs first: the clocks, the children, the household, the allegations, the history and the report. */
export function OverviewSection() {
  const investigation = useWorkspaceInvestigation();
  const { t } = useI18n();
  return (
    <>
      <SectionHeading id="investigation-summary-heading">{t('inv.nav.overview')}</SectionHeading>
      <Summary investigation={investigation} />
      <SharingInvestigations items={investigation.openInvestigationsSharing ?? []} />
      <ChildrenResponseTable investigation={investigation} />
      <InvestigationClocks investigationId={investigation.id} />
      <HouseholdTable household={investigation.household ?? []} />
      <AddFoundPersonSection investigation={investigation} />
      <AllegationsTable allegations={investigation.allegations} />
      <PriorHistoryTable history={investigation.priorHistory ?? []} />
      <ReportSummary investigation={investigation} />
    </>
  );
}

function Summary({ investigation }: { investigation: Investigation }) {
  const { t, tc, formatMoment } = useI18n();
  // A closed investigation has no clock left to run: its times are shown, not counted down.
  const open = investigation.status === 'open';
  const priorityLabel = useResponsePriorityLabel();
  return (
    <dl className="hearth-summary">
      <dt>{t('field.responseDue')}</dt>
      <dd>{open ? <DueTime dueAt={investigation.responseDueAt} /> : formatMoment(investigation.responseDueAt)}</dd>
      <dt>{t('inv.completionDue')}</dt>
      <dd>{open ? <DueTime dueAt={investigation.completionDueAt ?? null} /> : tc('investigationStatus', investigation.status)}</dd>
      <dt>{t('field.responsePriority')}</dt>
      <dd>{priorityLabel(investigation.responsePriority)}</dd>
      <dt>{t('field.track')}</dt>
      <dd>{tc('track', investigation.track)}</dd>
      <dt>{t('field.status')}</dt>
      <dd>{tc('investigationStatus', investigation.status)}</dd>
      <dt>{t('field.unit')}</dt>
      <dd>{investigation.orgUnitName}</dd>
      <dt>{t('field.investigator')}</dt>
      <dd>{investigation.investigatorName ?? t('investigation.unassigned')}</dd>
      {investigation.decision?.decision && (
        <>
          <dt>{t('inv.decision.heading')}</dt>
          <dd>
            <DecisionStatusLine decision={investigation.decision} />
          </dd>
        </>
      )}
    </dl>
  );
}

function ReportSummary({ investigation }: { investigation: Investigation }) {
  const { t, formatMoment } = useI18n();
  return (
    <section aria-labelledby="investigation-report-heading">
      <h3 id="investigation-report-heading">{t('investigation.reportHeading')}</h3>
      <dl className="hearth-summary">
        <dt>{t('field.reportNumber')}</dt>
        <dd>
          <Link to="/reports/$reportId" params={{ reportId: investigation.report.id }}>
            {investigation.report.number}
          </Link>
        </dd>
        <dt>{t('field.receivedAt')}</dt>
        <dd>{formatMoment(investigation.report.receivedAt)}</dd>
      </dl>
      <h4>{t('report.narrativeHeading')}</h4>
      <p className="hearth-narrative">{investigation.report.narrative.trim() || t('report.noNarrative')}</p>
    </section>
  );
}
