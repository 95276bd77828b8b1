import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ApiError, isApiError } from '../../../api/client';
import { recordVisit, type Visit, visitQuery, visitScheduleQuery, visitsQuery } from '../../../api/visits';
import { useI18n } from '../../../i18n/I18nProvider';
import { useServerProblems } from '../../../lib/use-server-problems';
import { useSubmitGuard } from '../../../lib/use-submit-guard';
import { clearDraft, deviceStore, loadDraft, saveDraft } from './visit-draft';
import { markVisitProblems } from './visit-problem-words';
import { placeVisitProblems, toVisitRecord, toVisitRecordValues, type VisitRecordValues, withCurrentHousehold } from './visit-record-model';

/** Where the record stands on this device: nothing kept, typing kept, or a record waiting for the network. */
export type DraftState = 'none' | 'kept' | 'pending';

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const isNetworkFailure = (error: unknown) => isApiError(error) && error.code === 'network';

/** The starting values: the draft kept on this device if there is one, else the visit as recorded (or planned). */
export function initialRecord(visit: Visit, timeZone: string) {
  const draft = loadDraft(deviceStore(), visit.id);
  const fresh = toVisitRecordValues(visit, timeZone, () => crypto.randomUUID());
  return {
    values: draft ? withCurrentHousehold(draft.values, fresh) : fresh,
    version: draft?.version ?? visit.version,
    state: (draft ? (draft.pending ? 'pending' : 'kept') : 'none') as DraftState,
  };
}

/**
 * VIS-3 in the field: saves the record, keeping it on the device while it is typed and when the
 * network is gone; a record waiting to be sent goes when the device is back online (and when the
 * page opens online). The version sent is the one the typing started from, so a resend is answered
 * 200 by the server and someone else's later record is never overwritten (409). One request per double tap.
 */
export function useVisitRecord(visit: Visit, form: UseFormReturn<VisitRecordValues>, names: string[], start: { version: number; state: DraftState }) {
  const { t, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const store = deviceStore();
  const guard = useSubmitGuard();
  const server = useServerProblems(names, form.setError);
  const baseVersion = useRef(start.version);
  const shownVersion = useRef(visit.version);
  const [draft, setDraft] = useState<DraftState>(start.state);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [saved, setSaved] = useState(false);

  const keep = useCallback(
    (values: VisitRecordValues, pending: boolean) => {
      if (saveDraft(store, visit.id, { version: baseVersion.current, values, pending })) setDraft(pending ? 'pending' : 'kept');
    },
    [store, visit.id],
  );

  const save = useMutation({
    mutationFn: (values: VisitRecordValues) => recordVisit(visit.id, toVisitRecord(values, baseVersion.current, timeZone, visit.topics)),
    onSuccess: (answer) => {
      clearDraft(store, visit.id);
      setDraft('none');
      shownVersion.current = answer.version;
      baseVersion.current = answer.version;
      queryClient.setQueryData(visitQuery(visit.id).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: visitsQuery(visit.caseId).queryKey });
      void queryClient.invalidateQueries({ queryKey: visitScheduleQuery(visit.caseId).queryKey });
      form.reset(toVisitRecordValues(answer, timeZone, () => crypto.randomUUID()));
      setSaved(true);
    },
    onError: (error, values) => {
      if (isNetworkFailure(error)) return keep(values, true);
      if (!isApiError(error)) return;
      const placed = new ApiError(error.status, error.code, error.detail, placeVisitProblems(error.errors, values), error.reason, error.params);
      server.capture(markVisitProblems(placed, names, form.setError, t));
    },
    onSettled: guard.release,
  });

  const send = useCallback(
    (values: VisitRecordValues) => {
      setSaved(false);
      if (offline()) return keep(values, true);
      if (!guard.claim()) return;
      server.clear();
      save.mutate(values);
    },
    [guard, keep, save, server],
  );

  // Keep what is typed on the device as it is typed, so a dropped network or a closed tab loses nothing.
  useEffect(() => {
    const watching = form.watch((values, { type }) => {
      if (type === 'change') keep(values as VisitRecordValues, draftRef.current === 'pending');
    });
    return () => watching.unsubscribe();
  }, [form, keep]);

  // A record waiting for the network goes as soon as the device is back online.
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    const resend = () => {
      if (draftRef.current === 'pending') sendRef.current(form.getValues());
    };
    resend();
    window.addEventListener('online', resend);
    // A network the device calls "online" may still drop requests (a weak signal): try again now and then.
    const retry = window.setInterval(resend, 30_000);
    return () => {
      window.removeEventListener('online', resend);
      window.clearInterval(retry);
    };
  }, [form]);

  // Someone else's record replaces the copy typed over it: the form, the draft and the version sent.
  const adopt = useCallback(
    (fresh: Visit) => {
      shownVersion.current = fresh.version;
      baseVersion.current = fresh.version;
      clearDraft(store, fresh.id);
      setDraft('none');
      form.reset(toVisitRecordValues(fresh, timeZone, () => crypto.randomUUID()));
    },
    [store, form, timeZone],
  );
  useEffect(() => {
    if (visit.version !== shownVersion.current) adopt(visit);
  }, [visit, adopt]);

  const stale = isApiError(save.error) && save.error.reason === 'stale_version';
  // The reload after a 409 adopts the record as it now stands, even when this page already showed
  // that version (a draft kept on the device may have started from an older one).
  const reload = () => {
    queryClient
      .fetchQuery({ ...visitQuery(visit.id), staleTime: 0 })
      .then((fresh) => {
        save.reset();
        adopt(fresh);
      })
      // Still unreachable: the alert stays, and the typing with it.
      .catch(() => undefined);
  };
  const failure = draft === 'pending' && isNetworkFailure(save.error) ? null : save.error;
  const sendNow = () => send(form.getValues());
  return { send, sendNow, saved, draft, stale, reload, failure, busy: save.isPending, problems: server.problems };
}
