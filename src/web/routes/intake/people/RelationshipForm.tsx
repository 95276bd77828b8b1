import { useForm } from 'react-hook-form';
import { useCodeLists } from '../../../api/code-lists';
import { addRelationship } from '../../../api/endpoints';
import type { RelationshipKind, Report } from '../../../api/types';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fields/field-ids';
import { SelectField } from '../../../components/fields/SelectField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { collectProblems, errorText, generalError } from '../../../lib/form-problems';
import { useServerProblems } from '../../../lib/use-server-problems';
import { participantNames } from '../allegations/participant-names';
import { useReportMutation } from '../use-report-mutation';

interface RelationshipValues {
  personId: string;
  kind: string;
  relatedPersonId: string;
}

const FORM = 'relationship';
// Screen order; the server's error paths use the same names.
const FIELDS = ['personId', 'kind', 'relatedPersonId'];
const empty: RelationshipValues = { personId: '', kind: '', relatedPersonId: '' };

/** Records one relationship: "Person" is "Relationship" "Related person" (INT-2). */
export function RelationshipForm({ report, onReload }: { report: Report; onReload: () => void }) {
  const { t, tc } = useI18n();
  const lists = useCodeLists();
  const names = participantNames(report);
  const people = [...names].map(([value, label]) => ({ value, label }));
  const form = useForm<RelationshipValues>({ shouldFocusError: false, defaultValues: empty });
  const { errors } = form.formState;
  const server = useServerProblems(FIELDS, form.setError);

  const save = useReportMutation(
    (values: RelationshipValues) =>
      addRelationship(report.id, report.version, { personId: values.personId, relatedPersonId: values.relatedPersonId, kind: values.kind as RelationshipKind }),
    () => form.reset(empty),
    server.capture,
  );

  const onSubmit = form.handleSubmit((values) => {
    server.clear();
    save.run(values);
  });

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="add-relationship-heading">
      <h4 id="add-relationship-heading">{t('relationships.addHeading')}</h4>
      <ErrorSummary problems={[...collectProblems(errors, FORM, FIELDS), ...server.problems]} />
      <ProblemAlert error={generalError(save.error)} onReload={onReload} />
      <SelectField
        id={fieldId(FORM, 'personId')}
        label={t('relationships.person')}
        placeholder={t('common.select')}
        required
        options={people}
        error={errorText(errors, 'personId')}
        {...form.register('personId', { required: t('relationships.personRequired') })}
      />
      <SelectField
        id={fieldId(FORM, 'kind')}
        label={t('relationships.kind')}
        placeholder={t('common.select')}
        required
        options={lists.relationshipKinds.map((code) => ({ value: code, label: tc('relationshipKind', code) }))}
        error={errorText(errors, 'kind')}
        {...form.register('kind', { required: t('relationships.kindRequired') })}
      />
      <SelectField
        id={fieldId(FORM, 'relatedPersonId')}
        label={t('relationships.relatedPerson')}
        placeholder={t('common.select')}
        required
        options={people}
        error={errorText(errors, 'relatedPersonId')}
        {...form.register('relatedPersonId', {
          validate: (value, values) => {
            if (value === '') return t('relationships.relatedPersonRequired');
            return value !== values.personId || t('relationships.samePerson');
          },
        })}
      />
      <div className="hearth-actions">
        <BusyButton busy={save.busy} label={t('relationships.add')} busyLabel={t('common.saving')} />
      </div>
    </form>
  );
}
