import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { assessmentQuery, decisionQuery } from '../../../api/investigation-endpoints';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { levelLabel } from '../assessments/assessment-children';
import { clearInvestigationDraft } from '../workspace/investigation-drafts';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { isDecisionEditable } from './decision-model';
import { DecisionForm } from './DecisionForm';
import { DecisionStatusPanel } from './DecisionStatusPanel';
import { ExtensionForm } from './ExtensionForm';
import { GuidePanel } from './GuidePanel';
import { ReadinessChecklist } from './ReadinessChecklist';

/**
 * INV-7 (and INV-6's extension): the guide's recommendation, what is still to do, the decision
 * form and where the decision stands with the supervisor; then a request for more time.
 */
export function DecisionSection() {
  const investigation = useWorkspaceInvestigation();
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(decisionQuery(investigation.id));
  // The risk instrument's own words for its levels (shared with the risk section's cache).
  const risk = useQuery(assessmentQuery(investigation.id, 'risk'));
  const [formKey, setFormKey] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const mayRecord = investigation.abilities.record !== false && investigation.status === 'open';

  const reload = async () => {
    clearInvestigationDraft(investigation.id, 'decision');
    await queryClient.refetchQueries({ queryKey: decisionQuery(investigation.id).queryKey, exact: true });
    setFormKey((n) => n + 1);
  };
  const riskLabel = (level: string) => (risk.data ? levelLabel(risk.data.definition, level, language) : level);

  return (
    <>
      <SectionHeading id="decision-heading">{t('inv.nav.decision')}</SectionHeading>
      <p className="margin-top-0">{t('inv.decision.intro')}</p>
      <QueryState query={query}>
        {(view) => (
          <>
            <div ref={statusRef} tabIndex={-1} role="status">
              {submitted && view.decision.status === 'pending' && <SuccessAlert>{t('inv.decision.submittedNotice')}</SuccessAlert>}
            </div>
            <DecisionStatusPanel view={view} investigation={investigation} />
            <GuidePanel guide={view.guide} riskLevelLabel={riskLabel} />
            {isDecisionEditable(view.decision.status) && <ReadinessChecklist investigationId={investigation.id} readiness={view.readiness} />}
            {mayRecord && isDecisionEditable(view.decision.status) && (
              <DecisionForm
                key={formKey}
                investigationId={investigation.id}
                view={view}
                onReload={() => void reload()}
                onSubmitted={() => {
                  setSubmitted(true);
                  requestAnimationFrame(() => statusRef.current?.focus());
                }}
              />
            )}
          </>
        )}
      </QueryState>
      {mayRecord && <ExtensionForm investigation={investigation} />}
    </>
  );
}
