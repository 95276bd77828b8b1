import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

/** Moves between intake steps; the step lives in the URL so a refresh reopens the same one. */
export function useGoToStep(reportId: string) {
  const navigate = useNavigate();
  return useCallback((step: number) => void navigate({ to: '/intake/$reportId', params: { reportId }, search: { step } }), [navigate, reportId]);
}
