import { RequireRole } from '../../components/RequireRole';
import { areaRoles } from '../../session/session';
import { IntakeFrame } from './IntakeFrame';
import { ReporterStep } from './ReporterStep';

/** /intake/new: step 1 before the report exists; saving it creates the draft and moves to step 2. */
export function NewReportPage() {
  return (
    <RequireRole roles={areaRoles.intake}>
      <IntakeFrame step={1}>
        <ReporterStep />
      </IntakeFrame>
    </RequireRole>
  );
}
