import type { ReportStatus } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { cx } from '../lib/cx';

const tone: Record<ReportStatus, string> = {
  draft: 'bg-base-dark',
  returned: 'bg-secondary-dark',
  submitted: 'bg-primary',
  approved: 'bg-success-darker',
};

/** Report status as a USWDS tag; the word carries the meaning, the colour only helps. */
export function StatusTag({ status }: { status: ReportStatus }) {
  const { tc } = useI18n();
  return <span className={cx('usa-tag', tone[status])}>{tc('reportStatus', status)}</span>;
}
