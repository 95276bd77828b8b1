import type { InvestigationProblemMessageKey } from './en-problems-investigation';

/** Spanish wording for the server's problems on the investigation screens (see en-problems-investigation.ts). */
export const esProblemsInvestigation: Record<InvestigationProblemMessageKey, string> = {
  'problem.inv.forbiddenRecord': 'Solo el investigador asignado, un colaborador o su supervisor pueden registrar en esta investigación.',
  'problem.inv.forbiddenUnitReport': 'El informe de la unidad es para supervisores y gerentes de programa.',
  'problem.plan.forbiddenReview': 'Solo el investigador, los trabajadores del caso o su supervisor pueden revisar este plan de seguridad.',

  'problem.inv.closed': 'Esta investigación está cerrada: se puede leer, pero ya no se puede cambiar.',
  'problem.inv.decisionPending': 'La decisión está en espera del supervisor; no se puede cambiar hasta que la apruebe o la devuelva.',
  'problem.inv.decisionApproved': 'La decisión fue aprobada; ya no se puede cambiar.',
  'problem.inv.safetyCompleted': 'Esta evaluación de seguridad se completó el {date} y ya no se puede cambiar.',
  'problem.inv.riskCompleted': 'Esta evaluación de riesgo se completó el {date} y ya no se puede cambiar.',
  'problem.inv.overridePending': 'Ya hay un cambio de este nivel de riesgo en espera de aprobación.',
  'problem.inv.noDecisionPending': 'Esta investigación no tiene ninguna decisión en espera de aprobación. Vuelva a cargar para ver en qué estado está.',
  'problem.inv.extensionNothingLeft': 'La evaluación se completó o su plazo se cerró después de pedir la prórroga; ya no queda nada que prorrogar.',
  'problem.plan.exists': 'Esta investigación ya tiene un plan de seguridad (estado: {status}). Ábralo para hacer cambios.',
  'problem.plan.endedNoSign': 'Este plan de seguridad terminó; ya no se puede firmar.',
  'problem.plan.reviewNotInForce': 'Solo se puede revisar un plan de seguridad vigente (aprobado y no terminado).',
  'problem.plan.approveNotPending': 'El estado de este plan de seguridad es «{status}»; solo se puede aprobar un plan en espera de aprobación.',
  'problem.plan.returnNotPending': 'El estado de este plan de seguridad es «{status}»; solo se puede devolver un plan en espera de aprobación.',
  'problem.approval.alreadyApproved': 'Esta solicitud ya fue aprobada. Vuelva a cargar para ver la decisión.',
  'problem.approval.alreadyReturned': 'Esta solicitud ya fue devuelta. Vuelva a cargar para ver la decisión.',
  'problem.approval.alreadyPending': 'Esto ya está en espera de aprobación.',

  'problem.inv.noCompletionClock': 'Esta investigación no tiene un plazo de finalización abierto que se pueda prorrogar.',
  'problem.inv.noSafetyInstrument': 'El perfil {profile} no indica ningún instrumento de evaluación de seguridad. Pida a un administrador que lo configure.',
  'problem.inv.noRiskInstrument': 'El perfil {profile} no indica ningún instrumento de evaluación de riesgo. Pida a un administrador que lo configure.',
  'problem.inv.riskBeforeOverride': 'Complete la evaluación de riesgo antes de cambiar su nivel.',
  'problem.plan.needsSafety':
    'Primero complete la evaluación de seguridad. Se hace un plan de seguridad cuando su decisión es «seguro con un plan de seguridad».',
  'problem.plan.notWithPlan':
    'La decisión de la evaluación de seguridad es «{decision}». Solo se hace un plan de seguridad cuando la decisión es «seguro con un plan de seguridad».',
  'problem.approval.noRoute': 'El perfil {profile} no indica quién aprueba las solicitudes de «{kind}». Pida a un administrador que lo configure.',
  'problem.case.noCaseworker':
    'La unidad de servicios continuos no tiene ningún trabajador de casos que pueda tomar el caso. Pida a un administrador que agregue uno.',
  'problem.case.noOngoingUnit':
    'Esta oficina no tiene una unidad de servicios continuos configurada, así que no se puede abrir el caso. Pida a un administrador que la agregue.',

  'problem.inv.contactBeforeReport': 'Use una hora posterior a la recepción del reporte',
  'problem.inv.keepFaceToFace': 'Mantenga la hora y a quién se vio: este contacto detuvo el plazo de respuesta. Registre otro contacto en su lugar',
  'problem.inv.participantNotOnReport': 'Esta persona no figura en el reporte de la investigación; agréguela primero al reporte',
  'problem.inv.answerQuestion': 'Responda esta pregunta',
  'problem.inv.answerEachChild': 'Responda esto para cada niño (faltan: {count})',
  'problem.inv.extensionLaterDate': 'Elija una fecha posterior al {date}',
  'problem.plan.drawingTooLarge': 'La firma dibujada es demasiado grande; bórrela y vuelva a firmar con menos trazos',
  'problem.plan.nextReviewPast': 'Elija hoy o una fecha posterior para la próxima revisión',
  'problem.approval.absenceOverlap': 'Ya registró una ausencia en algunos de estos días; cancélela primero',
  'problem.approval.delegateScope': 'La persona delegada debe supervisar o dirigir las unidades que usted supervisa, para poder ver lo que aprueba',
};
