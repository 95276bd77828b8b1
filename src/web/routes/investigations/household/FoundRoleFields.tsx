import { parentTypes } from '../../../api/code-lists';
import { CheckboxField } from '../../../components/fields/CheckboxField';
import { SelectField } from '../../../components/fields/SelectField';
import { useI18n } from '../../../i18n/I18nProvider';
import { type FoundRoleValues, foundRoles } from './found-person';

/** The role, custodial or not, and "lives in the home" for a person joining the investigation. */
export function FoundRoleFields({ id, name, values, onChange, errors }: {
  id: string;
  name: string;
  values: FoundRoleValues;
  onChange: (change: Partial<FoundRoleValues>) => void;
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
            options={foundRoles.map((code) => ({ value: code, label: tc('participantRole', code) }))}
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
        <CheckboxField id={`${id}-lives`} label={t('people.livesInHouseholdFor', { name })} checked={values.livesInHousehold} onChange={(event) => onChange({ livesInHousehold: event.target.checked })} />
      </div>
    </>
  );
}
