import { describe, expect, it } from 'vitest';
import type { Relationship, RelationshipKind } from '../../../api/types';
import { createTranslator } from '../../../i18n/translate';
import { relationshipSentence } from './relationship-words';

const names = new Map([
  ['rachel', 'Rachel Smyth'],
  ['jon', 'Jon Smyth'],
]);
const relationship = (kind: string): Relationship => ({ id: 'r1', personId: 'rachel', relatedPersonId: 'jon', kind: kind as RelationshipKind });

describe('relationships in plain words', () => {
  it('reads "person is <kind> related person" in English and Spanish', () => {
    expect(relationshipSentence(relationship('parent_of'), names, createTranslator('en'))).toBe('Rachel Smyth is parent of Jon Smyth');
    expect(relationshipSentence(relationship('parent_of'), names, createTranslator('es'))).toBe('Rachel Smyth es padre o madre de Jon Smyth');
    expect(relationshipSentence(relationship('partner_of'), names, createTranslator('es'))).toBe('Rachel Smyth es pareja de Jon Smyth');
  });

  it('has a sentence for every kind the server offers', () => {
    const kinds = ['parent_of', 'child_of', 'sibling_of', 'grandparent_of', 'grandchild_of', 'partner_of', 'household_member_of', 'relative_of', 'other'];
    for (const language of ['en', 'es'] as const) {
      for (const kind of kinds) {
        const sentence = relationshipSentence(relationship(kind), names, createTranslator(language));
        expect(sentence).toMatch(/^Rachel Smyth .+ Jon Smyth$/);
        expect(sentence).not.toContain('relationships.');
      }
    }
  });

  it('still reads sensibly for a kind it does not know, or a person no longer listed', () => {
    expect(relationshipSentence(relationship('godparent_of'), names, createTranslator('en'))).toBe('Rachel Smyth is related to Jon Smyth (Godparent of)');
    expect(relationshipSentence({ ...relationship('sibling_of'), relatedPersonId: 'gone' }, names, createTranslator('en'))).toBe(
      'Rachel Smyth is sibling of Unknown',
    );
  });
});
