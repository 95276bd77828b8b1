import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { answerOf, answerText, decisionLabel, localize } from '../../components/instrument/instrument-model';
import { type ScreeningInstrument, screeningInstrumentQuery } from '../../api/instruments';
import type { Report } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { differsFromRecommendation } from '../intake/decision/screening-recommendation';

/**
 * INT-4, read-only: the screening instrument as the screener saved it, with the recommendation the
 * server scored from it. Shown on the report, where a submitted report can no longer be edited.
 */
export function ScreeningInstrumentSummary({ report }: { report: Report }) {
  const { t } = useI18n();
  const query = useQuery(screeningInstrumentQuery(report.id));
  return (
    <section aria-labelledby="screening-instrument-summary-heading">
      <h2 id="screening-instrument-summary-heading">{t('screeningInstrument.heading')}</h2>
      <QueryState query={query}>{(data) => <SavedInstrument data={data} report={report} />}</QueryState>
    </section>
  );
}

function SavedInstrument({ data, report }: { data: ScreeningInstrument; report: Report }) {
  const { t, language, formatMoment } = useI18n();
  const { definition, response } = data;
  if (!response) return <p>{t('screeningInstrument.notAnswered')}</p>;
  const visible = new Set(response.result.visibleItems);
  const recommended = data.recommendation ? decisionLabel(definition, response.result.decision, language) : null;
  // The same comparison the supervisor is shown when the report is submitted.
  const differs = differsFromRecommendation(data.recommendation, { decision: report.decision ?? '', responsePriority: report.responsePriority ?? '' });
  return (
    <>
      <dl className="hearth-summary">
        <dt>{t('screeningInstrument.instrument')}</dt>
        <dd>{t('screeningInstrument.version', { title: localize(definition.title, language), version: definition.version })}</dd>
        <dt>{t('screeningInstrument.status')}</dt>
        <dd>{t(response.status === 'completed' ? 'screeningInstrument.statusCompleted' : 'screeningInstrument.statusDraft')}</dd>
        <dt>{t('screeningInstrument.lastSaved')}</dt>
        <dd>{formatMoment(response.updatedAt)}</dd>
        <dt>{t('instrument.decision')}</dt>
        <dd>
          {recommended ?? t('screeningInstrument.noRecommendation')}
          {differs && <strong className="display-block">{t('screeningInstrument.differsNote')}</strong>}
        </dd>
      </dl>
      <details className="margin-bottom-4">
        <summary>{t('screeningInstrument.answersHeading')}</summary>
        {definition.sections.map((section) => {
          const items = section.items.filter((item) => visible.has(item.key));
          if (items.length === 0) return null;
          return (
            <div key={section.key}>
              <h3 className="font-sans-sm">{localize(section.title, language)}</h3>
              <dl className="hearth-summary">
                {items.map((item) => (
                  <Fragment key={item.key}>
                    <dt>{localize(item.text, language)}</dt>
                    <dd>{answerText(item, answerOf(response.answers, item.key), language) || t('instrument.notAnswered')}</dd>
                  </Fragment>
                ))}
              </dl>
            </div>
          );
        })}
      </details>
    </>
  );
}
