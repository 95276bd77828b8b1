/**
 * URL search parameters for each page, parsed defensively: a hand-edited or stale URL falls back
 * to sensible values instead of breaking the page.
 */

type Raw = Record<string, unknown>;

// The router parses `?lastName=123` as a number, so numbers count as text too.
const text = (value: unknown): string | undefined => {
  const candidate = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return candidate !== '' ? candidate : undefined;
};
const isoDate = (value: unknown): string | undefined => {
  const candidate = text(value);
  return candidate && /^\d{4}-\d{2}-\d{2}$/.test(candidate) ? candidate : undefined;
};
const wholeNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isInteger(number) ? number : undefined;
};

export const INTAKE_STEPS = 5;

export interface SignInSearch {
  redirect?: string;
  expired?: boolean;
}

/** Only same-site paths are honoured, so a crafted link cannot bounce the user elsewhere after sign-in. */
export function safeRedirect(value: unknown): string | undefined {
  const path = text(value);
  return path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/sign-in') ? path : undefined;
}

export function parseSignInSearch(search: Raw): SignInSearch {
  return { redirect: safeRedirect(search.redirect), expired: search.expired === true || search.expired === 'true' ? true : undefined };
}

export interface IntakeSearch {
  step?: number;
}

export function parseIntakeSearch(search: Raw): IntakeSearch {
  const step = wholeNumber(search.step);
  return { step: step !== undefined && step >= 1 && step <= INTAKE_STEPS ? step : undefined };
}

export interface PersonSearchCriteria {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  approximateAge?: number;
  address?: string;
}

export function parsePersonSearch(search: Raw): PersonSearchCriteria {
  const age = wholeNumber(search.approximateAge);
  return {
    firstName: text(search.firstName),
    lastName: text(search.lastName),
    dateOfBirth: isoDate(search.dateOfBirth),
    approximateAge: age !== undefined && age >= 0 && age <= 120 ? age : undefined,
    address: text(search.address),
  };
}

export type ReportNotice = 'submitted' | 'approved' | 'returned';

export interface ReportSearch {
  notice?: ReportNotice;
}

export function parseReportSearch(search: Raw): ReportSearch {
  const notice = search.notice;
  return { notice: notice === 'submitted' || notice === 'approved' || notice === 'returned' ? notice : undefined };
}

export interface AuditFilters {
  personId?: string;
  userId?: string;
  from?: string;
  to?: string;
}

export function parseAuditSearch(search: Raw): AuditFilters {
  return { personId: text(search.personId), userId: text(search.userId), from: isoDate(search.from), to: isoDate(search.to) };
}
