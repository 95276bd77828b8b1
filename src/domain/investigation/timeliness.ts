/**
 * A count of clocks met out of the clocks that have come due, and its share as a percentage;
 * `endedUnmet` counts the clocks that ended without their work done (a child never seen).
 */
export interface Timeliness {
  met: number;
  due: number;
  pct: number | null;
  endedUnmet: number;
}

export interface ClockOutcome {
  dueAt: Date | null;
  status: 'open' | 'done' | 'cancelled';
  closedAt: Date | null;
}

/**
 * SUP-1, INV-1: how many clocks were met. A clock counts once it is done or has passed its due
 * moment (an open clock not yet due is still running); it is met when done at or before that
 * moment. A cancelled clock ended without its work being done — a child the investigation closed
 * on without ever seeing — so it always counts, as missed, whenever it was cancelled. A clock with
 * no due moment cannot be late, so it is left out. The percentage is whole; null when nothing came due.
 */
export function timelinessOf(clocks: readonly ClockOutcome[], now: Date): Timeliness {
  let met = 0;
  let due = 0;
  let endedUnmet = 0;
  for (const c of clocks) {
    if (!c.dueAt) continue;
    const deadline = c.dueAt.getTime();
    const endedAt = c.status === 'open' ? now.getTime() : (c.closedAt?.getTime() ?? now.getTime());
    if (c.status === 'done') {
      due += 1;
      if (endedAt <= deadline) met += 1;
    } else if (c.status === 'cancelled') {
      due += 1;
      endedUnmet += 1;
    } else if (endedAt > deadline) {
      due += 1;
    }
  }
  return { met, due, pct: percentage(met, due), endedUnmet };
}

export const percentage = (met: number, due: number): number | null => (due === 0 ? null : Math.round((met / due) * 100));
