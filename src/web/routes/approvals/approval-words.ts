import type { ApprovalHistoryEntry, ApprovalItem, Decision, ScreeningSummary } from '../../api/types';
import type { MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translate';

/** The screening summary of a `screening_decision` request, or null when it is another kind or incomplete. */
export function screeningSummaryOf(item: Pick<ApprovalItem, 'kind' | 'summary'>): ScreeningSummary | null {
  if (item.kind !== 'screening_decision') return null;
  const summary = item.summary ?? {};
  if (typeof summary.reportId !== 'string' || typeof summary.number !== 'string') return null;
  return {
    reportId: summary.reportId,
    number: summary.number,
    decision: typeof summary.decision === 'string' ? (summary.decision as Decision) : null,
    responsePriority: typeof summary.responsePriority === 'string' ? summary.responsePriority : null,
    submittedAt: typeof summary.submittedAt === 'string' ? summary.submittedAt : null,
    childNames: Array.isArray(summary.childNames) ? summary.childNames.filter((name): name is string => typeof name === 'string') : [],
    reportVersion: typeof summary.reportVersion === 'number' ? summary.reportVersion : 0,
    responseDueAt: typeof summary.responseDueAt === 'string' ? summary.responseDueAt : null,
    openInvestigations: Array.isArray(summary.openInvestigations)
      ? summary.openInvestigations.filter(
          (i): i is ScreeningSummary['openInvestigations'][number] =>
            typeof i === 'object' && i !== null && typeof (i as { number?: unknown }).number === 'string',
        )
      : [],
  };
}

/** True when the request went to a delegate because the supervisor was away (SUP-3). */
export const wasDelegated = (history: ApprovalHistoryEntry[]) => history.some((entry) => entry.action === 'delegated');

/**
 * One line of an approval's history in the reader's language. The delegation comment is the
 * server's own English sentence, so it is replaced by ours; people's comments are kept as written.
 */
export function historyLine(entry: ApprovalHistoryEntry, words: Pick<Translator, 't'>): string {
  const { t } = words;
  const by = entry.by ?? t('approvals.someone');
  const to = entry.to ?? t('approvals.someone');
  const keys: Record<ApprovalHistoryEntry['action'], MessageKey> = {
    requested: entry.to ? 'approvals.history.requestedTo' : 'approvals.history.requested',
    routed: 'approvals.history.routed',
    delegated: 'approvals.history.delegated',
    approved: 'approvals.history.approved',
    returned: 'approvals.history.returned',
    withdrawn: 'approvals.history.withdrawn',
  };
  const key = keys[entry.action];
  return key ? t(key, { by, to }) : `${entry.action}: ${by}`;
}

/** The person's own comment on a history entry; system wording (delegation) is left out. */
export const historyComment = (entry: ApprovalHistoryEntry) => (entry.action === 'delegated' ? null : entry.comment);
