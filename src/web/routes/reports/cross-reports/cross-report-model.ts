import type { crossReportAnswer, crossReportsAnswer } from '../../../../server/features/reports/reports.schema';
import type { Answer } from '../../../api/contract';
import { fromZonedInputValue } from '../../../lib/date-time';

/** INT-5: the cross-report form's rules, the same as the server's (cross-reports.service.ts). */
export const agencyKinds = ['law_enforcement', 'district_attorney', 'licensing', 'tribe', 'military', 'other'] as const;
export const crossReportMethods = ['phone', 'electronic', 'written', 'in_person'] as const;

export interface CrossReportValues {
  agencyKind: string;
  agencyName: string;
  contactName: string;
  method: string;
  sentAt: string;
  referenceNumber: string;
  notes: string;
}
export type CrossReportField = keyof CrossReportValues;

export type CrossReport = Answer<typeof crossReportAnswer>;
export type CrossReportList = Answer<typeof crossReportsAnswer>;

export function validateCrossReport(
  values: CrossReportValues,
  timeZone: string,
  now = new Date(),
): { field: CrossReportField; key: 'xr.error.agencyKind' | 'xr.error.agencyName' | 'xr.error.method' | 'xr.error.sentAt' | 'xr.error.future' }[] {
  const problems: ReturnType<typeof validateCrossReport> = [];
  if (!(agencyKinds as readonly string[]).includes(values.agencyKind)) problems.push({ field: 'agencyKind', key: 'xr.error.agencyKind' });
  if (values.agencyName.trim() === '') problems.push({ field: 'agencyName', key: 'xr.error.agencyName' });
  if (!(crossReportMethods as readonly string[]).includes(values.method)) problems.push({ field: 'method', key: 'xr.error.method' });
  const sentAt = fromZonedInputValue(values.sentAt, timeZone);
  if (!sentAt) problems.push({ field: 'sentAt', key: 'xr.error.sentAt' });
  else if (Date.parse(sentAt) > now.getTime() + 5 * 60_000) problems.push({ field: 'sentAt', key: 'xr.error.future' });
  return problems;
}

export function toCrossReportBody(id: string, values: CrossReportValues, timeZone: string) {
  return {
    id,
    agencyKind: values.agencyKind,
    agencyName: values.agencyName.trim(),
    contactName: values.contactName.trim() || undefined,
    method: values.method,
    sentAt: fromZonedInputValue(values.sentAt, timeZone)!,
    referenceNumber: values.referenceNumber.trim() || undefined,
    notes: values.notes.trim(),
  };
}
