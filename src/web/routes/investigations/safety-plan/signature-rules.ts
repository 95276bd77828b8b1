import type { SignerRole } from '../../../api/safety-plans';
import { isPngDataUrl } from '../../../components/signature-pad-geometry';
import type { PlansMessageKey } from '../../../i18n/en-plans';

/** The signature form's values and its checks (INV-4), kept pure so they are tested directly. */

export interface SignatureValues {
  /** A person on the report, 'other', or '' before choosing. */
  personId: string;
  signerName: string;
  signerRole: SignerRole | '';
  method: 'drawn' | 'typed';
  agreed: boolean;
}

export type SignatureField = keyof SignatureValues | 'drawing' | 'unsaved';

/** How someone on the report most likely signs; the worker can change it. */
export function signerRoleFor(participantRole: string): SignerRole {
  if (participantRole === 'parent') return 'parent';
  if (participantRole === 'alleged_victim') return 'child';
  if (participantRole === 'other_family') return 'family_network';
  return 'other';
}

/**
 * What must be fixed before a signature is recorded. The family agrees to the saved plan, so
 * unsaved changes to it come first.
 */
export function signatureProblems(
  values: SignatureValues & { drawing: string | null },
  unsavedPlan: boolean,
): Partial<Record<SignatureField, PlansMessageKey>> {
  const problems: Partial<Record<SignatureField, PlansMessageKey>> = {};
  if (unsavedPlan) problems.unsaved = 'plans.sign.saveFirst';
  if (!values.personId) problems.personId = 'plans.sign.personRequired';
  if (!values.signerName.trim()) problems.signerName = 'plans.sign.nameRequired';
  if (!values.signerRole) problems.signerRole = 'plans.sign.roleRequired';
  if (values.method === 'drawn' && !isPngDataUrl(values.drawing)) problems.drawing = 'plans.sign.drawingRequired';
  if (values.method === 'typed' && !values.agreed) problems.agreed = 'plans.sign.agreedRequired';
  return problems;
}
