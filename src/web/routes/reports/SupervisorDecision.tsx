import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { approveReport, returnReport } from '../../api/endpoints';
import { approvalsQuery, investigatorsQuery, myWorkQuery, reportQuery } from '../../api/queries';
import type { Report } from '../../api/types';
import { BusyButton } from '../../components/BusyButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields/SelectField';
import { TextareaField } from '../../components/fields/TextareaField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReportNotice } from '../search-params';

type Decide = { kind: 'approve'; comment: string; investigatorId: string } | { kind: 'return'; comment: string };

const APPROVE_COMMENT = 'approve-comment';
const INVESTIGATOR = 'approve-investigator';
const RETURN_COMMENT = 'return-comment';

/**
 * The supervisor's two choices on a submitted report: approve (optionally naming the
 * investigator, for a screened-in report) or return to the screener with the reason.
 */
export function SupervisorDecision({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const screenedIn = report.decision === 'screen_in' || report.decision === 'screen_in_family_assessment';
  const investigators = useQuery({ ...investigatorsQuery(report.id), enabled: screenedIn });
  const [approveComment, setApproveComment] = useState('');
  const [investigatorId, setInvestigatorId] = useState('');
  const [returnComment, setReturnComment] = useState('');
  const [returnError, setReturnError] = useState<string | undefined>();
  const inFlight = useRef(false);

  const decide = useMutation({
    mutationFn: (choice: Decide) =>
      choice.kind === 'approve'
        ? approveReport(report.id, report.version, { comment: choice.comment.trim() || undefined, investigatorId: choice.investigatorId || undefined })
        : returnReport(report.id, report.version, choice.comment.trim()),
    onSuccess: (updated, choice) => {
      queryClient.setQueryData(reportQuery(updated.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: approvalsQuery.queryKey });
      void queryClient.invalidateQueries({ queryKey: myWorkQuery.queryKey });
      const notice: ReportNotice = choice.kind === 'approve' ? 'approved' : 'returned';
      void navigate({ to: '/reports/$reportId', params: { reportId: updated.id }, search: { notice } });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const run = (choice: Decide) => {
    if (inFlight.current) return;
    inFlight.current = true;
    decide.mutate(choice);
  };

  const approve = (event: FormEvent) => {
    event.preventDefault();
    run({ kind: 'approve', comment: approveComment, investigatorId });
  };
  const sendBack = (event: FormEvent) => {
    event.preventDefault();
    const missing = returnComment.trim() === '' ? t('approve.returnCommentRequired') : undefined;
    setReturnError(missing);
    if (!missing) run({ kind: 'return', comment: returnComment });
  };

  return (
    <section aria-labelledby="supervisor-approval-heading" className="border-top-2px border-base-lighter margin-top-4 padding-top-2">
      <h2 id="supervisor-approval-heading">{t('approve.heading')}</h2>
      <ProblemAlert error={decide.error} onReload={onReload} />
      <div className="grid-row grid-gap-lg">
        <form className="tablet:grid-col-6" noValidate onSubmit={approve} aria-labelledby="approve-heading">
          <h3 id="approve-heading">{t('approve.approveHeading')}</h3>
          <TextareaField
            id={APPROVE_COMMENT}
            label={t('approve.comment')}
            maxLength={4000}
            value={approveComment}
            onChange={(event) => setApproveComment(event.target.value)}
          />
          {screenedIn && (
            <SelectField
              id={INVESTIGATOR}
              label={t('approve.investigator')}
              placeholder={t('approve.investigatorDefault')}
              value={investigatorId}
              onChange={(event) => setInvestigatorId(event.target.value)}
              options={(investigators.data?.staff ?? []).map((person) => ({
                value: person.id,
                label: t('approve.investigatorOption', { name: person.displayName, unit: person.orgUnitName, count: person.openInvestigations }),
              }))}
            />
          )}
          <BusyButton busy={decide.isPending} label={t('approve.submit')} busyLabel={t('common.saving')} className="margin-top-3" />
        </form>
        <form className="tablet:grid-col-6" noValidate onSubmit={sendBack} aria-labelledby="return-heading">
          <h3 id="return-heading">{t('approve.returnHeading')}</h3>
          <ErrorSummary problems={returnError ? [{ message: returnError, fieldId: RETURN_COMMENT }] : []} />
          <TextareaField
            id={RETURN_COMMENT}
            label={t('approve.returnComment')}
            hint={t('approve.returnCommentHint')}
            required
            maxLength={4000}
            value={returnComment}
            error={returnError}
            onChange={(event) => setReturnComment(event.target.value)}
          />
          <BusyButton busy={decide.isPending} variant="secondary" label={t('approve.returnSubmit')} busyLabel={t('common.saving')} className="margin-top-3" />
        </form>
      </div>
    </section>
  );
}
