import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { type Block, type PlanDocument, planBlocks, wrapText } from './safety-plan.document.js';
import { PNG_DATA_URL_PREFIX } from './safety-plans.schema.js';

const PAGE = { width: 612, height: 792, margin: 54 }; // US Letter, ¾-inch margins
export type TextKind = 'title' | 'subtitle' | 'heading' | 'subheading' | 'text' | 'note' | 'signature_line';
const STYLE: Record<TextKind, { size: number; bold: boolean; before: number }> = {
  title: { size: 20, bold: true, before: 0 },
  subtitle: { size: 10, bold: false, before: 4 },
  heading: { size: 13, bold: true, before: 14 },
  subheading: { size: 11, bold: true, before: 10 },
  text: { size: 10.5, bold: false, before: 3 },
  note: { size: 10, bold: true, before: 8 },
  signature_line: { size: 10, bold: false, before: 18 },
};
const LINE_GAP = 1.35;
const SIGNATURE_BOX = { width: 180, height: 54 };

/**
 * Draws the family's safety plan (INV-4) with the standard Helvetica fonts, so no font file ships.
 * Their WinAnsi encoding covers Spanish (á, ñ, ¿, ¡); anything else is spelled without its accent
 * or replaced, since pdf-lib refuses characters a font cannot encode.
 */
export async function renderPlanPdf(plan: PlanDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(plan.language === 'es' ? `Plan de seguridad ${plan.investigationNumber}` : `Safety plan ${plan.investigationNumber}`);
  pdf.setLanguage(plan.language === 'es' ? 'es-US' : 'en-US');
  pdf.setCreator('Hearth');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const writer = new PageWriter(pdf, regular, bold);
  for (const block of planBlocks(plan)) {
    if (block.kind === 'signature') await writer.signature(block);
    else writer.paragraph(block.kind, block.kind === 'signature_line' ? block.label : block.text);
  }
  return pdf.save();
}

/**
 * Keeps a cursor down the page and starts a new page when the next thing will not fit. Shared by the
 * other letters Hearth prints (the relative notice, ENG-2).
 */
export class PageWriter {
  private page: PDFPage;
  private y: number;
  private readonly encodable: Set<number>;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.encodable = new Set(regular.getCharacterSet());
  }

  paragraph(kind: TextKind, text: string) {
    const style = STYLE[kind];
    const font = style.bold ? this.bold : this.regular;
    const width = PAGE.width - 2 * PAGE.margin;
    const lines = wrapText(this.clean(text), width, (s) => font.widthOfTextAtSize(s, style.size));
    const lineHeight = style.size * LINE_GAP;
    // A heading is never left alone at the foot of a page.
    const keep = kind === 'heading' || kind === 'subheading' ? lineHeight * 3 : lineHeight;
    this.space(style.before + keep);
    this.y -= style.before;
    for (const line of lines) {
      this.space(lineHeight);
      this.y -= style.size;
      this.page.drawText(line, { x: PAGE.margin, y: this.y, size: style.size, font, color: kind === 'note' ? rgb(0.55, 0.1, 0.1) : rgb(0, 0, 0) });
      this.y -= lineHeight - style.size;
    }
  }

  async signature(block: Extract<Block, { kind: 'signature' }>) {
    this.space(SIGNATURE_BOX.height + 40);
    this.y -= 12;
    const top = this.y;
    const image = block.drawing ? await this.embedDrawing(block.drawing) : null;
    if (image) {
      const scale = Math.min(SIGNATURE_BOX.width / image.width, SIGNATURE_BOX.height / image.height, 1);
      this.page.drawImage(image, { x: PAGE.margin, y: top - image.height * scale, width: image.width * scale, height: image.height * scale });
      this.y = top - SIGNATURE_BOX.height;
    } else {
      // A typed signature is the typed name, set apart so it reads as the signature.
      this.y -= 16;
      this.page.drawText(this.clean(block.name), { x: PAGE.margin, y: this.y, size: 16, font: this.bold });
      this.y -= 6;
    }
    this.page.drawLine({ start: { x: PAGE.margin, y: this.y }, end: { x: PAGE.margin + SIGNATURE_BOX.width + 60, y: this.y }, thickness: 0.5 });
    this.y -= 12;
    this.page.drawText(this.clean(`${block.name} (${block.role}) · ${block.date}`), { x: PAGE.margin, y: this.y, size: 9.5, font: this.regular });
    this.y -= 6;
  }

  private async embedDrawing(dataUrl: string) {
    if (!dataUrl.startsWith(PNG_DATA_URL_PREFIX)) return null;
    try {
      return await this.pdf.embedPng(Buffer.from(dataUrl.slice(PNG_DATA_URL_PREFIX.length), 'base64'));
    } catch {
      return null; // an unreadable image prints as the typed name rather than failing the whole plan
    }
  }

  /** Starts a fresh page: the case plan's "what I agreed to do" page for each parent (PLAN-7) stands alone. */
  newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private space(needed: number) {
    if (this.y - needed >= PAGE.margin) return;
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  /** What the font can draw: accents kept where WinAnsi has them, else dropped, else "?". */
  private clean(text: string) {
    let out = '';
    for (const char of text.replace(/\t/g, ' ')) {
      if (char === '\n' || this.encodable.has(char.codePointAt(0)!)) {
        out += char;
        continue;
      }
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...bare].every((c) => this.encodable.has(c.codePointAt(0)!)) && bare ? bare : '?';
    }
    return out;
  }
}
