import type { planParts } from '../../../../domain/case-plan/plan-completeness.js';

type Part = (typeof planParts)[number];
type Status = 'draft' | 'submitted' | 'approved' | 'returned';

/**
 * PLAN-7: the printed case plan's words, in English and Spanish, kept beside the PDF so a
 * translator reads them in one place. Plain words: the family reads this, not the court.
 */
export const planDocumentWords = {
  en: {
    title: 'Our family’s case plan',
    version: (n: number) => `Version ${n}`,
    status: { draft: 'Draft', submitted: 'Waiting for approval', approved: 'Approved', returned: 'Being changed' } satisfies Record<Status, string>,
    startDate: 'Plan starts',
    goals: 'What our family wants (in our words)',
    objectives: 'What will change',
    part: { safety: 'Safety', childNeeds: 'The children’s needs', permanency: 'A lasting home', wellBeing: 'Well-being' } satisfies Record<Part, string>,
    differently: 'What will be done differently',
    measure: 'How we will know',
    target: 'By',
    steps: 'Steps',
    by: 'by',
    noDate: 'no date set',
    agreements: 'Who agreed',
    outcome: { agreed: 'agrees with the plan', disagreed: 'does not agree with the plan', not_reached: 'could not be reached' },
    ownWords: 'In their words',
    signedTyped: (name: string) => `Signed by typing: ${name}`,
    signedScreen: 'Signed on screen',
    noAgreements: 'No one has signed this version yet.',
    agreedTitle: 'What I agreed to do',
    agreedFor: (name: string) => `For ${name}`,
    mySteps: 'My steps',
    agencySteps: 'What the agency will do',
    none: 'None.',
  },
  es: {
    title: 'El plan del caso de nuestra familia',
    version: (n: number) => `Versión ${n}`,
    status: { draft: 'Borrador', submitted: 'Esperando aprobación', approved: 'Aprobado', returned: 'En cambios' } satisfies Record<Status, string>,
    startDate: 'El plan empieza',
    goals: 'Lo que quiere nuestra familia (en nuestras palabras)',
    objectives: 'Lo que va a cambiar',
    part: { safety: 'Seguridad', childNeeds: 'Las necesidades de los niños', permanency: 'Un hogar permanente', wellBeing: 'Bienestar' } satisfies Record<
      Part,
      string
    >,
    differently: 'Lo que se hará de otra manera',
    measure: 'Cómo lo sabremos',
    target: 'Para el',
    steps: 'Pasos',
    by: 'para el',
    noDate: 'sin fecha',
    agreements: 'Quiénes están de acuerdo',
    outcome: { agreed: 'está de acuerdo con el plan', disagreed: 'no está de acuerdo con el plan', not_reached: 'no se pudo localizar' },
    ownWords: 'En sus palabras',
    signedTyped: (name: string) => `Firmado escribiendo: ${name}`,
    signedScreen: 'Firmado en la pantalla',
    noAgreements: 'Nadie ha firmado esta versión todavía.',
    agreedTitle: 'Lo que acepté hacer',
    agreedFor: (name: string) => `Para ${name}`,
    mySteps: 'Mis pasos',
    agencySteps: 'Lo que hará la agencia',
    none: 'Ninguno.',
  },
} as const;

export type PlanDocumentLanguage = keyof typeof planDocumentWords;
