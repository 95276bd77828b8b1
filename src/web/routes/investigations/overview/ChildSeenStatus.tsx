import type { ChildContactStatus } from '../../../api/investigation-types';
import { DueTime } from '../../../components/DueTime';
import { useI18n } from '../../../i18n/I18nProvider';

/**
 * INV-1: "First seen face to face at …" once a child was seen, else the child's response clock —
 * while the investigation is open; a closed one has no clock left to run.
 */
export function ChildSeenStatus({ status, open = true }: { status: ChildContactStatus | undefined; open?: boolean }) {
  const { t, formatMoment } = useI18n();
  if (status?.firstFaceToFaceAt) {
    return (
      <span>
        <span className="usa-tag bg-success-darker margin-right-1">{t('inv.child.seenTag')}</span>
        {t('inv.child.firstSeenAt', { moment: formatMoment(status.firstFaceToFaceAt) })}
      </span>
    );
  }
  if (!open) return <span>{t('inv.child.neverSeen')}</span>;
  return (
    <span>
      <span className="display-block">{t('inv.child.notYetSeen')}</span>
      <DueTime dueAt={status?.responseDueAt ?? null} />
    </span>
  );
}
