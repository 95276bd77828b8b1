import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { addReview, type CasePlan, type NewReview, planQuery } from '../../../api/case-plan';
import type { FamilyCase } from '../../../api/cases';
import { meetingsQuery } from '../../../api/family-team';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { TextareaField } from '../../../components/fields/TextareaField';
import { TextField } from '../../../components/fields/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { todayInZone } from '../../../lib/date-time';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { FocusedNotice } from '../../investigations/safety-plan/FocusedNotice';
import { emptyReview, ratingPathToField, type ReviewValues, toReview } from './agreement-review-model';
import { mapProblemItems } from './plan-problems';
import { evidenceSourceKey, ratingText, reviewOutcomeKey } from './plan-words';

const FORM = 'plan-review';
const ROW_FIELDS = ['rating', 'evidence', 'evidenceFrom', 'givenByPersonId', 'givenByName', 'outcome'];

/**
 * PLAN-6: a progress review of the plan in force — each open objective judged by the change in
 * behaviour, with the evidence and who gave it, what happens next; the family's view in their words.
 */
export function ReviewForm({ plan, people }: { plan: CasePlan; people: FamilyCase['people'] }) {
  const { t, timeZone, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const guard = useSubmitGuard();
  const meetings = useQuery(meetingsQuery(plan.caseId));
  const reviewId = useRef(crypto.randomUUID());
  const [saved, setSaved] = useState<string | null>(null);
  const [rateOne, setRateOne] = useState(false);
  const form = useForm<ReviewValues>({ shouldFocusError: false, defaultValues: emptyReview(plan, todayInZone(timeZone)) });
  const { errors } = form.formState;
  const rows = form.getValues('ratings');
  const names = ['reviewedOn', 'familyView', 'meetingId', ...rows.flatMap((_, i) => ROW_FIELDS.map((f) => `ratings.${i}.${f}`))];
  const server = useServerProblems(names, form.setError);
  const record = useMutation({
    mutationFn: (body: NewReview) => addReview(plan.id, body),
    onSuccess: (answer) => {
      queryClient.setQueryData(planQuery(plan.caseId, plan.id).queryKey, answer);
      reviewId.current = crypto.randomUUID();
      form.reset(emptyReview(answer, todayInZone(timeZone)));
      setSaved(t('cplan.review.saved'));
    },
    onError: (error) => server.capture(mapProblemItems(error, (item) => ({ ...item, path: ratingPathToField(item.path, form.getValues()) }))),
    onSettled: guard.release,
  });
  const required = (label: string) => ({ validate: (value: string) => value.trim() !== '' || t('cplan.required', { field: label }) });
  const ifRated = (i: number, label: string) => ({
    validate: (value: string) => !form.getValues(`ratings.${i}.rating`) || value.trim() !== '' || t('cplan.required', { field: label }),
  });
  const onSubmit = form.handleSubmit((values) => {
    const rated = values.ratings.some((r) => r.rating);
    setRateOne(!rated);
    if (!rated || !guard.claim()) return;
    server.clear();
    setSaved(null);
    record.mutate(toReview(values, reviewId.current));
  });
  const objectiveText = (id: string) => plan.objectives.find((o) => o.id === id)?.text ?? '';
  const heldMeetings = (meetings.data?.items ?? []).filter((m) => m.status === 'held');

  return (
    <form className="usa-form usa-form--large maxw-full" noValidate onSubmit={onSubmit} aria-labelledby="plan-review-form-heading">
      <h3 id="plan-review-form-heading">{t('cplan.review.formHeading')}</h3>
      <p>{t('cplan.review.intro')}</p>
      {plan.ratingScale.agencyToSet && <p className="usa-hint">{t('cplan.review.scaleToSet')}</p>}
      <FocusedNotice key={saved ?? ''} message={saved} />
      <ErrorSummary
        problems={[
          ...(rateOne ? [{ message: t('cplan.review.rateOne'), fieldId: fieldId(FORM, 'ratings.0.rating') }] : []),
          ...collectProblems(errors, FORM, names),
          ...server.problems,
        ]}
      />
      <ProblemAlert error={generalError(record.error)} />
      <TextField
        id={fieldId(FORM, 'reviewedOn')}
        type="date"
        required
        label={t('cplan.review.reviewedOn')}
        error={errorText(errors, 'reviewedOn')}
        {...form.register('reviewedOn', required(t('cplan.review.reviewedOn')))}
      />
      <SelectField
        id={fieldId(FORM, 'meetingId')}
        label={t('cplan.review.meeting')}
        options={[
          { value: '', label: t('cplan.review.noMeeting') },
          ...heldMeetings.map((m) => ({ value: m.id, label: formatMoment(String(m.heldAt ?? m.scheduledFor)) })),
        ]}
        error={errorText(errors, 'meetingId')}
        {...form.register('meetingId')}
      />
      {rows.map((row, i) => {
        const from = form.watch(`ratings.${i}.evidenceFrom`);
        const id = (f: string) => fieldId(FORM, `ratings.${i}.${f}`);
        const err = (f: string) => errorText(errors, `ratings.${i}.${f}`);
        return (
          <fieldset key={row.objectiveId} className="usa-fieldset border-top-2px border-base-lighter padding-top-1 margin-top-3">
            <legend className="usa-legend usa-legend--large">{objectiveText(row.objectiveId)}</legend>
            <SelectField
              id={id('rating')}
              label={t('cplan.review.rating')}
              options={[
                { value: '', label: t('cplan.review.notRated') },
                ...plan.ratingScale.codes.map((code) => ({ value: code, label: ratingText(t, code) })),
              ]}
              error={err('rating')}
              {...form.register(`ratings.${i}.rating`)}
            />
            <TextareaField
              id={id('evidence')}
              label={t('cplan.review.evidence')}
              error={err('evidence')}
              {...form.register(`ratings.${i}.evidence`, ifRated(i, t('cplan.review.evidence')))}
            />
            <div className="grid-row grid-gap">
              <div className="tablet:grid-col-6">
                <SelectField
                  id={id('evidenceFrom')}
                  label={t('cplan.review.evidenceFrom')}
                  placeholder={t('common.select')}
                  options={(['parent', 'child', 'provider', 'worker', 'other'] as const).map((s) => ({ value: s, label: t(evidenceSourceKey[s]) }))}
                  error={err('evidenceFrom')}
                  {...form.register(`ratings.${i}.evidenceFrom`, ifRated(i, t('cplan.review.evidenceFrom')))}
                />
              </div>
              <div className="tablet:grid-col-6">
                {from === 'parent' || from === 'child' ? (
                  <SelectField
                    id={id('givenByPersonId')}
                    label={t('cplan.review.givenBy')}
                    placeholder={t('common.select')}
                    options={people.map((p) => ({ value: p.personId, label: p.name }))}
                    error={err('givenByPersonId')}
                    {...form.register(`ratings.${i}.givenByPersonId`)}
                  />
                ) : (
                  <TextField
                    id={id('givenByName')}
                    label={t('cplan.review.givenByName')}
                    maxLength={200}
                    error={err('givenByName')}
                    {...form.register(`ratings.${i}.givenByName`)}
                  />
                )}
              </div>
            </div>
            <SelectField
              id={id('outcome')}
              label={t('cplan.review.outcome')}
              options={(['continue', 'achieved', 'revise', 'drop'] as const).map((o) => ({ value: o, label: t(reviewOutcomeKey[o]) }))}
              error={err('outcome')}
              {...form.register(`ratings.${i}.outcome`)}
            />
          </fieldset>
        );
      })}
      <TextareaField
        id={fieldId(FORM, 'familyView')}
        required
        tall
        label={t('cplan.review.familyView')}
        error={errorText(errors, 'familyView')}
        {...form.register('familyView', required(t('cplan.review.familyView')))}
      />
      <BusyButton busy={record.isPending} label={t('cplan.review.save')} busyLabel={t('common.saving')} className="margin-top-2" />
    </form>
  );
}
