import { describe, expect, it } from 'vitest';
import { percentage, timelinessOf } from './timeliness.js';

const now = new Date('2026-03-10T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('timelinessOf (SUP-1, INV-1, INV-6)', () => {
  it('counts done-on-time as met, done-late and open-past-due as due but not met, and leaves running clocks out', () => {
    const result = timelinessOf(
      [
        { dueAt: at('2026-03-05T00:00:00Z'), status: 'done', closedAt: at('2026-03-04T10:00:00Z') }, // met
        { dueAt: at('2026-03-05T00:00:00Z'), status: 'done', closedAt: at('2026-03-05T00:00:00Z') }, // met at the very moment
        { dueAt: at('2026-03-05T00:00:00Z'), status: 'done', closedAt: at('2026-03-06T09:00:00Z') }, // late
        { dueAt: at('2026-03-09T00:00:00Z'), status: 'open', closedAt: null }, // overdue
        { dueAt: at('2026-03-12T00:00:00Z'), status: 'open', closedAt: null }, // still running
        { dueAt: null, status: 'done', closedAt: at('2026-03-01T00:00:00Z') }, // no clock
      ],
      now,
    );
    expect(result).toEqual({ met: 2, due: 4, pct: 50, endedUnmet: 0 });
  });

  it('a cancelled clock ended without the child being seen: it is a miss whenever it was cancelled (INV-1)', () => {
    const result = timelinessOf(
      [
        { dueAt: at('2026-03-05T00:00:00Z'), status: 'cancelled', closedAt: at('2026-03-04T00:00:00Z') },
        { dueAt: at('2026-03-05T00:00:00Z'), status: 'cancelled', closedAt: at('2026-03-07T00:00:00Z') },
      ],
      now,
    );
    expect(result).toEqual({ met: 0, due: 2, pct: 0, endedUnmet: 2 });
  });

  it('nothing due gives no percentage rather than 0 % or 100 %', () => {
    expect(timelinessOf([{ dueAt: at('2026-04-01T00:00:00Z'), status: 'open', closedAt: null }], now)).toEqual({ met: 0, due: 0, pct: null, endedUnmet: 0 });
  });

  it('rounds to a whole percentage', () => {
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(3, 3)).toBe(100);
  });
});
