import type { Measure, UnitMeasures, WorkerMeasures } from '../../api/unit-report';
import { useI18n } from '../../i18n/I18nProvider';
import { describeMeasure } from './unit-report-model';

/** One unit's measures: the unit as a whole first, then each investigator (SUP-1). */
export function UnitMeasuresTable({ unit }: { unit: UnitMeasures }) {
  const { t } = useI18n();
  const headingId = `unit-${unit.unitId}-heading`;
  return (
    <section aria-labelledby={headingId} className="margin-bottom-4">
      <h2 id={headingId}>{unit.unitName}</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
        <caption className="usa-sr-only">{t('unitReport.measuresCaption', { unit: unit.unitName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unitReport.who')}</th>
            <th scope="col">{t('unitReport.responseMet')}</th>
            <th scope="col">{t('unitReport.assessmentsOnTime')}</th>
            <th scope="col">{t('unitReport.plansActive')}</th>
            <th scope="col">{t('unitReport.plansDue')}</th>
          </tr>
        </thead>
        <tbody>
          <MeasuresRow label={t('unitReport.wholeUnit')} measures={unit} strong />
          {unit.investigators.map((investigator) => (
            <MeasuresRow key={investigator.userId} label={investigator.name} measures={investigator} />
          ))}
        </tbody>
      </table>
      {unit.investigators.length === 0 && <p>{t('unitReport.noInvestigators')}</p>}
    </section>
  );
}

function MeasuresRow({ label, measures, strong }: { label: string; measures: WorkerMeasures; strong?: boolean }) {
  const { t, tp } = useI18n();
  return (
    <tr>
      <th scope="row" data-label={t('unitReport.who')}>
        {strong ? <strong>{label}</strong> : label}
      </th>
      <td data-label={t('unitReport.responseMet')}>
        <MeasureText measure={measures.responseMet} />
      </td>
      <td data-label={t('unitReport.assessmentsOnTime')}>
        <MeasureText measure={measures.assessmentsOnTime} />
      </td>
      <td data-label={t('unitReport.plansActive')}>{tp('unitReport.plansCount', measures.safetyPlansActive)}</td>
      <td data-label={t('unitReport.plansDue')}>
        {measures.safetyPlansDueForReview > 0 && <span className="usa-tag bg-secondary-dark margin-right-1">{t('plans.reviewDue')}</span>}{' '}
        {tp('unitReport.plansCount', measures.safetyPlansDueForReview)}
      </td>
    </tr>
  );
}

function MeasureText({ measure }: { measure: Measure }) {
  const { t } = useI18n();
  const words = describeMeasure(measure);
  if (words.kind === 'none') return <span className="text-base-dark">{t('unitReport.nothingDue')}</span>;
  return (
    <span>
      <strong>{t('unitReport.pct', { pct: words.pct })}</strong> {t('unitReport.share', { met: words.met, due: words.due })}
      {(measure.endedUnmet ?? 0) > 0 && <span className="display-block">{t('unitReport.endedUnseen', { count: measure.endedUnmet ?? 0 })}</span>}
    </span>
  );
}
