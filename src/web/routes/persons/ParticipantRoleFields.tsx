import { parentTypes } from '../../api/code-lists';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { SelectField } from '../../components/fields/SelectField';
import { useI18n } from '../../i18n/I18nProvider';

export interface ParticipantRoleValues {
  role: string;
  parentType: string;
  livesInHousehold: boolean;
}

/**
 * A person's role, custodial or not, and "lives in the home", for someone joining a report
 * (intake) or an investigation (a person found in the home); `roles` are the ones that may be given.
 */
export function ParticipantRoleFields({
  id,
  name,
  roles,
  values,
  onChange,
  errors,
}: {
  id: string;
  name: string;
  roles: readonly string[];
  values: ParticipantRoleValues;
  onChange: (change: Partial<ParticipantRoleValues>) => void;
  errors: { role?: string; parentType?: string };
}) {
  const { t, tc } = useI18n();
  return (
    <>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <SelectField
            id={`${id}-role`}
            label={t('people.roleFor', { name })}
            placeholder={t('common.select')}
            required
            value={values.role}
            onChange={(event) => onChange({ role: event.target.value })}
            options={roles.map((code) => ({ value: code, label: tc('participantRole', code) }))}
            error={errors.role}
          />
        </div>
        {values.role === 'parent' && (
          <div className="tablet:grid-col-6">
            <SelectField
              id={`${id}-parent-type`}
              label={t('people.parentTypeFor', { name })}
              placeholder={t('common.select')}
              required
              value={values.parentType}
              onChange={(event) => onChange({ parentType: event.target.value })}
              options={parentTypes.map((code) => ({ value: code, label: tc('parentType', code) }))}
              error={errors.parentType}
            />
          </div>
        )}
      </div>
      <div className="margin-top-2">
        <CheckboxField
          id={`${id}-lives-in-household`}
          label={t('people.livesInHouseholdFor', { name })}
          checked={values.livesInHousehold}
          onChange={(event) => onChange({ livesInHousehold: event.target.checked })}
        />
      </div>
    </>
  );
}
