import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { type FunctionalChild, type FunctionalComparison, functionalCompareQuery } from '../../../api/functional-assessment';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n/I18nProvider';
import { comparedSections, ratingTrail } from './functional-model';
import { RatingChart } from './RatingChart';
import { RatingTable } from './RatingTable';

/** FCA-2: how one child's ratings moved across their completed assessments, as charts and as a table. */
export function FunctionalComparisonView({ caseId, child, definition }: { caseId: string; child: FunctionalChild; definition: InstrumentDefinition }) {
  const { t } = useI18n();
  // Completing an assessment invalidates ['case', id, 'functional'], and with it this query.
  const comparison = useQuery(functionalCompareQuery(caseId, child.personId));
  const headingId = `functional-compare-${child.personId}`;
  return (
    <section aria-labelledby={headingId} className="margin-top-4">
      <h3 id={headingId}>{t('functional.compare.heading', { name: child.name })}</h3>
      <p>{t('functional.compare.intro')}</p>
      <QueryState query={comparison}>{(data) => <ComparisonBody data={data} child={child} definition={definition} />}</QueryState>
    </section>
  );
}

function ComparisonBody({ data, child, definition }: { data: FunctionalComparison; child: FunctionalChild; definition: InstrumentDefinition }) {
  const { t, language, formatDate } = useI18n();
  const sections = useMemo(() => comparedSections(definition, data, language), [definition, data, language]);
  const dates = useMemo(() => data.assessments.map((a) => formatDate(a.assessedOn)), [data.assessments, formatDate]);
  const notRated = t('functional.table.notRated');
  return (
    <>
      {sections.map((section) => {
        const label = [
          t('functional.chart.label', { section: section.title, name: child.name, count: dates.length, from: dates[0] ?? '', to: dates.at(-1) ?? '' }),
          ...section.items.map((item) => `${item.label}: ${ratingTrail(item, notRated)}.`),
        ].join(' ');
        return (
          <div key={section.key}>
            <h4>{section.title}</h4>
            <RatingChart section={section} dates={dates} label={label} yLabel={t('functional.chart.yLabel')} />
          </div>
        );
      })}
      <RatingTable sections={sections} dates={dates} caption={t('functional.table.caption', { name: child.name })} />
    </>
  );
}
