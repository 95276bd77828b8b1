import type { VisitRecordValues } from './visit-record-model';

/**
 * VIS-3 in the field: the record being typed is kept on this device, keyed by visit, so a dropped
 * network or a closed tab loses nothing. `pending` marks a record the worker tried to send that has
 * not reached the server; it is sent again when the device is back online. The version is the one
 * the typing started from, so a resend can never overwrite someone else's later record (409).
 */
export interface VisitDraft {
  version: number;
  values: VisitRecordValues;
  pending: boolean;
  savedAt: string;
}

/** The part of `localStorage` used, so tests can pass a map. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (visitId: string) => `hearth.visit-draft.${visitId}`;

const isDraft = (value: unknown): value is VisitDraft => {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<VisitDraft>;
  return typeof d.version === 'number' && typeof d.pending === 'boolean' && typeof d.savedAt === 'string' && !!d.values && Array.isArray(d.values.people);
};

/** The kept draft, or null when there is none or what is kept is not readable (it is then dropped). */
export function loadDraft(store: DraftStore | undefined, visitId: string): VisitDraft | null {
  if (!store) return null;
  try {
    const raw = store.getItem(draftKey(visitId));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (isDraft(parsed)) return parsed;
  } catch {
    // unreadable: fall through and drop it
  }
  clearDraft(store, visitId);
  return null;
}

/** Keeps the draft; false when the device refuses (storage full or blocked), so the page can say so. */
export function saveDraft(store: DraftStore | undefined, visitId: string, draft: Omit<VisitDraft, 'savedAt'>, now = new Date()): boolean {
  if (!store) return false;
  try {
    store.setItem(draftKey(visitId), JSON.stringify({ ...draft, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(store: DraftStore | undefined, visitId: string): void {
  try {
    store?.removeItem(draftKey(visitId));
  } catch {
    // nothing kept to clear
  }
}

/** The device's storage, where there is one (private modes may block it). */
export function deviceStore(): DraftStore | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
