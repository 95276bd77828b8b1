import { useState } from 'react';
import type { InstrumentDefinition } from '../../../../domain/instruments/index';
import type { FunctionalChild } from '../../../api/functional-assessment';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { AssessmentHistory } from './AssessmentHistory';
import { FunctionalComparisonView } from './FunctionalComparisonView';
import { FunctionalEditor } from './FunctionalEditor';
import { StartFunctionalForm } from './StartFunctionalForm';

/** One child: their assessments, the open draft as a form (or a way to start one), and the comparison. */
export function ChildFunctionalSection({
  caseId,
  child,
  definition,
  mayStart,
}: {
  caseId: string;
  child: FunctionalChild;
  definition: InstrumentDefinition;
  mayStart: boolean;
}) {
  const { t } = useI18n();
  // The form goes away once its assessment is completed; this says so where it was.
  const [completedNotice, setCompletedNotice] = useState(false);
  const draft = child.assessments.find((a) => a.status === 'draft');
  const completed = child.assessments.filter((a) => a.status === 'completed');
  const headingId = `functional-child-${child.personId}`;
  return (
    <section aria-labelledby={headingId} className="margin-top-5 border-top-1px border-base-lighter padding-top-2">
      <h2 id={headingId}>{child.name}</h2>
      <AssessmentHistory child={child} definition={definition} />
      {completedNotice && !draft && (
        <SuccessAlert role="status" className="margin-top-2">
          {t('functional.completedNotice', { name: child.name })}
        </SuccessAlert>
      )}
      {draft?.abilities.edit && (
        <FunctionalEditor key={draft.id} caseId={caseId} child={child} draft={draft} definition={definition} onCompleted={() => setCompletedNotice(true)} />
      )}
      {draft && !draft.abilities.edit && <p>{t('functional.draftInProgress', { name: draft.createdByName })}</p>}
      {!draft && mayStart && <StartFunctionalForm caseId={caseId} child={child} />}
      {completed.length > 0 && <FunctionalComparisonView caseId={caseId} child={child} definition={definition} />}
    </section>
  );
}
