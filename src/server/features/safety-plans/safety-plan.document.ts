/**
 * The family's printable safety plan (INV-4) as a list of blocks in the plan's language: pure, so
 * what the family reads can be tested without opening a PDF. safety-plan.pdf.ts draws the blocks.
 */

export type Language = 'en' | 'es';

export interface PlanDocument {
  language: Language;
  status: 'draft' | 'pending_approval' | 'active' | 'ended';
  familyName: string;
  investigationNumber: string;
  /** The day it was printed, agency time (YYYY-MM-DD). */
  printedOn: string;
  threats: Array<{ key: string; label: string }>;
  actions: Array<{ threat: string; action: string; responsibleName: string; responsibleKind: string; monitoring: string; frequency: string }>;
  nextReviewOn: string | null;
  /** Only the signatures given to this version of the plan. */
  signatures: Array<{ signerName: string; signerRole: string; method: 'typed' | 'drawn'; signedOn: string; drawing: string | null }>;
  contact: { workerName: string | null; unitName: string; agencyName: string; email: string | null };
}

export type Block =
  | { kind: 'title' | 'subtitle' | 'heading' | 'subheading' | 'text' | 'note'; text: string }
  | { kind: 'signature'; name: string; role: string; date: string; drawing: string | null; typed: boolean }
  | { kind: 'signature_line'; label: string };

const words = {
  en: {
    title: 'Safety plan',
    family: (name: string) => `The ${name} family`,
    record: (n: string) => `Record ${n}`,
    printed: (d: string) => `Printed ${d}`,
    draft: 'DRAFT: not yet approved',
    pending: 'Waiting for the supervisor’s approval',
    ended: 'This plan has ended',
    intro: 'This plan says what we agreed to do to keep the children safe, who will do it, and how we will know it is working.',
    threatsHeading: 'What we are worried about and what will keep the children safe',
    noAction: 'No action has been agreed for this yet.',
    who: 'Who',
    how: 'How we will check',
    often: 'How often',
    review: 'We will review this plan together on',
    noReview: 'We will agree a date to review this plan.',
    agreement: 'Our agreement',
    agreementText: 'By signing, we agree to follow this plan and to tell the worker right away if any part of it stops working.',
    signedTyped: (d: string) => `Signed by typing their name on ${d}`,
    signedDrawn: (d: string) => `Signed on ${d}`,
    signature: 'Signature',
    date: 'Date',
    name: 'Name',
    contact: 'Questions, or is part of the plan not working? Contact',
    roles: {
      parent: 'Parent',
      caregiver: 'Caregiver',
      child: 'Child',
      family_network: 'Family or friend',
      provider: 'Service provider',
      worker: 'Worker',
      other: 'Other',
      agency: 'Agency',
    } as Record<string, string>,
  },
  es: {
    title: 'Plan de seguridad',
    family: (name: string) => `Familia ${name}`,
    record: (n: string) => `Expediente ${n}`,
    printed: (d: string) => `Impreso el ${d}`,
    draft: 'BORRADOR: aún no aprobado',
    pending: 'En espera de la aprobación del supervisor',
    ended: 'Este plan ha terminado',
    intro: 'Este plan dice lo que acordamos hacer para mantener a salvo a los niños, quién lo hará y cómo sabremos que funciona.',
    threatsHeading: 'Lo que nos preocupa y lo que mantendrá a salvo a los niños',
    noAction: 'Todavía no se ha acordado ninguna acción para esto.',
    who: 'Quién',
    how: 'Cómo lo comprobaremos',
    often: 'Con qué frecuencia',
    review: 'Revisaremos este plan juntos el',
    noReview: 'Acordaremos una fecha para revisar este plan.',
    agreement: 'Nuestro acuerdo',
    agreementText: 'Al firmar, aceptamos seguir este plan y avisar de inmediato al trabajador si alguna parte deja de funcionar.',
    signedTyped: (d: string) => `Firmó escribiendo su nombre el ${d}`,
    signedDrawn: (d: string) => `Firmó el ${d}`,
    signature: 'Firma',
    date: 'Fecha',
    name: 'Nombre',
    contact: '¿Preguntas, o alguna parte del plan no funciona? Comuníquese con',
    roles: {
      parent: 'Madre o padre',
      caregiver: 'Cuidador(a)',
      child: 'Niño(a)',
      family_network: 'Familiar o amistad',
      provider: 'Proveedor de servicios',
      worker: 'Trabajador(a)',
      other: 'Otra persona',
      agency: 'Agencia',
    } as Record<string, string>,
  },
} satisfies Record<Language, unknown>;

