import type { MessageKey } from '../../i18n/en';

/** The five intake steps, in order; `step` in the URL is 1-based. */
export const intakeSteps: MessageKey[] = ['intake.step1', 'intake.step2', 'intake.step3', 'intake.step4', 'intake.step5'];

/**
 * Which step fixes a missing item named by the server (`narrative`, `reporter.reporterType`,
 * `participants`, `allegations.0.victimPersonId`, `decision`, …).
 */
export function stepForPath(path: string): number {
  const head = path.split('.')[0];
  if (head === 'receivedAt' || head === 'channel' || head === 'reporter') return 1;
  if (head === 'narrative') return 2;
  if (head === 'participants') return 3;
  if (head === 'allegations') return 4;
  return 5;
}
