/** A count of clocks met out of the clocks that have come due, and its share as a percentage. */
export interface Timeliness { met: number; due: number; pct: number | null }

export interface ClockOutcome {
  dueAt: Date | null;
  status: 'open' | 'done' | 'cancelled';
  closedAt: Date | null;
}

/**
 * SUP-1: how many clocks were met. A clock counts once it is done or has passed its due moment
 * (an open clock not yet due is still running); it is met when done at or before that moment. A
 * cancelled clock counts only if it had already run out when it was cancelled (a child never seen
 * before the investigation closed was still seen late, or not at all). A clock with no due moment
 * cannot be late, so it is left out. The percentage is a whole number; null when nothing came due.
 */
export function timelinessOf(clocks: readonly ClockOutcome[], now: Date): Timeliness {
  let met = 0;
  let due = 0;
  for (const c of clocks) {
    if (!c.dueAt) continue;
    const deadline = c.dueAt.getTime();
    const endedAt = c.status === 'open' ? now.getTime() : (c.closedAt?.getTime() ?? now.getTime());
    if (c.status === 'done') {
      due += 1;
      if (endedAt <= deadline) met += 1;
    } else if (endedAt > deadline) {
      due += 1;
    }
  }
  return { met, due, pct: percentage(met, due) };
}

export const percentage = (met: number, due: number): number | null => (due === 0 ? null : Math.round((met / due) * 100));
