import { useI18n } from '../../../i18n/I18nProvider';
import { useWorkspaceInvestigation } from '../workspace/workspace-context';
import { AssessmentSection } from './AssessmentSection';
import { SafetyOutcome } from './SafetyOutcome';

/** INV-3, INV-8: the household's safety assessment, covering every child in the home. */
export function SafetySection() {
  const { t } = useI18n();
  const investigation = useWorkspaceInvestigation();
  return (
    <AssessmentSection
      kind="safety"
      heading={t('inv.nav.safety')}
      intro={t('inv.safety.intro')}
      renderOutcome={(data) => <SafetyOutcome investigationId={investigation.id} data={data} />}
    />
  );
}
