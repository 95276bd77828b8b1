import type { ReactNode } from 'react';
import { StepIndicator } from '../../components/StepIndicator';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { intakeSteps } from './intake-steps';

/** The page around every intake step: heading, report number and step indicator. */
export function IntakeFrame({ step, reportNumber, children }: { step: number; reportNumber?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Page title={reportNumber ? t('intake.title') : t('intake.titleNew')}>
      {reportNumber && <p className="usa-intro margin-top-0">{t('intake.reportNumber', { number: reportNumber })}</p>}
      <StepIndicator
        labels={intakeSteps.map((key) => t(key))}
        current={step}
        stepText={t('intake.stepText')}
        ofText={t('intake.ofText')}
        completeText={t('intake.stepComplete')}
        incompleteText={t('intake.stepIncomplete')}
      />
      {children}
    </Page>
  );
}
