import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import type { StepProps } from '../IntakePage';
import { StepNav } from '../StepNav';
import { useGoToStep } from '../use-go-to-step';
import { AllegationForm } from './AllegationForm';
import { AllegationTable } from './AllegationTable';

/** Step 4: what is alleged, against whom, for each alleged victim. */
export function AllegationsStep({ report, onReload }: StepProps) {
  const { t } = useI18n();
  const goToStep = useGoToStep(report.id);
  const hasVictim = report.participants.some((participant) => participant.role === 'alleged_victim');

  return (
    <>
      <AllegationTable report={report} onReload={onReload} />
      <div className="margin-top-4">
        {hasVictim ? (
          <AllegationForm report={report} onReload={onReload} />
        ) : (
          <div className="usa-alert usa-alert--info usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t('allegations.needVictim')}{' '}
                <Link to="/intake/$reportId" params={{ reportId: report.id }} search={{ step: 3 }}>
                  {t('allegations.goToPeople')}
                </Link>
              </p>
            </div>
          </div>
        )}
      </div>
      <StepNav onBack={() => goToStep(3)}>
        <button type="button" className="usa-button" onClick={() => goToStep(5)}>
          {t('common.saveAndContinue')}
        </button>
      </StepNav>
    </>
  );
}
