import type { Page } from 'playwright-core';
import { type InstrumentDefinition, optionsOf } from '../../src/domain/instruments/index.js';
import { itemFieldId, optionFieldId } from '../../src/web/components/instrument/instrument-model.js';

/**
 * Answers an instrument on screen the way a worker does: item by item in the order shown, clicking
 * the option (per-child items once for each child), so follow-up questions appear before
 * they are answered. `answers` are in the API's shape (see test/support/assessment-answers.ts).
 */
export async function answerInstrument(page: Page, definition: InstrumentDefinition, prefix: string, answers: Record<string, unknown>) {
  for (const item of definition.sections.flatMap((s) => s.items)) {
    const answer = answers[item.key];
    if (answer === undefined) continue;
    const options = optionsOf(item);
    const choose = async (fieldId: string, value: unknown) => {
      if (item.type === 'text' || item.type === 'number') {
        await page.locator(`#${fieldId}`).fill(String(value));
        return;
      }
      for (const wanted of Array.isArray(value) ? value : [value]) {
        const index = options.findIndex((o) => o.value === wanted);
        if (index < 0) throw new Error(`${item.key}: no option "${String(wanted)}"`);
        await page.locator(`#${optionFieldId(fieldId, index)}`).check();
      }
    };
    if (item.appliesTo === 'each_child') {
      for (const [childId, value] of Object.entries(answer as Record<string, unknown>)) await choose(itemFieldId(prefix, item.key, childId), value);
    } else {
      await choose(itemFieldId(prefix, item.key), answer);
    }
  }
}
