import { QueryClient } from '@tanstack/vue-query';
import { api, forgetKeptAnswers } from './client';
import { reportingApi } from './reporting';

/**
 * The one cache of server state (@tanstack/vue-query). Stores keep what the interface decides (who may do
 * what, the unread count shown by the bell); what the API answered lives here, under the keys below, and is
 * forgotten by key when a write changes it. Identical reads in flight at the same time share one request.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Read once per page load unless a write forgets it (as the hand-made caches did); failures are shown, not retried.
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

export const queryKeys = {
  plans: ['plans'] as const,
  plan: (idOrCode: string) => ['plans', 'one', idOrCode] as const,
  progress: ['progress'] as const,
  planProgress: (planId: string, period: string) => ['progress', planId, period] as const,
  cycles: ['reporting-cycles'] as const,
  planCycles: (planId: string) => ['reporting-cycles', planId] as const,
  reference: ['reference'] as const,
  referenceList: (list: 'units' | 'groups' | 'indicators' | 'plans' | 'data-elements') => ['reference', list] as const,
};

export const queries = {
  plan: (idOrCode: string) => ({ queryKey: queryKeys.plan(idOrCode), queryFn: () => api.plan(idOrCode) }),
  progress: (planId: string, period: string) => ({
    queryKey: queryKeys.planProgress(planId, period),
    queryFn: () => api.progress(planId, period),
    // Read again when a view opens after half a minute, so others' changes show: a conditional read (http.ts),
    // answered 304 while nothing changed. Views opening at once share the request in flight.
    staleTime: 30_000,
  }),
  planCycles: (planId: string) => ({ queryKey: queryKeys.planCycles(planId), queryFn: () => reportingApi.cycles({ planId }) }),
  units: () => ({ queryKey: queryKeys.referenceList('units'), queryFn: api.units }),
  groups: () => ({ queryKey: queryKeys.referenceList('groups'), queryFn: api.professionalGroups }),
  indicators: () => ({ queryKey: queryKeys.referenceList('indicators'), queryFn: api.indicators }),
  planList: () => ({ queryKey: queryKeys.referenceList('plans'), queryFn: api.plans }),
  dataElements: () => ({ queryKey: queryKeys.referenceList('data-elements'), queryFn: api.dataElements }),
};

/** What one user was shown is not kept for the next: logging out or a session that ended forgets all. */
export const forgetAllServerState = () => {
  queryClient.clear();
  forgetKeptAnswers();
};
