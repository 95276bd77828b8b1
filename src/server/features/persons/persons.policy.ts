import { type Actor, canSeePerson, type PersonAccessFacts } from '../../platform/access.js';
import { notFound, Problem } from '../../platform/errors.js';
import type { Role } from '../../platform/roles.js';

/** Who may do what with a person record: (action) → roles, plus need-to-know for reading. */
const rolesFor: Record<'search' | 'create' | 'edit' | 'merge' | 'undoMerge', Role[]> = {
  search: ['hotline_screener', 'investigator', 'caseworker', 'supervisor', 'program_manager', 'qa_reviewer'],
  create: ['hotline_screener', 'investigator', 'caseworker', 'supervisor'],
  // Editing needs need-to-know as well: only someone who can read the person reaches the check.
  edit: ['hotline_screener', 'investigator', 'caseworker', 'supervisor'],
  // PLAT-4: merging two records changes what many records say; undoing one is rarer still.
  merge: ['supervisor', 'administrator'],
  undoMerge: ['administrator'],
};

/** What the reader may do with a person they can see, for `abilities`. */
const may = (actor: Actor, action: keyof typeof rolesFor) => rolesFor[action].some((role) => actor.roles.includes(role));
export const personAbilities = (actor: Actor) => ({ edit: may(actor, 'edit'), merge: may(actor, 'merge'), undoMerge: may(actor, 'undoMerge') });

export function authorisePersonAction(actor: Actor, action: keyof typeof rolesFor) {
  if (!may(actor, action)) {
    if (action === 'search') throw new Problem('forbidden_action', 'Your role cannot search for people.').because('people_search_forbidden');
    if (action === 'edit') throw new Problem('forbidden_action', 'Your role cannot change a person’s record.').because('people_edit_forbidden');
    if (action === 'merge') throw new Problem('forbidden_action', 'Only a supervisor or administrator can merge records.').because('people_merge_forbidden');
    if (action === 'undoMerge') throw new Problem('forbidden_action', 'Only an administrator can undo a merge.').because('people_unmerge_forbidden');
    throw new Problem('forbidden_action', 'Your role cannot create people.').because('people_create_forbidden');
  }
}

export function authorisePersonRead(actor: Actor, facts: PersonAccessFacts | undefined) {
  if (!facts || !canSeePerson(actor, facts)) throw notFound('person');
}
