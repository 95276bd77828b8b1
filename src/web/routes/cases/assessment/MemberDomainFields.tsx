import type { UseFormReturn } from 'react-hook-form';
import type { AssessmentMember } from '../../../api/family-assessment';
import { fieldId } from '../../../components/fields/field-ids';
import { TextareaField } from '../../../components/fields/TextareaField';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/form-problems';
import type { AssessmentValues } from './assessment-model';

const FIELDS = ['strengths', 'needs', 'evidence'] as const;

/** FCA-1: one section per family member, one fieldset per domain, strengths, needs and evidence in each. */
export function MemberDomainFields({ form, formName, members }: { form: UseFormReturn<AssessmentValues>; formName: string; members: AssessmentMember[] }) {
  const { t, tc } = useI18n();
  const { errors } = form.formState;
  const rows = form.getValues('content.members');
  return (
    <section aria-labelledby="fca-members-heading">
      <h3 id="fca-members-heading">{t('fca.members.heading')}</h3>
      {rows.length === 0 && <p>{t('fca.members.none')}</p>}
      {rows.map((row, i) => {
        const member = members.find((m) => m.personId === row.personId);
        const headingId = `fca-member-${i}-heading`;
        return (
          <section key={row.personId} className="hearth-card margin-bottom-3" aria-labelledby={headingId}>
            <h4 id={headingId} className="margin-top-0">
              {member?.name} <span className="text-normal">({tc('participantRole', member?.role)})</span>
            </h4>
            {row.domains.map((entry, j) => (
              <fieldset key={entry.domain} className="usa-fieldset margin-bottom-2">
                <legend className="usa-legend usa-legend--large">{tc('familyAssessmentDomain', entry.domain)}</legend>
                <div className="grid-row grid-gap">
                  {FIELDS.map((field) => {
                    const name = `content.members.${i}.domains.${j}.${field}` as const;
                    return (
                      <div key={field} className="tablet:grid-col-4">
                        <TextareaField
                          id={fieldId(formName, name)}
                          rows={3}
                          label={t(`fca.field.${field}`)}
                          error={errorText(errors, name)}
                          {...form.register(name)}
                        />
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </section>
        );
      })}
    </section>
  );
}
