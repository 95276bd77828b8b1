import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { findRecordAnswer } from '../../../server/features/records/records.schema';
import { http } from '../../api/client';
import type { Answer } from '../../api/contract';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * PLAT-4: one box in the header finds a report, investigation or case by its number (R-…, I-…,
 * C-…) and opens it; a number the reader may not open reads as not found, never as hidden.
 */
export function RecordNumberSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || value.trim() === '') return;
    setBusy(true);
    setMessage(null);
    try {
      const found = await http.get<Answer<typeof findRecordAnswer>>('/api/records/find', { q: value.trim() });
      const hit = found.items[0];
      if (!found.number) setMessage(t('records.notANumber'));
      else if (!hit) setMessage(t('records.notFound', { number: found.number }));
      else {
        setValue('');
        if (hit.type === 'report') await navigate({ to: '/reports/$reportId', params: { reportId: hit.id } });
        else if (hit.type === 'investigation') await navigate({ to: '/investigations/$investigationId', params: { investigationId: hit.id } });
        else await navigate({ to: '/cases/$caseId', params: { caseId: hit.id } });
      }
    } catch {
      setMessage(t('records.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: USWDS styles the search form by its role; <search> is not yet in every browser agencies use
    <form className="usa-search usa-search--small" role="search" aria-label={t('records.searchLabel')} onSubmit={(event) => void submit(event)}>
      <label className="usa-sr-only" htmlFor="record-number-search">
        {t('records.searchLabel')}
      </label>
      <input
        className="usa-input"
        id="record-number-search"
        type="search"
        name="q"
        placeholder="R-2026-000012"
        value={value}
        maxLength={40}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby="record-number-search-status"
      />
      <button className="usa-button" type="submit" disabled={busy}>
        <span className="usa-search__submit-text">{t('records.find')}</span>
      </button>
      <span id="record-number-search-status" role="status" className="display-block font-sans-3xs">
        {message}
      </span>
    </form>
  );
}
