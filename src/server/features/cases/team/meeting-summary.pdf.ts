import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { attendanceModes, meetingReasons } from '../../../../domain/code-lists.js';
import { PageWriter, type TextKind } from '../../safety-plans/safety-plan.pdf.js';

type Language = 'en' | 'es';

export interface MeetingSummary {
  language: Language;
  timeZone: string;
  caseNumber: string;
  reason: (typeof meetingReasons)[number];
  heldAt: Date;
  location: string | null;
  attendees: Array<{ name: string; attendance: (typeof attendanceModes)[number] | null }>;
  familyWords: string;
  decisions: string;
  followUps: Array<{ action: string; responsible: string; dueOn: string; doneOn: string | null }>;
  disclosures: Array<{ label: string; explanation: string; explained: boolean | null; familyResponse: string | null }>;
}

const words = {
  en: {
    title: 'Family team meeting summary',
    reason: {
      regular_review: 'Regular review',
      before_placement: 'Before a placement',
      after_emergency_placement: 'After an emergency placement',
      requested: 'Asked for by the family',
      closure_planning: 'Planning to close the case',
    },
    attendance: { in_person: 'in person', phone: 'by phone', video: 'by video', absent: 'did not attend' },
    invited: 'invited',
    who: 'Who took part',
    family: 'What the family said',
    decisions: 'What the team decided',
    followUps: 'Who will do what, by when',
    done: 'done',
    disclosure: 'What the agency explained (full disclosure)',
    explained: 'Explained',
    notExplained: 'Not yet explained',
    response: 'The family’s response',
    none: 'None recorded.',
    at: 'Place',
  },
  es: {
    title: 'Resumen de la reunión del equipo familiar',
    reason: {
      regular_review: 'Revisión periódica',
      before_placement: 'Antes de una colocación',
      after_emergency_placement: 'Después de una colocación de emergencia',
      requested: 'A pedido de la familia',
      closure_planning: 'Planificación del cierre del caso',
    },
    attendance: { in_person: 'en persona', phone: 'por teléfono', video: 'por video', absent: 'no asistió' },
    invited: 'invitado/a',
    who: 'Quiénes participaron',
    family: 'Lo que dijo la familia',
    decisions: 'Lo que decidió el equipo',
    followUps: 'Quién hará qué y para cuándo',
    done: 'hecho',
    disclosure: 'Lo que explicó la agencia (divulgación completa)',
    explained: 'Explicado',
    notExplained: 'Todavía no explicado',
    response: 'La respuesta de la familia',
    none: 'No se registró nada.',
    at: 'Lugar',
  },
} as const;

function paragraphs(s: MeetingSummary): Array<[TextKind, string]> {
  const w = words[s.language];
  const when = new Intl.DateTimeFormat(s.language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: s.timeZone }).format(
    s.heldAt,
  );
  const out: Array<[TextKind, string]> = [
    ['title', w.title],
    ['subtitle', `${s.caseNumber} · ${when} · ${w.reason[s.reason]}`],
    ...(s.location ? [['text', `${w.at}: ${s.location}`] as [TextKind, string]] : []),
    ['heading', w.who],
    ...(s.attendees.length === 0
      ? [['text', w.none] as [TextKind, string]]
      : s.attendees.map((a): [TextKind, string] => ['text', `• ${a.name} — ${a.attendance ? w.attendance[a.attendance] : w.invited}`])),
    ['heading', w.family],
    ['text', s.familyWords],
    ['heading', w.decisions],
    ['text', s.decisions],
    ['heading', w.followUps],
    ...(s.followUps.length === 0
      ? [['text', w.none] as [TextKind, string]]
      : s.followUps.map((f): [TextKind, string] => ['text', `• ${f.action} — ${f.responsible}, ${f.dueOn}${f.doneOn ? ` (${w.done} ${f.doneOn})` : ''}`])),
    ['heading', w.disclosure],
  ];
  for (const d of s.disclosures) {
    out.push(['subheading', `${d.label}: ${d.explained ? w.explained : w.notExplained}`], ['text', d.explanation]);
    if (d.familyResponse) out.push(['note', `${w.response}: ${d.familyResponse}`]);
  }
  return out;
}

/** ENG-4: the meeting's summary for the family, in their language (PDF). */
export async function renderMeetingSummary(summary: MeetingSummary): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${words[summary.language].title} ${summary.caseNumber}`);
  pdf.setLanguage(summary.language === 'es' ? 'es-US' : 'en-US');
  pdf.setCreator('Hearth');
  const writer = new PageWriter(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  for (const [kind, text] of paragraphs(summary)) writer.paragraph(kind, text);
  return pdf.save();
}
