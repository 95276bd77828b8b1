import { useState } from 'react';
import type { Assessment } from '../../../api/investigation-types';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { useWorkspaceInvestigation } from '../workspace/workspace-context';
import { AssessmentSection } from './AssessmentSection';
import { RiskOutcome } from './RiskOutcome';
import { overrideKinds } from './risk-override-model';
import { RiskOverrideForm } from './RiskOverrideForm';

/** INV-5: the risk assessment's scored level, and an override with its reason and the supervisor's approval. */
export function RiskSection() {
  const { t } = useI18n();
  return (
    <AssessmentSection
      kind="risk"
      heading={t('inv.nav.risk')}
      intro={t('inv.risk.intro')}
      renderOutcome={(data, reload) => <RiskLevel data={data} reload={reload} />}
    />
  );
}

function RiskLevel({ data, reload }: { data: Assessment; reload: () => void }) {
  const { t } = useI18n();
  const investigation = useWorkspaceInvestigation();
  const [requested, setRequested] = useState(false);
  const [open, setOpen] = useState(false);
  const override = data.riskLevel?.override ?? null;
  const mayRecord = investigation.abilities.record !== false && investigation.status === 'open';
  // A new override may be asked for when there is none, or the last one was returned.
  const mayOverride = mayRecord && overrideKinds(data.definition).length > 0 && (!override || override.status === 'returned');
  return (
    <>
      <div role="status">{requested && override?.status === 'pending' && <SuccessAlert>{t('inv.risk.override.requestedNotice')}</SuccessAlert>}</div>
      <RiskOutcome data={data} />
      {mayOverride &&
        (open ? (
          <RiskOverrideForm
            investigationId={investigation.id}
            data={data}
            onReload={reload}
            onRequested={() => {
              setOpen(false);
              setRequested(true);
            }}
          />
        ) : (
          <button type="button" className="usa-button usa-button--outline margin-bottom-3" onClick={() => setOpen(true)}>
            {t('inv.risk.override.open')}
          </button>
        ))}
    </>
  );
}
