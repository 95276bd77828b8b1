import type { MergeableField } from '../../../../domain/person-fields';
import { useI18n } from '../../../i18n/I18nProvider';

/** A person's field value as words for the reader: codes translated, dates in their format. */
export function useFieldValue() {
  const { t, tc, formatDate, language } = useI18n();
  return (field: MergeableField, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.noValue');
    switch (field) {
      case 'dateOfBirth':
      case 'icwaInquiryDate':
        return formatDate(String(value));
      case 'sex':
        return tc('sex', String(value));
      case 'races':
        return (value as string[]).map((r) => tc('race', r)).join(', ');
      case 'ethnicity':
        return tc('ethnicity', String(value));
      case 'icwaInquiry':
        return tc('icwaInquiry', String(value));
      case 'interpreterNeeded':
        return t(value ? 'common.yes' : 'common.no');
      case 'primaryLanguage':
        return new Intl.DisplayNames([language], { type: 'language' }).of(String(value)) ?? String(value);
      default:
        return String(value);
    }
  };
}
