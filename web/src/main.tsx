import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { isApiError } from './api/client';
import { RouterProvider } from './router';
import { App } from './App';
import './styles/base.css';
import './styles/content.css';
import './styles/forms.css';
import './styles/features.css';
import './styles/market.css';
import './styles/services.css';
import './styles/compliance.css';
import './styles/wholesale.css';
// Last: it holds the small-screen overrides.
import './styles/layout.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not improve by retrying; network blips might.
      retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider>
        <App />
      </RouterProvider>
    </QueryClientProvider>
  </StrictMode>,
);
