import { type FormEvent, useMemo, useState } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import { InstrumentForm } from '../../../components/instrument/InstrumentForm';
import type { InstrumentAnswers, InstrumentChild } from '../../../components/instrument/instrument-model';
import { scoreAnswers } from '../../../components/instrument/instrument-scoring';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';

/** Answers stay in this page only: scored as the user goes, with nothing sent to the server. */
export function InstrumentPreview({ definition }: { definition: InstrumentDefinition }) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<InstrumentAnswers>({});
  const [attempt, setAttempt] = useState(0);
  const [checked, setChecked] = useState(false);
  const perChild = definition.sections.some((section) => section.items.some((item) => item.appliesTo === 'each_child'));
  const exampleChildren = useMemo<InstrumentChild[]>(() => [1, 2].map((n) => ({ id: `example-child-${n}`, name: t('instruments.exampleChild', { n }) })), [t]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setChecked(scoreAnswers(definition, answers, perChild ? exampleChildren : undefined).complete);
  };

  return (
    <section aria-labelledby="instrument-preview-heading" className="margin-top-5">
      <h2 id="instrument-preview-heading">{t('instruments.previewHeading')}</h2>
      <p>{t('instruments.previewIntro')}</p>
      {perChild && <p>{t('instruments.previewChildren')}</p>}
      <form noValidate onSubmit={check}>
        <InstrumentForm
          definition={definition}
          answers={answers}
          onChange={(next) => {
            setChecked(false);
            setAnswers(next);
          }}
          idPrefix="preview"
          householdChildren={exampleChildren}
          attempt={attempt}
          actions={
            <>
              {checked && (
                <SuccessAlert className="margin-bottom-2" role="status">
                  {t('instruments.checked')}
                </SuccessAlert>
              )}
              <div className="hearth-actions">
                <button type="submit" className="usa-button">
                  {t('instruments.check')}
                </button>
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  onClick={() => {
                    setAnswers({});
                    setAttempt(0);
                    setChecked(false);
                  }}
                >
                  {t('instruments.reset')}
                </button>
              </div>
            </>
          }
        />
      </form>
    </section>
  );
}
