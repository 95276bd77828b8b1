import type { Translator } from '../../i18n/translate';

/**
 * The USWDS character-count status: how many characters are allowed, left, or over. Text over the
 * limit is kept in the box and counted as over — never cut — so a pasted narrative loses nothing.
 */
export function characterCountStatus(words: Pick<Translator, 'tp'>, length: number, max: number) {
  if (length === 0) return { text: words.tp('field.characterCount.allowed', max), over: false };
  if (length <= max) return { text: words.tp('field.characterCount.left', max - length), over: false };
  return { text: words.tp('field.characterCount.over', length - max), over: true };
}
