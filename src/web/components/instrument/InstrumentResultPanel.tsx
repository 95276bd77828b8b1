import type { ReactNode } from 'react';
import type { InstrumentDefinition, InstrumentResult } from '../../../domain/instruments/index';
import { useI18n } from '../../i18n/I18nProvider';
import { summariseResult } from './instrument-model';

export interface InstrumentResultPanelProps {
  definition: InstrumentDefinition;
  result: InstrumentResult;
  id: string;
  headingLevel?: 2 | 3;
  /** More to say under the scores, e.g. the saved recommendation. */
  children?: ReactNode;
}

/** The live score: each index, the level and the recommendation, and how much is still to answer. */
export function InstrumentResultPanel({ definition, result, id, headingLevel = 3, children }: InstrumentResultPanelProps) {
  const { t, tp, language } = useI18n();
  const summary = summariseResult(definition, result, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${id}-heading`;
  return (
    <section className="usa-summary-box hearth-instrument__result" aria-labelledby={headingId}>
      <div className="usa-summary-box__body">
        <Heading className="usa-summary-box__heading" id={headingId}>
          {t('instrument.resultHeading')}
        </Heading>
        <div className="usa-summary-box__text">
          <p className="text-base-darker font-sans-2xs margin-top-0">{t('instrument.resultLive')}</p>
          {/* Polite: the panel changes with every answer and should not interrupt. */}
          <div aria-live="polite">
            <dl className="hearth-instrument__scores">
              {summary.indices.map((index) => (
                <div key={index.key}>
                  <dt>{index.label}</dt>
                  <dd>{index.score.toLocaleString(language === 'es' ? 'es-US' : 'en-US')}</dd>
                </div>
              ))}
              {summary.level && (
                <div>
                  <dt>{t('instrument.level')}</dt>
                  <dd>{summary.level}</dd>
                </div>
              )}
              {summary.decision && (
                <div className="hearth-instrument__wide">
                  <dt>{t('instrument.decision')}</dt>
                  <dd>{summary.decision}</dd>
                </div>
              )}
            </dl>
            {summary.indices.length === 0 && !summary.level && <p className="text-base-darker">{t('instrument.noScores')}</p>}
            <p className="margin-bottom-0">{summary.complete ? t('instrument.complete') : tp('instrument.remaining', summary.remaining)}</p>
          </div>
          {children}
        </div>
      </div>
    </section>
  );
}
