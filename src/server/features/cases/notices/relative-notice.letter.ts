import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PageWriter, type TextKind } from '../../safety-plans/safety-plan.pdf.js';

export interface NoticeLetter {
  language: 'en' | 'es';
  relativeName: string;
  childNames: string[];
  caseNumber: string;
  caseworkerName: string;
  unitName: string;
  date: string;
}

/**
 * What the notice must tell an adult relative (SSA §471(a)(29)): that the child has been removed
 * from the parents' custody, the options to take part in the child's care and placement (and that
 * not answering may mean losing some of them), what it takes to become a foster family home and the
 * support that comes with it, and kinship guardianship assistance where the state offers it.
 * Hearth's own plain words, in the relative's language.
 */
function paragraphs(letter: NoticeLetter): Array<[TextKind, string]> {
  const children = letter.childNames.join(letter.language === 'es' ? ' y ' : ' and ');
  if (letter.language === 'es') {
    return [
      ['title', 'Aviso a familiares'],
      ['subtitle', `Caso ${letter.caseNumber} · ${letter.date}`],
      ['text', `Estimado/a ${letter.relativeName}:`],
      ['text', `Le escribimos porque ${children} ya no vive con sus padres por ahora y está bajo el cuidado de la agencia. Usted es familiar y puede ayudar.`],
      ['heading', 'Cómo puede participar'],
      ['text', '• Cuidar a los niños en su hogar, como familia de acogida o cuidador familiar.'],
      ['text', '• Visitarles, llamarles o apoyarles de otras maneras, y participar en las reuniones del equipo familiar.'],
      ['text', '• Ayudar a planificar su regreso a casa o un hogar permanente.'],
      ['heading', 'Lo que debe saber'],
      [
        'text',
        'Para ser una familia de acogida hay requisitos (por ejemplo, una evaluación del hogar). La agencia le explicará cada paso y los apoyos y pagos disponibles, incluida la ayuda de tutela para familiares donde exista.',
      ],
      ['note', 'Si no responde, es posible que pierda algunas de estas opciones. Responda lo antes posible.'],
      ['heading', 'Comuníquese con nosotros'],
      ['text', `${letter.caseworkerName}, ${letter.unitName}.`],
    ];
  }
  return [
    ['title', 'Notice to relatives'],
    ['subtitle', `Case ${letter.caseNumber} · ${letter.date}`],
    ['text', `Dear ${letter.relativeName},`],
    ['text', `We are writing because ${children} cannot live with their parents for now and is in the agency's care. You are family, and you can help.`],
    ['heading', 'How you can take part'],
    ['text', '• Care for the children in your home, as a foster family or a relative caregiver.'],
    ['text', '• Visit, call or support them in other ways, and join the family team meetings.'],
    ['text', '• Help plan their return home or another permanent home.'],
    ['heading', 'What you should know'],
    [
      'text',
      'Becoming a foster family home has requirements (for example, a home study). The agency will explain each step and the support and payments available, including kinship guardianship assistance where it is offered.',
    ],
    ['note', 'If you do not answer, you may lose some of these options. Please answer as soon as you can.'],
    ['heading', 'Contact us'],
    ['text', `${letter.caseworkerName}, ${letter.unitName}.`],
  ];
}

export async function renderNoticeLetter(letter: NoticeLetter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(letter.language === 'es' ? `Aviso a familiares ${letter.caseNumber}` : `Notice to relatives ${letter.caseNumber}`);
  pdf.setLanguage(letter.language === 'es' ? 'es-US' : 'en-US');
  pdf.setCreator('Hearth');
  const writer = new PageWriter(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  for (const [kind, text] of paragraphs(letter)) writer.paragraph(kind, text);
  return pdf.save();
}
