import { queryOptions } from '@tanstack/react-query';
import type { InstrumentDefinition } from '../../domain/instruments/index';
import type { importedInstrumentAnswer, instrumentListAnswer } from '../../server/features/instruments/instruments.schema';
import type { screeningInstrumentAnswer } from '../../server/features/reports/reports.schema';
import { http } from './client';
import type { Answer } from './contract';

/**
 * PLAT-3 and INT-4: instrument definitions (GET/POST /api/instruments) and the screening
 * instrument on a report (GET/PUT /api/reports/:id/screening-instrument). The definitions are
 * the engine's own type (src/domain/instruments), so the browser scores them exactly as the
 * server does.
 */

export type InstrumentAnswers = Record<string, unknown>;

export type InstrumentListItem = Answer<typeof instrumentListAnswer>['items'][number];

export type ImportedInstrument = Answer<typeof importedInstrumentAnswer>;

/** The screening instrument on a report (GET/PUT /api/reports/:id/screening-instrument), as the server's schema says. */
export type ScreeningInstrument = Answer<typeof screeningInstrumentAnswer>;
export type ScreeningInstrumentResponse = NonNullable<ScreeningInstrument['response']>;
/** What the instrument recommends, in the codes the report's decision form uses; `instrumentPriority` is its own grade (item 8). */
export type InstrumentRecommendation = NonNullable<ScreeningInstrument['recommendation']>;

const instrumentPath = (key: string, version: number) => `/api/instruments/${encodeURIComponent(key)}/${version}`;
const screeningPath = (reportId: string) => `/api/reports/${encodeURIComponent(reportId)}/screening-instrument`;

export const fetchInstruments = () => http.get<{ items: InstrumentListItem[] }>('/api/instruments');
export const fetchInstrument = (key: string, version: number) => http.get<{ definition: InstrumentDefinition }>(instrumentPath(key, version));
/** A plain link target: the server answers with the file as an attachment. */
export const instrumentExportUrl = (key: string, version: number) => `${instrumentPath(key, version)}/export`;
/** Administrators only; 400 lists `errors: [{ path, message }]`, 409 when the key and version exist. */
export const importInstrument = (definition: unknown) => http.post<ImportedInstrument>('/api/instruments', definition);

export const fetchScreeningInstrument = (reportId: string) => http.get<ScreeningInstrument>(screeningPath(reportId));
/** Send the response version once a response exists; a stale one gets 409. */
export const saveScreeningInstrument = (reportId: string, answers: InstrumentAnswers, version: number | undefined) =>
  http.put<ScreeningInstrument>(screeningPath(reportId), version === undefined ? { answers } : { answers, version });

export const instrumentsQuery = queryOptions({ queryKey: ['instruments'], queryFn: fetchInstruments });
export const instrumentQuery = (key: string, version: number) =>
  // A key and version name one definition forever, so it never goes stale.
  queryOptions({ queryKey: ['instrument', key, version], queryFn: () => fetchInstrument(key, version), staleTime: Infinity });
export const screeningInstrumentQuery = (reportId: string) =>
  queryOptions({ queryKey: ['screening-instrument', reportId], queryFn: () => fetchScreeningInstrument(reportId) });
