/**
 * Response priorities for screened-in reports, in one typed place until practice profiles make
 * them versioned data (PLAT-3). Values are Connecticut DCF's Careline tiers: an emergency
 * ("same day") response begins within 2 hours; the others within 24 and 72 hours of the report.
 */
export const responsePriorities = [
  { code: 'same_day', hours: 2 },
  { code: 'within_24_hours', hours: 24 },
  { code: 'within_72_hours', hours: 72 },
] as const;

export type ResponsePriority = (typeof responsePriorities)[number]['code'];
export const responsePriorityCodes = responsePriorities.map((p) => p.code) as [ResponsePriority, ...ResponsePriority[]];

/** The response clock starts when the agency received the report, not when it was approved. */
export function responseDueAt(receivedAt: Date, priority: ResponsePriority): Date {
  const tier = responsePriorities.find((p) => p.code === priority);
  if (!tier) throw new Error(`Unknown response priority ${priority}`);
  return new Date(receivedAt.getTime() + tier.hours * 3_600_000);
}

/** Milliseconds until due (negative once overdue), for ordering work most urgent first. */
export const timeLeft = (dueAt: Date, now: Date) => dueAt.getTime() - now.getTime();