/** A calendar date in words: "December 1, 2026" / "1 de diciembre de 2026". */
export function formatDate(language: Language, date: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function planBlocks(doc: PlanDocument): Block[] {
  const w = words[doc.language];
  const day = (d: string) => formatDate(doc.language, d);
  const role = (code: string) => w.roles[code] ?? code;
  const blocks: Block[] = [
    { kind: 'title', text: w.title },
    { kind: 'subtitle', text: `${w.family(doc.familyName)} · ${w.record(doc.investigationNumber)} · ${w.printed(day(doc.printedOn))}` },
  ];
  if (doc.status === 'draft') blocks.push({ kind: 'note', text: w.draft });
  if (doc.status === 'pending_approval') blocks.push({ kind: 'note', text: w.pending });
  if (doc.status === 'ended') blocks.push({ kind: 'note', text: w.ended });
  blocks.push({ kind: 'text', text: w.intro }, { kind: 'heading', text: w.threatsHeading });

  const known = new Set(doc.threats.map((t) => t.key));
  const groups = [...doc.threats.map((t) => ({ key: t.key, label: t.label })), ...unlistedThreats(doc, known)];
  groups.forEach((threat, i) => {
    blocks.push({ kind: 'subheading', text: `${i + 1}. ${threat.label}` });
    const actions = doc.actions.filter((a) => a.threat === threat.key);
    if (actions.length === 0) blocks.push({ kind: 'text', text: w.noAction });
    for (const action of actions) {
      blocks.push({ kind: 'text', text: `• ${action.action}` });
      blocks.push({ kind: 'text', text: `${w.who}: ${action.responsibleName} (${role(action.responsibleKind)})` });
      blocks.push({ kind: 'text', text: `${w.how}: ${action.monitoring}` });
      blocks.push({ kind: 'text', text: `${w.often}: ${action.frequency}` });
    }
  });

  blocks.push({ kind: 'heading', text: doc.nextReviewOn ? `${w.review} ${day(doc.nextReviewOn)}` : w.noReview });
  blocks.push({ kind: 'heading', text: w.agreement }, { kind: 'text', text: w.agreementText });
  for (const s of doc.signatures) {
    const date = s.method === 'typed' ? w.signedTyped(day(s.signedOn)) : w.signedDrawn(day(s.signedOn));
    blocks.push({
      kind: 'signature',
      name: s.signerName,
      role: role(s.signerRole),
      date,
      drawing: s.method === 'drawn' ? s.drawing : null,
      typed: s.method === 'typed',
    });
  }
  // Room to sign on paper when nobody has signed this version yet.
  if (doc.signatures.length === 0) {
    for (let i = 0; i < 2; i++)
      blocks.push({
        kind: 'signature_line',
        label: `${w.name} ____________________________   ${w.signature} ____________________________   ${w.date} ____________`,
      });
  }
  const contact = [doc.contact.workerName, doc.contact.unitName, doc.contact.agencyName, doc.contact.email].filter(Boolean).join(', ');
  blocks.push({ kind: 'note', text: `${w.contact} ${contact}.` });
  return blocks;
}

/** Actions saved against a threat the assessment no longer lists still appear, under their key. */
function unlistedThreats(doc: PlanDocument, known: Set<string>) {
  const extra = [...new Set(doc.actions.map((a) => a.threat).filter((key) => !known.has(key)))];
  return extra.map((key) => ({ key, label: key }));
}

/** Breaks text into lines no wider than `maxWidth` as measured; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
