import type { CasePlanMessageKey } from './en-case-plan';

/** Spanish for the case plan's problems (see en-case-plan.ts). */
export const esCasePlan: Record<CasePlanMessageKey, string> = {
  'problem.casePlan.exists': 'Este caso ya tiene un plan. Revise la versión aprobada para cambiarlo.',
  'problem.casePlan.openVersion': 'Ya se está trabajando en una versión de este plan. Termine esa primero.',
  'problem.casePlan.notEditable': 'Esta versión del plan ya no puede cambiar. Revise el plan aprobado para cambiarlo.',
  'problem.casePlan.incomplete': 'El plan todavía no está listo para aprobación: falta(n) {count} cosa(s).',
  'problem.casePlan.notCurrent': 'Solo se puede revisar la versión aprobada más reciente del plan.',
  'problem.casePlan.outdated': 'El plan cambió desde que se mostró. Muestre a la familia la versión actual y luego registre su acuerdo.',
  'problem.casePlan.notInForce': 'El progreso se revisa con el plan vigente: la versión aprobada más reciente.',
  'problem.casePlan.notSubmitted': 'Esta versión del plan no está esperando aprobación.',
};
