import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type InstrumentAnswers, type ScreeningInstrument, saveScreeningInstrument, screeningInstrumentQuery } from '../../../api/instruments';
import type { Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { InstrumentForm } from '../../../components/instrument/InstrumentForm';
import { type InstrumentChild, decisionLabel, sameAnswers, visibleAnswers } from '../../../components/instrument/instrument-model';
import { scoreAnswers } from '../../../components/instrument/instrument-scoring';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearDraft, readDraft, writeDraft } from '../intake-drafts';

const PREFIX = 'screening';
const DRAFT = 'instrument';

/**
 * The screening instrument's questions and Save. Answers are local until saved; unsaved ones are
 * kept in sessionStorage like the rest of the intake. Saving sends the response version read, so a
 * stale save gets 409 and the reload offer.
 */
export function ScreeningInstrumentEditor({ report, data, onReload }: { report: Report; data: ScreeningInstrument; onReload: () => void }) {
  const { t, language, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const { definition, response } = data;
  const saved = response?.answers ?? {};
  const [answers, setAnswers] = useState<InstrumentAnswers>(() => ({ ...saved, ...readDraft<InstrumentAnswers>(report.id, DRAFT) }));
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<'completed' | 'draft' | null>(null);
  const inFlight = useRef(false);
  const children = useMemo(() => childrenOf(report), [report]);
  const result = useMemo(() => scoreAnswers(definition, answers), [definition, answers]);
  const toSave = visibleAnswers(answers, result);
  const dirty = !sameAnswers(toSave, saved);

  // Unsaved answers survive a refresh, like the rest of the intake (cleared on save and sign-out).
  useEffect(() => {
    if (dirty) writeDraft(report.id, DRAFT, answers);
    else clearDraft(report.id, DRAFT);
  }, [dirty, answers, report.id]);

  const save = useMutation({
    mutationFn: (values: InstrumentAnswers) => saveScreeningInstrument(report.id, values, response?.version),
    onSuccess: (next) => {
      queryClient.setQueryData(screeningInstrumentQuery(report.id).queryKey, next);
      clearDraft(report.id, DRAFT);
      setNotice(next.response?.status ?? 'draft');
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setNotice(null);
    setAttempt((n) => n + 1);
    save.mutate(toSave);
  };

  const recommended = response && data.recommendation ? decisionLabel(definition, response.result.decision, language) : null;
  return (
    <form noValidate onSubmit={submit}>
      <p className="margin-top-0">{t('screeningInstrument.intro')}</p>
      <p className="usa-hint">{t('screeningInstrument.version', { title: definition.title[language], version: definition.version })}</p>
      <ProblemAlert error={save.error} onReload={onReload} />
      <InstrumentForm
        definition={definition}
        answers={answers}
        onChange={(next) => {
          setNotice(null);
          setAnswers(next);
        }}
        idPrefix={PREFIX}
        householdChildren={children}
        attempt={attempt}
        actions={
          <>
            {notice && (
              <SuccessAlert className="margin-bottom-2" role="status">
                {t(notice === 'completed' ? 'screeningInstrument.saved' : 'screeningInstrument.savedDraft')}
              </SuccessAlert>
            )}
            <BusyButton variant="outline" busy={save.isPending} label={t('screeningInstrument.save')} busyLabel={t('common.saving')} />
          </>
        }
        resultExtra={
          <>
            {recommended ? (
              <p className="text-bold" role="status">
                {t('screeningInstrument.recommends', { recommendation: recommended })}
              </p>
            ) : (
              <p>{t('screeningInstrument.noRecommendation')}</p>
            )}
            {response && (
              <p className="text-base-darker font-sans-2xs margin-bottom-0">
                {t('screeningInstrument.status')}:{' '}
                {t(response.status === 'completed' ? 'screeningInstrument.statusCompleted' : 'screeningInstrument.statusDraft')} ·{' '}
                {t('screeningInstrument.lastSaved')}: {formatMoment(response.updatedAt)}
              </p>
            )}
            {dirty && response && <p className="margin-bottom-0">{t('screeningInstrument.unsaved')}</p>}
          </>
        }
      />
    </form>
  );
}

/** The alleged victims, for any question a definition asks about each child. */
function childrenOf(report: Report): InstrumentChild[] {
  return report.participants
    .filter((participant) => participant.role === 'alleged_victim')
    .map((participant) => ({ id: participant.personId, name: `${participant.person.firstName} ${participant.person.lastName}` }));
}
