import type { SafetyPlanStatus } from '../../../api/safety-plans';
import { useI18n } from '../../../i18n/I18nProvider';
import { cx } from '../../../lib/cx';
import { planStatusKey } from './plan-words';

const tone: Record<SafetyPlanStatus, string> = {
  draft: 'bg-base-dark',
  pending_approval: 'bg-secondary-dark',
  active: 'bg-success-darker',
  ended: 'bg-base-darker',
};

/** A safety plan's status as a USWDS tag; the word carries the meaning, the colour only helps. */
export function PlanStatusTag({ status }: { status: SafetyPlanStatus }) {
  const { t } = useI18n();
  return <span className={cx('usa-tag', tone[status])}>{t(planStatusKey[status])}</span>;
}
