import type { FindingCode } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';

/** INV-6: the NCANDS dispositions in words, with what each means (codes 1, 2, 5, 6, 7). */
export const findingLabelKey = (code: FindingCode): MessageKey => `inv.finding.code.${code}`;
export const findingHintKey = (code: FindingCode): MessageKey => `inv.finding.hint.${code}`;
