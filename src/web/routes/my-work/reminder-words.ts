import type { StaffNotification, Task } from '../../api/types';
import type { MessageKey } from '../../i18n/en';
import { humaniseCode, type Translator } from '../../i18n/translate';

type Words = Pick<Translator, 't' | 'tc'> & { formatMoment: (iso: string) => string };

export interface ReminderView {
  text: string;
  /** Where "Open" goes: the record, or the approval queue for a request waiting for a decision. */
  target: { kind: 'subject'; subjectType: string; subjectId: string } | { kind: 'approvals' } | null;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * One notification in the reader's language. The server names the task in the reader's language;
 * older notifications without that fall back to the open task's title, then the rule key.
 */
export function describeReminder(item: StaffNotification, openTasks: ReadonlyMap<string, Pick<Task, 'title'>>, words: Words): ReminderView {
  const { t, tc } = words;
  const payload = item.payload ?? {};
  const subjectType = text(payload.subjectType);
  const subjectId = text(payload.subjectId);
  const subject = subjectType && subjectId ? ({ kind: 'subject', subjectType, subjectId } as const) : null;

  if (item.kind === 'task.reminder' || item.kind === 'task.escalated' || item.kind === 'task.urgent') {
    const taskId = text(payload.taskId);
    const task = text(item.title) || (taskId && openTasks.get(taskId)?.title) || humaniseCode(text(payload.ruleKey) ?? 'task');
    const number = text(payload.subjectNumber);
    const record = number
      ? `${subjectType ? tc('subjectType', subjectType) : ''} ${number}`.trim()
      : subjectType
        ? tc('subjectType', subjectType)
        : t('common.noValue');
    const dueAt = text(payload.dueAt);
    const reminder = item.kind === 'task.reminder';
    const key: MessageKey =
      item.kind === 'task.urgent'
        ? 'reminders.taskUrgent'
        : reminder
          ? dueAt
            ? 'reminders.taskReminder'
            : 'reminders.taskReminderNoDue'
          : dueAt
            ? 'reminders.taskEscalated'
            : 'reminders.taskEscalatedNoDue';
    return { text: t(key, { task, record, moment: dueAt ? words.formatMoment(dueAt) : '' }), target: subject };
  }

  const kind = tc('approvalKind', text(payload.kind) ?? 'approval');
  if (item.kind === 'approval.requested') return { text: t('reminders.approvalRequested', { kind }), target: { kind: 'approvals' } };
  const status = text(payload.status);
  const statusWord =
    status === 'approved' || status === 'returned' || status === 'withdrawn' || status === 'pending' ? t(`approvals.status.${status}`) : (status ?? '');
  return { text: t('reminders.approvalDecided', { kind, status: statusWord }), target: subject };
}
