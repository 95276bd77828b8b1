import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useRef, useState } from 'react';
import { assessmentQuery } from '../../../api/investigation-endpoints';
import type { Assessment, AssessmentKind } from '../../../api/investigation-types';
import { localize } from '../../../components/instrument/instrument-model';
import { QueryState } from '../../../components/QueryState';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { clearInvestigationDraft } from '../workspace/investigation-drafts';
import { SectionHeading, useWorkspaceInvestigation } from '../workspace/workspace-context';
import { assessmentChildren } from './assessment-children';
import { AssessmentAnswers } from './AssessmentAnswers';

// The form and its scoring engine (with the definition schema) load only when an assessment is edited.
const AssessmentEditor = lazy(() => import('./AssessmentEditor').then((module) => ({ default: module.AssessmentEditor })));

export interface AssessmentSectionProps {
  kind: AssessmentKind;
  heading: string;
  intro: string;
  /** What the completed assessment concluded: the safety decision or the risk level. */
  renderOutcome: (data: Assessment, reload: () => void) => ReactNode;
}

/**
 * One assessment of the investigation (INV-3, INV-5): the instrument to answer while it is a draft,
 * and once completed what it concluded and the answers it concluded from.
 */
export function AssessmentSection({ kind, heading, intro, renderOutcome }: AssessmentSectionProps) {
  const investigation = useWorkspaceInvestigation();
  const { t, language, formatMoment } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(assessmentQuery(investigation.id, kind));
  const [justCompleted, setJustCompleted] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Remounts the editor with the server's answers after a conflict reload.
  const [editorKey, setEditorKey] = useState(0);
  const mayRecord = investigation.abilities.record !== false && investigation.status === 'open';

  const reload = async () => {
    clearInvestigationDraft(investigation.id, `assessment-${kind}`);
    await queryClient.refetchQueries({ queryKey: assessmentQuery(investigation.id, kind).queryKey, exact: true });
    setEditorKey((n) => n + 1);
  };
  const completed = () => {
    setJustCompleted(true);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <>
      <SectionHeading id={`${kind}-assessment-heading`}>{heading}</SectionHeading>
      <p className="margin-top-0">{intro}</p>
      <QueryState query={query}>
        {(data) => {
          const { definition, response } = data;
          const children = assessmentChildren(data.childIds, investigation);
          const done = response?.status === 'completed';
          return (
            <>
              <p className="usa-hint">
                {t('inv.assessment.instrument', { title: localize(definition.title, language), version: definition.version })}
                {' · '}
                {t('inv.assessment.childrenCovered', { names: children.map((child) => child.name).join(', ') || t('common.none') })}
              </p>
              <div ref={noticeRef} tabIndex={-1} role="status">
                {justCompleted && done && <SuccessAlert>{t('inv.assessment.completedNotice')}</SuccessAlert>}
              </div>
              {done ? (
                <>
                  <p>
                    <span className="usa-tag bg-success-darker margin-right-1">{t('inv.assessment.completedTag')}</span>
                    {response.completedAt && t('inv.assessment.completedAt', { moment: formatMoment(response.completedAt) })}
                  </p>
                  {renderOutcome(data, () => void reload())}
                  <AssessmentAnswers definition={definition} response={response} childList={children} />
                </>
              ) : mayRecord ? (
                <Suspense fallback={<p className="usa-hint">{t('app.loading')}</p>}>
                  <AssessmentEditor
                    key={editorKey}
                    investigation={investigation}
                    kind={kind}
                    data={data}
                    onReload={() => void reload()}
                    onCompleted={completed}
                  />
                </Suspense>
              ) : response ? (
                <>
                  <p>
                    <span className="usa-tag bg-base-dark">{t('inv.assessment.draftTag')}</span>
                  </p>
                  <AssessmentAnswers definition={definition} response={response} childList={children} />
                </>
              ) : (
                <p>{t('inv.assessment.notStarted')}</p>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
