import type { FastifyInstance } from 'fastify';
import { Problem } from './errors.js';

/** Deeper than any request Hearth takes; instrument answers are bounded tighter by their schema. */
export const MAX_JSON_NESTING = 64;

/**
 * True when the JSON text opens more than `limit` objects or lists inside each other. A scan of
 * the text, before parsing, so a document nested 10,000 deep is refused before any parser,
 * validator or database function has to recurse through it. Brackets inside strings do not count.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** Replaces Fastify's JSON body parser with the same parser behind the nesting check. */
export function installBoundedJsonParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonNestingExceeds(body as string, MAX_JSON_NESTING)) {
      done(new Problem('validation', `The JSON body is nested too deeply (at most ${MAX_JSON_NESTING} levels).`), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
}
