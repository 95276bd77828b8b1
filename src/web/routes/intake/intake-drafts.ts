/**
 * Unsaved intake text kept in sessionStorage, keyed by report id and step, so a refresh in the
 * middle of typing a narrative loses nothing. Saved values live on the server; a draft only
 * holds what has not been saved yet and is cleared once the step saves.
 */

export const DRAFT_PREFIX = 'hearth.intake.';
export const NEW_REPORT_DRAFT = 'new';

const keyFor = (reportId: string, part: string) => `${DRAFT_PREFIX}${reportId}.${part}`;

export function readDraft<T extends object>(reportId: string, part: string): Partial<T> | null {
  try {
    const raw = sessionStorage.getItem(keyFor(reportId, part));
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

export function writeDraft(reportId: string, part: string, values: object): void {
  try {
    sessionStorage.setItem(keyFor(reportId, part), JSON.stringify(values));
  } catch {
    // Storage full or blocked: typing still works, only the refresh safety net is lost.
  }
}

export function clearDraft(reportId: string, part: string): void {
  try {
    sessionStorage.removeItem(keyFor(reportId, part));
  } catch {
    // Nothing stored.
  }
}

/** Every draft of one report, e.g. after a conflict reload shows the other person's changes. */
export function clearReportDrafts(reportId: string): void {
  clearMatching(`${DRAFT_PREFIX}${reportId}.`);
}

/** Unsaved intake text can name children; it must not outlive the session on a shared computer. */
export function clearAllIntakeDrafts(): void {
  clearMatching(DRAFT_PREFIX);
}

function clearMatching(prefix: string): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(prefix)) sessionStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was saved there either.
  }
}
