import { useRef } from 'react';

/**
 * Lets one submission through at a time. A double click's second click can arrive before React has
 * disabled the button; for a form whose id is renewed after a save, that click would add a second
 * record, and its answer would close the next form opened. `claim` before sending, `release` when settled.
 */
export function useSubmitGuard() {
  const inFlight = useRef(false);
  return {
    claim: () => {
      if (inFlight.current) return false;
      inFlight.current = true;
      return true;
    },
    release: () => {
      inFlight.current = false;
    },
  };
}
