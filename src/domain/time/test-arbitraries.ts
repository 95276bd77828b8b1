import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import type { AgencyCalendar } from './agency-calendar.js';
import { type HolidayRule, usFederalHolidays } from './holidays.js';

// Generators shared by the property tests in this folder (not a test file itself).

export const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu', 'Europe/London'] as const;

const federal = usFederalHolidays();
const federalAndMore: HolidayRule[] = [
  ...federal,
  { name: 'Day after Thanksgiving', kind: 'day_after', of: 'Thanksgiving Day', days: 1 },
  { name: 'Ice storm', kind: 'once', date: '2026-12-24' },
];

export const anyCalendar: fc.Arbitrary<AgencyCalendar> = fc.record({
  timeZone: fc.constantFrom(...zones),
  holidays: fc.constantFrom<readonly HolidayRule[]>(federal, federalAndMore, []),
  weekend: fc.constantFrom<readonly number[] | undefined>(undefined, [6, 7], [5, 6], [7]),
});

const epoch = Temporal.PlainDate.from('2000-01-01');
const anyPlainDate = fc.integer({ min: 0, max: 365 * 40 }).map((days) => epoch.add({ days }).toString());

// Instants near clock changes are where local-day arithmetic goes wrong, so weight them.
const clockChanges = [
  '2026-03-08T07:00:00Z', // America/New_York springs forward
  '2026-11-01T06:00:00Z', // America/New_York falls back
  '2026-03-08T08:00:00Z', // America/Chicago
  '2026-11-01T09:00:00Z', // America/Los_Angeles
  '2026-03-29T01:00:00Z', // Europe/London
  '2026-10-25T01:00:00Z', // Europe/London
].map((iso) => Date.parse(iso));
const nearClockChange = fc
  .tuple(fc.constantFrom(...clockChanges), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
  .map(([at, offset]) => new Date(at + offset));
// Local dates of clock changes in these zones (23- and 25-hour days), and the days around them.
const clockChangeDates = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25'];
const nearClockChangeDate = fc
  .tuple(fc.constantFrom(...clockChangeDates), fc.integer({ min: -2, max: 2 }))
  .map(([date, offset]) => Temporal.PlainDate.from(date).add({ days: offset }).toString());
export const anyDate = fc.oneof(anyPlainDate, nearClockChangeDate);

export const anyMoment = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
  nearClockChange,
);
