import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type AssessmentOverview, compareVersionsQuery } from '../../../api/family-assessment';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { SelectField } from '../../../components/fields/SelectField';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { CompareTable } from './CompareTable';

interface Choice {
  from: string;
  to: string;
}

/** FCA-1: two versions side by side, what changed between them first. */
export function CompareVersions({ overview }: { overview: AssessmentOverview }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [showAll, setShowAll] = useState(false);
  // Versions come newest first: by default the latest against the one before it.
  const form = useForm<Choice>({ defaultValues: { from: overview.versions[1]?.id ?? '', to: overview.versions[0]?.id ?? '' } });
  const { errors } = form.formState;
  const options = overview.versions.map((v) => ({ value: v.id, label: t('fca.compare.option', { n: v.versionNo, status: t(`fca.status.${v.status}`) }) }));
  const onSubmit = form.handleSubmit((choice) => setChosen(choice));
  return (
    <section aria-labelledby="fca-compare-heading" className="margin-top-4">
      <h3 id="fca-compare-heading">{t('fca.compare.heading')}</h3>
      <form className="usa-form maxw-none" noValidate onSubmit={onSubmit} aria-labelledby="fca-compare-heading">
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-5">
            <SelectField id="fca-compare-from" label={t('fca.compare.from')} options={options} {...form.register('from')} />
          </div>
          <div className="tablet:grid-col-5">
            <SelectField
              id="fca-compare-to"
              label={t('fca.compare.to')}
              options={options}
              error={errors.to?.message}
              {...form.register('to', { validate: (to) => to !== form.getValues('from') || t('fca.compare.sameVersion') })}
            />
          </div>
        </div>
        <button type="submit" className="usa-button margin-top-2">
          {t('fca.compare.submit')}
        </button>
      </form>
      {chosen && (
        <>
          <CheckboxField id="fca-compare-all" label={t('fca.compare.showAll')} checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          <Comparison overview={overview} choice={chosen} showAll={showAll} />
        </>
      )}
    </section>
  );
}

function Comparison({ overview, choice, showAll }: { overview: AssessmentOverview; choice: Choice; showAll: boolean }) {
  const query = useQuery(compareVersionsQuery(overview.caseId, choice.from, choice.to));
  return <QueryState query={query}>{(comparison) => <CompareTable comparison={comparison} members={overview.members} showAll={showAll} />}</QueryState>;
}
