import type { Relationship, RelationshipKind } from '../../../api/types';
import type { MessageKey } from '../../../i18n/en';
import type { Translator } from '../../../i18n/translate';

const kinds: readonly RelationshipKind[] = [
  'parent_of',
  'child_of',
  'sibling_of',
  'grandparent_of',
  'grandchild_of',
  'partner_of',
  'household_member_of',
  'relative_of',
  'other',
];

/**
 * A relationship in plain words, "Rachel Smyth is parent of Jon Smyth" (INT-2). Each kind has a
 * whole-sentence template, so Spanish can order the words its own way; a kind this app does not
 * know yet still reads sensibly with its code shown.
 */
export function relationshipSentence(relationship: Relationship, names: Map<string, string>, words: Pick<Translator, 't' | 'tc'>): string {
  const person = names.get(relationship.personId) ?? words.t('common.unknown');
  const related = names.get(relationship.relatedPersonId) ?? words.t('common.unknown');
  if (!kinds.includes(relationship.kind)) {
    return words.t('relationships.sentence.unknown', { person, related, kind: words.tc('relationshipKind', relationship.kind) });
  }
  return words.t(`relationships.sentence.${relationship.kind}` as MessageKey, { person, related });
}
