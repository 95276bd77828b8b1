import { type Actor, canSeePerson, type PersonAccessFacts } from '../../platform/access.js';
import { notFound, Problem } from '../../platform/errors.js';
import type { Role } from '../../platform/roles.js';

/** Who may do what with a person record: (action) → roles, plus need-to-know for reading. */
const rolesFor: Record<'search' | 'create', Role[]> = {
  search: ['hotline_screener', 'investigator', 'caseworker', 'supervisor', 'program_manager', 'qa_reviewer'],
  create: ['hotline_screener', 'investigator', 'caseworker', 'supervisor'],
};

export function authorisePersonAction(actor: Actor, action: keyof typeof rolesFor) {
  if (!rolesFor[action].some((role) => actor.roles.includes(role))) {
    if (action === 'search') throw new Problem('forbidden_action', 'Your role cannot search for people.').because('people_search_forbidden');
    throw new Problem('forbidden_action', 'Your role cannot create people.').because('people_create_forbidden');
  }
}

export function authorisePersonRead(actor: Actor, facts: PersonAccessFacts | undefined) {
  if (!facts || !canSeePerson(actor, facts)) throw notFound('person');
}
