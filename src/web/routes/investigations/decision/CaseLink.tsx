import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../i18n/I18nProvider';

/** "Case C-… opened", linked to the case the approved decision opened (INV-7). */
export function CaseLink({ caseId, number }: { caseId: string | null; number: string }) {
  const { t } = useI18n();
  const text = t('inv.decision.caseOpened', { number });
  if (!caseId) return <strong>{text}</strong>;
  return (
    <Link to="/cases/$caseId" params={{ caseId }} className="text-bold">
      {text}
    </Link>
  );
}
