import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { setCsrfToken } from '../api/client';
import { signOut } from '../api/endpoints';
import { clearAllIntakeDrafts } from '../routes/intake/intake-drafts';
import { clearAllInvestigationDrafts } from '../routes/investigations/workspace/investigation-drafts';

/** Ends the session on the server, forgets everything cached for this user, and shows sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const run = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      await signOut();
    } catch {
      // Already signed out or unreachable: the local sign-out below still protects the screen.
    }
    setCsrfToken(null);
    clearAllIntakeDrafts();
    clearAllInvestigationDrafts();
    await navigate({ to: '/sign-in', search: {} });
    queryClient.clear();
    setBusy(false);
  }, [busy, navigate, queryClient]);

  return { signOut: run, busy };
}
