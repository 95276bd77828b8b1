import { describe, expect, it } from 'vitest';
import { clearDraft, type DraftStore, draftKey, loadDraft, saveDraft } from './visit-draft';
import type { VisitRecordValues } from './visit-record-model';

const memory = (): DraftStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};
const values = { occurredAt: '2026-12-03T09:00', people: [], progress: [], familyWords: 'We are ok' } as unknown as VisitRecordValues;

describe('the visit draft kept on the device (VIS-3)', () => {
  it('keeps the typing by visit, with the version it started from and whether it waits to be sent', () => {
    const store = memory();
    expect(saveDraft(store, 'v1', { version: 2, values, pending: true }, new Date('2026-12-03T15:00:00Z'))).toBe(true);
    expect(loadDraft(store, 'v1')).toEqual({ version: 2, values, pending: true, savedAt: '2026-12-03T15:00:00.000Z' });
    expect(loadDraft(store, 'v2')).toBeNull();
    clearDraft(store, 'v1');
    expect(loadDraft(store, 'v1')).toBeNull();
  });

  it('drops what it cannot read rather than restoring nonsense', () => {
    const store = memory();
    store.setItem(draftKey('v1'), '{not json');
    expect(loadDraft(store, 'v1')).toBeNull();
    store.setItem(draftKey('v1'), JSON.stringify({ version: 'x' }));
    expect(loadDraft(store, 'v1')).toBeNull();
    expect(store.data.size).toBe(0);
  });

  it('says when the device refuses to keep it, and copes with no storage at all', () => {
    const full: DraftStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(saveDraft(full, 'v1', { version: 1, values, pending: false })).toBe(false);
    expect(saveDraft(undefined, 'v1', { version: 1, values, pending: false })).toBe(false);
    expect(loadDraft(undefined, 'v1')).toBeNull();
  });
});
