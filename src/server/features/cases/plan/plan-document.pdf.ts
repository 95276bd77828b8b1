import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { planParts } from '../../../../domain/case-plan/plan-completeness.js';
import { PageWriter, type TextKind } from '../../safety-plans/safety-plan.pdf.js';
import { type PlanDocumentLanguage, planDocumentWords } from './plan-document.words.js';

interface Step {
  text: string;
  responsible: string;
  responsiblePersonId: string | null;
  agency: boolean;
  dueDate: string | null;
}

export interface PlanDocument {
  language: PlanDocumentLanguage;
  caseNumber: string;
  versionNo: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  startDate: string | null;
  goals: string[];
  objectives: Array<{ part: (typeof planParts)[number]; text: string; measure: string; targetDate: string | null; steps: Step[] }>;
  agreements: Array<{
    name: string;
    outcome: 'agreed' | 'disagreed' | 'not_reached';
    ownWords: string | null;
    typedName: string | null;
    drawing: string | null;
    recordedOn: string;
  }>;
  parents: Array<{ personId: string; name: string }>;
}

type Paragraph = [TextKind, string];

/** A calendar date (YYYY-MM-DD) in plain words: "January 15, 2027", "15 de enero de 2027". */
const day = (language: PlanDocumentLanguage, date: string) =>
  new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The plan itself: goals, each objective with its steps (PLAN-1), in the family's language. */
function planParagraphs(d: PlanDocument): Paragraph[] {
  const w = planDocumentWords[d.language];
  const when = (date: string | null) => (date ? day(d.language, date) : w.noDate);
  const out: Paragraph[] = [
    ['title', w.title],
    [
      'subtitle',
      `${d.caseNumber} · ${w.version(d.versionNo)} · ${w.status[d.status]}${d.startDate ? ` · ${w.startDate} ${day(d.language, d.startDate)}` : ''}`,
    ],
    ['heading', w.goals],
    ...(d.goals.length ? d.goals.map((g): Paragraph => ['text', `• ${g}`]) : [['text', w.none] as Paragraph]),
    ['heading', w.objectives],
  ];
  for (const o of d.objectives) {
    out.push(
      ['subheading', `${w.part[o.part]}: ${w.target} ${when(o.targetDate)}`],
      ['text', `${w.differently}: ${o.text}`],
      ['text', `${w.measure}: ${o.measure}`],
      ['text', `${w.steps}:`],
      ...o.steps.map((s): Paragraph => ['text', `• ${s.text} — ${s.responsible}, ${w.by} ${when(s.dueDate)}`]),
    );
  }
  return out;
}

/** One parent's page: only the steps that parent is responsible for, then the agency's (PLAN-7). */
function parentParagraphs(d: PlanDocument, parent: PlanDocument['parents'][number]): Paragraph[] {
  const w = planDocumentWords[d.language];
  const steps = d.objectives.flatMap((o) => o.steps);
  const line = (s: Step): Paragraph => ['text', `• ${s.text} — ${w.by} ${s.dueDate ? day(d.language, s.dueDate) : w.noDate}`];
  const mine = steps.filter((s) => s.responsiblePersonId === parent.personId).map(line);
  const agency = steps.filter((s) => s.agency).map(line);
  return [
    ['title', w.agreedTitle],
    ['subtitle', `${w.agreedFor(parent.name)} · ${d.caseNumber} · ${w.version(d.versionNo)}`],
    ['heading', w.mySteps],
    ...(mine.length ? mine : [['text', w.none] as Paragraph]),
    ['heading', w.agencySteps],
    ...(agency.length ? agency : [['text', w.none] as Paragraph]),
  ];
}

/**
 * PLAN-7: the case plan as a PDF for the family, with the signatures and a "what I agreed to do"
 * page for each parent. Drawn like the other family letters (the Helvetica PageWriter), so
 * Spanish accents print and a drawn signature embeds as its PNG.
 */
export async function renderPlanDocument(d: PlanDocument): Promise<Uint8Array> {
  const w = planDocumentWords[d.language];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${d.caseNumber}`);
  pdf.setLanguage(d.language === 'es' ? 'es-US' : 'en-US');
  pdf.setCreator('Hearth');
  const writer = new PageWriter(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  for (const [kind, text] of planParagraphs(d)) writer.paragraph(kind, text);
  writer.paragraph('heading', w.agreements);
  if (d.agreements.length === 0) writer.paragraph('text', w.noAgreements);
  for (const a of d.agreements) {
    writer.paragraph('subheading', `${a.name} ${w.outcome[a.outcome]}`);
    if (a.ownWords) writer.paragraph('text', `${w.ownWords}: “${a.ownWords}”`);
    if (a.outcome === 'not_reached') continue;
    if (a.drawing) {
      await writer.signature({ kind: 'signature', name: a.name, role: w.signedScreen, date: day(d.language, a.recordedOn), drawing: a.drawing, typed: false });
    } else {
      writer.paragraph('text', `${a.typedName ? w.signedTyped(a.typedName) : w.signedScreen} · ${day(d.language, a.recordedOn)}`);
    }
  }
  for (const parent of d.parents) {
    writer.newPage();
    for (const [kind, text] of parentParagraphs(d, parent)) writer.paragraph(kind, text);
  }
  return pdf.save();
}
