import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { approveApproval, returnApproval } from '../../api/endpoints';
import { approvalsQuery, myTasksQuery, notificationsQuery } from '../../api/queries';
import type { ApprovalItem } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextareaField } from '../../components/fields/TextareaField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';

type Choice = { decision: 'approve' | 'return'; comment: string };

/**
 * Approve, or return with a comment, any request that is not a screening decision (SUP-3). The
 * version read with the queue goes with the decision; if someone decided first the server answers
 * 409 and the supervisor reloads the queue to see what happened.
 */
export function ApprovalDecisionForm({ item, name, onDecided }: { item: ApprovalItem; name: string; onDecided: (notice: string) => void }) {
  const { t, tc } = useI18n();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const inFlight = useRef(false);
  const commentId = `approval-${item.id}-comment`;

  const decide = useMutation({
    mutationFn: ({ decision, comment: text }: Choice) =>
      decision === 'approve'
        ? approveApproval(item.id, item.version, { comment: text.trim() || undefined })
        : returnApproval(item.id, item.version, text.trim()),
    onSuccess: (_answer, { decision }) => {
      const kind = tc('approvalKind', item.kind);
      onDecided(t(decision === 'approve' ? 'approvals.approvedNotice' : 'approvals.returnedNotice', { kind }));
      void queryClient.invalidateQueries({ queryKey: approvalsQuery.queryKey });
      void queryClient.invalidateQueries({ queryKey: myTasksQuery.queryKey });
      void queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const run = (choice: Choice) => {
    if (inFlight.current) return;
    inFlight.current = true;
    decide.mutate(choice);
  };
  const approve = (event: FormEvent) => {
    event.preventDefault();
    setCommentError(undefined);
    run({ decision: 'approve', comment });
  };
  const sendBack = () => {
    const missing = comment.trim() === '' ? t('approvals.returnCommentRequired') : undefined;
    setCommentError(missing);
    if (!missing) run({ decision: 'return', comment });
  };
  const conflict = isApiError(decide.error) && decide.error.code === 'conflict';

  return (
    <form noValidate onSubmit={approve} className="margin-top-1">
      <ErrorSummary problems={commentError ? [{ message: commentError, fieldId: commentId }] : []} />
      <ProblemAlert error={decide.error} />
      {conflict && (
        <button
          type="button"
          className="usa-button usa-button--outline margin-bottom-2"
          onClick={() => void queryClient.invalidateQueries({ queryKey: approvalsQuery.queryKey })}
        >
          {t('approvals.reloadQueue')}
        </button>
      )}
      <TextareaField
        id={commentId}
        label={
          <>
            {t('approvals.comment')}
            <span className="usa-sr-only">: {name}</span>
          </>
        }
        hint={t('approvals.commentHint')}
        maxLength={4000}
        value={comment}
        error={commentError}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="hearth-actions">
        <BusyButton busy={decide.isPending} label={t('approvals.approve')} busyLabel={t('common.saving')} srSuffix={name} />
        <BusyButton
          type="button"
          variant="secondary"
          busy={decide.isPending}
          label={t('approvals.return')}
          busyLabel={t('common.saving')}
          srSuffix={name}
          onClick={sendBack}
        />
      </div>
    </form>
  );
}
