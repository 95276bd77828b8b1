import '@uswds/uswds/css/uswds.min.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import { sessionQuery } from './api/queries';
import { I18nProvider } from './i18n/I18nProvider';
import { createHearthRouter } from './routes/router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Case records are edited with optimistic concurrency; refreshing them behind an open form
      // would hand it a newer version and let a save overwrite someone else's change.
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
    },
    mutations: { retry: false },
  },
});

const router = createHearthRouter(queryClient);

// An expired session mid-task: forget it and come back to the same page after signing in again.
setUnauthenticatedHandler(() => {
  queryClient.removeQueries({ queryKey: sessionQuery.queryKey });
  const { pathname, href } = router.state.location;
  if (pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: href, expired: true } });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
