import { describe, expect, it } from 'vitest';
import { toCrossReportBody, validateCrossReport } from './cross-report-model';

const values = {
  agencyKind: 'law_enforcement',
  agencyName: ' Hartford Police ',
  contactName: '',
  method: 'phone',
  sentAt: '2026-12-02T09:30',
  referenceNumber: ' HPD-1 ',
  notes: '',
};

describe('cross-report form (INT-5)', () => {
  it('needs the agency, its name, how and when, not in the future', () => {
    expect(validateCrossReport(values, 'America/New_York', new Date('2026-12-02T15:00:00Z'))).toEqual([]);
    expect(validateCrossReport({ ...values, agencyKind: '', agencyName: ' ', method: '', sentAt: '' }, 'America/New_York').map((p) => p.field)).toEqual([
      'agencyKind',
      'agencyName',
      'method',
      'sentAt',
    ]);
    expect(validateCrossReport(values, 'America/New_York', new Date('2026-12-02T13:00:00Z')).map((p) => p.key)).toEqual(['xr.error.future']);
  });

  it('sends the agency time as a moment, trimmed texts and no empty optional fields', () => {
    expect(toCrossReportBody('x1', values, 'America/New_York')).toEqual({
      id: 'x1',
      agencyKind: 'law_enforcement',
      agencyName: 'Hartford Police',
      contactName: undefined,
      method: 'phone',
      sentAt: '2026-12-02T14:30:00.000Z',
      referenceNumber: 'HPD-1',
      notes: '',
    });
  });
});
