import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { myWorkQuery, reportQuery } from '../../api/queries';
import type { Report } from '../../api/types';

/**
 * A write that answers with the updated report. The answer replaces the cached report (so the
 * next write sends the new version), and a second call while one is in flight is ignored, which
 * stops double submits even before the disabled button has re-rendered.
 */
export function useReportMutation<Variables>(
  write: (variables: Variables) => Promise<Report>,
  onSaved?: (report: Report, variables: Variables) => void,
  onFailed?: (error: unknown) => void,
) {
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: write,
    onSuccess: (report, variables) => {
      queryClient.setQueryData(reportQuery(report.id).queryKey, report);
      void queryClient.invalidateQueries({ queryKey: myWorkQuery.queryKey });
      onSaved?.(report, variables);
    },
    onError: (error) => onFailed?.(error),
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate } = mutation;

  const run = useCallback(
    (variables: Variables) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(variables);
    },
    [mutate],
  );

  return { run, busy: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
