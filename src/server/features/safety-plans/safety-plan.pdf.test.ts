import { describe, expect, it } from 'vitest';
import { type PlanDocument, planBlocks, wrapText } from './safety-plan.document.js';
import { renderPlanPdf } from './safety-plan.pdf.js';
import { isPngDataUrl } from './safety-plans.schema.js';
import { drawnText, tinyPng } from './safety-plan.fixtures.js';

const plan = (over: Partial<PlanDocument> = {}): PlanDocument => ({
  language: 'en',
  status: 'active',
  familyName: 'Torres',
  investigationNumber: 'INV-2026-000123',
  printedOn: '2026-11-22',
  threats: [{ key: 'threat_not_protecting', label: 'A caregiver does not or cannot keep a child away from someone likely to harm them.' }],
  actions: [
    {
      threat: 'threat_not_protecting',
      action: 'Kyle Benson moves out and does not visit while the children are home.',
      responsibleName: 'Rosa Torres',
      responsibleKind: 'family_network',
      monitoring: 'Rosa stops by after school and calls the worker if Kyle is there.',
      frequency: 'Every day',
    },
  ],
  nextReviewOn: '2026-12-01',
  signatures: [
    { signerName: 'Lucia Torres', signerRole: 'parent', method: 'typed', signedOn: '2026-11-22', drawing: null },
    { signerName: 'Rosa Torres', signerRole: 'family_network', method: 'drawn', signedOn: '2026-11-22', drawing: tinyPng },
  ],
  contact: { workerName: 'Ivy Chen', unitName: 'North Investigations Unit', agencyName: 'Connecticut DCF', email: null },
  ...over,
});

const textOf = (blocks: ReturnType<typeof planBlocks>) =>
  blocks.map((b) => ('text' in b ? b.text : 'label' in b ? b.label : `${b.name} ${b.role} ${b.date}`)).join('\n');

describe('INV-4: the printed safety plan for the family', () => {
  it('lists each threat with its action, who is responsible, how and how often it is monitored, the review date, the signatures and whom to call', () => {
    const text = textOf(planBlocks(plan()));
    expect(text).toContain('Safety plan');
    expect(text).toContain('The Torres family · Record INV-2026-000123');
    expect(text).toContain('1. A caregiver does not or cannot keep a child away');
    expect(text).toContain('Who: Rosa Torres (Family or friend)');
    expect(text).toContain('How we will check: Rosa stops by after school');
    expect(text).toContain('How often: Every day');
    expect(text).toContain('December 1, 2026');
    expect(text).toContain('Lucia Torres Parent Signed by typing their name on November 22, 2026');
    expect(text).toContain('Ivy Chen, North Investigations Unit, Connecticut DCF');
    expect(text).not.toContain('DRAFT');
  });

  it('is written in Spanish for a Spanish plan, and a draft says so', () => {
    const text = textOf(planBlocks(plan({ language: 'es', status: 'draft' })));
    expect(text).toContain('Plan de seguridad');
    expect(text).toContain('Familia Torres · Expediente INV-2026-000123');
    expect(text).toContain('Quién: Rosa Torres (Familiar o amistad)');
    expect(text).toContain('1 de diciembre de 2026');
    expect(text).toContain('BORRADOR');
  });

  it('leaves lines to sign on paper when nobody has agreed to this version', () => {
    const blocks = planBlocks(plan({ signatures: [] }));
    expect(blocks.filter((b) => b.kind === 'signature_line')).toHaveLength(2);
  });

  it('wraps long text within the width and cuts a word longer than a line', () => {
    const measure = (s: string) => s.length;
    expect(wrapText('one two three four five', 9, measure)).toEqual(['one two', 'three', 'four five']);
    expect(wrapText('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('first\nsecond', 20, measure)).toEqual(['first', 'second']);
  });

  it('renders a real PDF with the threat, the grandmother’s name, Spanish accents, and characters Helvetica cannot draw replaced', async () => {
    const bytes = await renderPlanPdf(
      plan({
        language: 'es',
        threats: [{ key: 'threat_not_protecting', label: 'Un cuidador no aleja a un niño de alguien que probablemente le haga daño.' }],
        actions: [
          { ...plan().actions[0]!, action: `Kyle se va de la casa → ${'y no vuelve mientras los niños estén. '.repeat(12)}`, frequency: 'Todos los días ✓' },
        ],
      }),
    );
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = drawnText(bytes);
    expect(text).toContain('Un cuidador no aleja a un niño');
    expect(text).toContain('Rosa Torres');
    expect(text).toContain('Todos los días ?');
    // Rosa's drawn signature is embedded as an image; Lucia's typed one is her name.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    expect(text).toContain('Lucia Torres');
    // The long action was wrapped over several lines rather than running off the page.
    expect(text.split('\n').filter((line) => line.includes('no vuelve mientras')).length).toBeGreaterThan(3);
  });

  it('accepts only PNG data URLs as drawn signatures', () => {
    expect(isPngDataUrl(tinyPng)).toBe(true);
    expect(isPngDataUrl('data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==')).toBe(false);
    expect(isPngDataUrl(`data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}`)).toBe(false);
    expect(isPngDataUrl('data:image/png;base64,<script>')).toBe(false);
  });
});
