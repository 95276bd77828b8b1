/**
 * Unsaved workspace text (a contact being written, assessment answers not yet saved) kept in
 * sessionStorage per investigation, so a refresh on a tablet in the field loses nothing. Saved
 * values live on the server; a draft is cleared once it saves, and all of them on sign-out,
 * because they name children.
 */

export const INVESTIGATION_DRAFT_PREFIX = 'hearth.investigation.';

const keyFor = (investigationId: string, part: string) => `${INVESTIGATION_DRAFT_PREFIX}${investigationId}.${part}`;

export function readInvestigationDraft<T>(investigationId: string, part: string): T | null {
  try {
    const raw = sessionStorage.getItem(keyFor(investigationId, part));
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function writeInvestigationDraft(investigationId: string, part: string, value: unknown): void {
  try {
    sessionStorage.setItem(keyFor(investigationId, part), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form still works, only the refresh safety net is lost.
  }
}

export function clearInvestigationDraft(investigationId: string, part: string): void {
  try {
    sessionStorage.removeItem(keyFor(investigationId, part));
  } catch {
    // Nothing stored.
  }
}

/** Every investigation draft on this device, on sign-out. */
export function clearAllInvestigationDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(INVESTIGATION_DRAFT_PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept there either.
  }
}
