import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { lookupInstrument } from '../../../../domain/instruments/lookup';
import type { FunctionalChild } from '../../../api/functional-assessment';
import { localize } from '../../../components/instrument/instrument-model';
import { useI18n } from '../../../i18n/I18nProvider';

/** A child's assessments, newest first, with what each completed one found. */
export function AssessmentHistory({ child, definition }: { child: FunctionalChild; definition: InstrumentDefinition }) {
  const { t, language, formatDate } = useI18n();
  if (child.assessments.length === 0) return <p>{t('functional.none', { name: child.name })}</p>;
  const items = lookupInstrument(definition).items;
  const named = (keys: string[]) => (keys.length ? keys.map((k) => localize(items.get(k)?.text, language) || k).join('; ') : t('functional.noneFound'));
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption>{t('functional.history.caption', { name: child.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('functional.history.assessedOn')}</th>
          <th scope="col">{t('functional.history.status')}</th>
          <th scope="col">{t('functional.history.by')}</th>
          <th scope="col">{t('functional.history.needs')}</th>
          <th scope="col">{t('functional.history.strengths')}</th>
        </tr>
      </thead>
      <tbody>
        {child.assessments.map((a) => (
          <tr key={a.id}>
            <th scope="row" data-label={t('functional.history.assessedOn')}>
              {formatDate(a.assessedOn)}
            </th>
            <td data-label={t('functional.history.status')}>{t(`functional.status.${a.status}`)}</td>
            <td data-label={t('functional.history.by')}>{a.completedByName ?? a.createdByName}</td>
            <td data-label={t('functional.history.needs')}>{a.result ? named(a.result.needs) : t('common.noValue')}</td>
            <td data-label={t('functional.history.strengths')}>{a.result ? named(a.result.strengths) : t('common.noValue')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
