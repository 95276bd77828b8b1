import type { ChildrenSafe, ContactLocation, ContactMethod, ContactOutcome } from '../../../api/investigation-types';
import type { MessageKey } from '../../../i18n/en';

/** Message keys for the contact codes (INV-2), shared by the form and the list. */

export const outcomeKey = (code: ContactOutcome): MessageKey => `inv.contact.outcome.${code}`;
export const methodKey = (code: ContactMethod): MessageKey => `inv.contact.method.${code}`;
export const locationKey = (code: ContactLocation): MessageKey => `inv.contact.location.${code}`;
export const childrenSafeKey = (code: ChildrenSafe): MessageKey => `inv.contact.safe.${code}`;
