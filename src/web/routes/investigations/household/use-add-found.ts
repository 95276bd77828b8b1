import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addFoundParticipant, decisionQuery, type FoundParticipant, investigationKey } from '../../../api/investigation-endpoints';

/** Adds the person and refreshes the workspace, its contacts and the decision's closure facts. */
export function useAddFound(investigationId: string, onAdded: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participant: FoundParticipant) => addFoundParticipant(investigationId, participant),
    onSuccess: (investigation) => {
      queryClient.setQueryData(investigationKey(investigationId), investigation);
      void queryClient.invalidateQueries({ queryKey: investigationKey(investigationId) });
      void queryClient.invalidateQueries({ queryKey: decisionQuery(investigationId).queryKey });
      onAdded();
    },
  });
}
