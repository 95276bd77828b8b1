// Business-day and deadline arithmetic in the agency's own time zone (SUP-5, PLAT-3).
export { type HolidayRule, holidaysInYear, usFederalHolidays } from './holidays.js';
export {
  type AgencyCalendar,
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  localDateOf,
  nextBusinessDayOnOrAfter,
} from './agency-calendar.js';
export {
  type DeadlineOptions,
  type Duration,
  type DurationUnit,
  describeDuration,
  dueMoment,
  endOfLocalDay,
} from './deadline.js';
