import type { CaseKind } from '../../api/cases';
import type { PlansMessageKey } from '../../i18n/en-plans';
import { humaniseCode, type Translator } from '../../i18n/translate';

/** Words for a case's codes (INV-7); an unknown code is shown readably rather than hidden. */

export const caseKindKey: Record<CaseKind, PlansMessageKey> = {
  in_home: 'cases.kind.in_home',
  out_of_home: 'cases.kind.out_of_home',
};

const riskLevelKeys: Record<string, PlansMessageKey> = {
  low: 'cases.risk.low',
  moderate: 'cases.risk.moderate',
  high: 'cases.risk.high',
  very_high: 'cases.risk.very_high',
};

const workerRoleKeys: Record<string, PlansMessageKey> = {
  primary: 'cases.workerRole.primary',
  secondary: 'cases.workerRole.secondary',
};

const pick = (keys: Record<string, PlansMessageKey>, t: Translator['t'], code: string | null | undefined) =>
  code ? (Object.hasOwn(keys, code) ? t(keys[code]!) : humaniseCode(code)) : t('common.notRecorded');

export const caseKindText = (t: Translator['t'], kind: string) => pick(caseKindKey, t, kind);
export const riskLevelText = (t: Translator['t'], level: string | null) => pick(riskLevelKeys, t, level);
export const workerRoleText = (t: Translator['t'], role: string) => pick(workerRoleKeys, t, role);
