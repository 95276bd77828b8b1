import './instrument.css';
import { type ReactNode, useMemo, useState } from 'react';
import type { InstrumentDefinition } from '../../../domain/instruments/index';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorSummary } from '../ErrorSummary';
import { type InstrumentAnswers, type InstrumentChild, type ItemProblem, itemProblems, localize, withAnswer } from './instrument-model';
import { isRequiredNow, scoreAnswers } from './instrument-scoring';
import { InstrumentItemField } from './InstrumentItemField';
import { InstrumentResultPanel } from './InstrumentResultPanel';

export interface InstrumentFormProps {
  definition: InstrumentDefinition;
  answers: InstrumentAnswers;
  onChange: (answers: InstrumentAnswers) => void;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The household's children, for 'each_child' items: one control per child. */
  householdChildren?: readonly InstrumentChild[];
  /**
   * How many times the user has tried to save or complete. Missing answers show as errors only
   * from the first try on; the summary lists what was missing at the latest try.
   */
  attempt: number;
  /** Level of the result panel's heading: 2 when the form is the page's main content, 3 inside a section. */
  headingLevel?: 2 | 3;
  /** Under the questions, e.g. the save button. */
  actions?: ReactNode;
  /** In the result panel under the live scores, e.g. the saved recommendation. */
  resultExtra?: ReactNode;
}

/**
 * Any instrument definition as a form (PLAT-3): sections as fieldsets, each visible item as its
 * control, and a live result panel. Which items show, what is missing and the scores all come
 * from the engine the server uses, so the form never disagrees with what is saved.
 */
export function InstrumentForm({
  definition,
  answers,
  onChange,
  idPrefix,
  householdChildren = noChildren,
  attempt,
  headingLevel = 3,
  actions,
  resultExtra,
}: InstrumentFormProps) {
  const words = useI18n();
  const { t, language } = words;
  const children = hasEachChildItems(definition) ? householdChildren : undefined;
  const result = useMemo(() => scoreAnswers(definition, answers, children), [definition, answers, children]);
  const live = useMemo(() => itemProblems(definition, result, { prefix: idPrefix, words, children }), [definition, result, idPrefix, words, children]);

  // The summary keeps the problems of the latest try (so it does not jump while the user fixes
  // them), worded in the current language; the inline errors follow the answers and disappear as
  // each is fixed.
  const [tried, setTried] = useState<{ attempt: number; answers: InstrumentAnswers | null }>({ attempt: 0, answers: null });
  if (tried.attempt !== attempt) setTried({ attempt, answers: attempt > 0 ? answers : null });
  const summary = useMemo(
    () => (tried.answers ? itemProblems(definition, scoreAnswers(definition, tried.answers, children), { prefix: idPrefix, words, children }) : []),
    [tried.answers, definition, children, idPrefix, words],
  );
  const inline = attempt > 0 ? live : [];

  const visible = new Set(result.visibleItems);
  return (
    <div className="hearth-instrument">
      <ErrorSummary key={tried.attempt} problems={summary} />
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <p className="usa-hint margin-top-0">{t('instrument.requiredNote')}</p>
          {definition.sections.map((section) => {
            const items = section.items.filter((item) => visible.has(item.key));
            if (items.length === 0) return null;
            return (
              <fieldset key={section.key} className="usa-fieldset hearth-instrument__section">
                <legend className="usa-legend text-bold font-sans-md">{localize(section.title, language)}</legend>
                {items.map((item) => (
                  <InstrumentItemField
                    key={item.key}
                    item={item}
                    prefix={idPrefix}
                    answers={answers}
                    householdChildren={householdChildren}
                    required={isRequiredNow(definition, item, answers, children)}
                    errors={errorsFor(inline, item.key)}
                    onAnswer={(value, childId) => onChange(withAnswer(answers, item.key, value, childId))}
                  />
                ))}
              </fieldset>
            );
          })}
          {actions}
        </div>
        <div className="desktop:grid-col-4">
          <InstrumentResultPanel definition={definition} result={result} id={`${idPrefix}-result`} headingLevel={headingLevel}>
            {resultExtra}
          </InstrumentResultPanel>
        </div>
      </div>
    </div>
  );
}

const noChildren: readonly InstrumentChild[] = [];

const hasEachChildItems = (definition: InstrumentDefinition) =>
  definition.sections.some((section) => section.items.some((item) => item.appliesTo === 'each_child'));

function errorsFor(problems: ItemProblem[], itemKey: string): Map<string, string> {
  const byChild = new Map<string, string>();
  for (const problem of problems) {
    if (problem.itemKey !== itemKey) continue;
    const where = problem.childId ?? '';
    if (!byChild.has(where)) byChild.set(where, problem.inline);
  }
  return byChild;
}
