import { Fragment } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import type { AssessmentResponse } from '../../../api/investigation-types';
import { answerOf, answerText, type InstrumentChild, localize } from '../../../components/instrument/instrument-model';
import { useI18n } from '../../../i18n/I18nProvider';

/** The saved answers, read-only and folded away: what the worker concluded from, section by section. */
export function AssessmentAnswers({
  definition,
  response,
  childList,
}: {
  definition: InstrumentDefinition;
  response: AssessmentResponse;
  childList: readonly InstrumentChild[];
}) {
  const { t, language } = useI18n();
  const visible = new Set(response.result.visibleItems);
  return (
    <details className="margin-bottom-4">
      <summary>{t('inv.assessment.answers')}</summary>
      {definition.sections.map((section) => {
        const items = section.items.filter((item) => visible.has(item.key));
        if (items.length === 0) return null;
        return (
          <div key={section.key}>
            <h4 className="font-sans-sm">{localize(section.title, language)}</h4>
            <dl className="hearth-summary hearth-wrap">
              {items.map((item) => (
                <Fragment key={item.key}>
                  <dt>{localize(item.text, language)}</dt>
                  <dd>{answerText(item, answerOf(response.answers, item.key), language, childList) || t('instrument.notAnswered')}</dd>
                </Fragment>
              ))}
            </dl>
          </div>
        );
      })}
    </details>
  );
}
