import { useQuery } from '@tanstack/react-query';
import { findingsQuery } from '../../../api/investigation-endpoints';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { FindingForm } from './FindingForm';

/**
 * INV-6: a finding for each allegation (victim, alleged perpetrator, maltreatment type), with the
 * reason for it. The family assessment track makes no findings, and says so.
 */
export function FindingsSection() {
  const investigation = useWorkspaceInvestigation();
  const { t } = useI18n();
  const query = useQuery(findingsQuery(investigation.id));
  const mayRecord = investigation.abilities.record !== false && investigation.status === 'open';
  return (
    <>
      <SectionHeading id="findings-heading">{t('inv.nav.findings')}</SectionHeading>
      <QueryState query={query}>
        {(data) =>
          data.track === 'family_assessment' ? (
            <div className="usa-alert usa-alert--info">
              <div className="usa-alert__body">
                <h3 className="usa-alert__heading">{t('inv.finding.familyTrackHeading')}</h3>
                <p className="usa-alert__text">{t('inv.finding.familyTrackBody')}</p>
              </div>
            </div>
          ) : (
            <>
              <p className="margin-top-0">{t('inv.finding.intro')}</p>
              {data.items.length === 0 ? (
                <p>{t('inv.finding.none')}</p>
              ) : (
                <ol className="hearth-record-list" aria-label={t('inv.finding.listLabel')}>
                  {data.items.map((item) => (
                    <li key={item.allegationId}>
                      <FindingForm investigationId={investigation.id} item={item} mayRecord={mayRecord} />
                    </li>
                  ))}
                </ol>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
