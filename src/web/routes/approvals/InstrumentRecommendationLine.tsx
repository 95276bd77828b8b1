import { useI18n } from '../../i18n/I18nProvider';
import { instrumentSummaryOf } from './approval-instrument';

/**
 * In the approval queue: what the screening instrument recommended and whether the screener chose
 * otherwise, so the supervisor sees an override before opening the report.
 */
export function InstrumentRecommendationLine({ summary, priorityLabel }: { summary: Record<string, unknown>; priorityLabel: (code: string) => string }) {
  const { t, tc } = useI18n();
  const instrument = instrumentSummaryOf(summary);
  if (!instrument) return null;
  const { decision, responsePriority } = instrument.recommended;
  const recommendation = [tc('decision', decision), responsePriority ? priorityLabel(responsePriority) : null].filter(Boolean).join(', ');
  return (
    <span className="display-block">
      {t('screeningInstrument.approvalRecommended', { recommendation })}
      {instrument.differs && (
        <>
          {' — '}
          <strong>{t('screeningInstrument.approvalDiffers')}</strong>
        </>
      )}
    </span>
  );
}
