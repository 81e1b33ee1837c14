import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getMe } from './api/auth';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import type { Me, Permission } from './api/types';
import { canDecideApprovals, canManageServiceKeys, canManageWebhooks, canOrderConnections, isOperatorAdmin } from './access';
import { guessLanguage, I18nProvider, isLanguage, type Language } from './i18n';
import { matchPath, useRouter } from './router';
import { SessionProvider } from './session';
import { Layout } from './components/Layout';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorPanel } from './components/ErrorPanel';
import { Spinner } from './components/Spinner';
import { LoginPage } from './pages/LoginPage';
import { DashboardPage } from './pages/DashboardPage';
import { MyCompanyPage } from './pages/MyCompanyPage';
import { CompaniesPage } from './pages/CompaniesPage';
import { CompanyDetailPage } from './pages/CompanyDetailPage';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { ProfilePage } from './pages/ProfilePage';
import { AuditPage } from './pages/AuditPage';
import { NotFoundPage, NoAccessPage } from './pages/NotFoundPage';
import { NotificationSettingsPage } from './pages/NotificationSettingsPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { WebhooksPage } from './pages/WebhooksPage';
import { MaintenancePage } from './pages/MaintenancePage';
import { MaintenanceDetailPage } from './pages/MaintenanceDetailPage';
import { AdminEmailsPage } from './pages/AdminEmailsPage';
import { AdminEmailPage } from './pages/AdminEmailPage';
import { MarketplacePage } from './pages/MarketplacePage';
import { ProviderPage } from './pages/ProviderPage';
import { OrderPage } from './pages/OrderPage';
import { ServicesPage } from './pages/ServicesPage';
import { ApprovalsPage } from './pages/ApprovalsPage';
import { ServiceKeysPage } from './pages/ServiceKeysPage';

interface Route {
  path: string;
  permission?: Permission;
  /** A further condition on the user (role, company type). */
  allow?: (me: Me) => boolean;
  render: (params: Record<string, string>) => ReactNode;
}

const routes: Route[] = [
  { path: '/', render: () => <DashboardPage /> },
  { path: '/company', permission: 'company.view', render: () => <MyCompanyPage /> },
  { path: '/companies', permission: 'companies.view_tree', render: () => <CompaniesPage /> },
  {
    path: '/companies/:id',
    permission: 'companies.view_tree',
    render: (params) => <CompanyDetailPage companyId={params.id} />,
  },
  { path: '/api-keys', permission: 'api_keys.manage', render: () => <ApiKeysPage /> },
  { path: '/profile', render: () => <ProfilePage /> },
  { path: '/audit', permission: 'audit.view', render: () => <AuditPage /> },
  { path: '/settings/notifications', render: () => <NotificationSettingsPage /> },
  { path: '/notifications', render: () => <NotificationsPage /> },
  { path: '/webhooks', allow: canManageWebhooks, render: () => <WebhooksPage /> },
  { path: '/maintenance', render: () => <MaintenancePage /> },
  { path: '/maintenance/:id', render: (params) => <MaintenanceDetailPage maintenanceId={params.id} /> },
  { path: '/marketplace', render: () => <MarketplacePage /> },
  { path: '/marketplace/providers/:id', render: (params) => <ProviderPage key={params.id} companyId={params.id} /> },
  { path: '/marketplace/order', allow: canOrderConnections, render: () => <OrderPage /> },
  { path: '/services', render: () => <ServicesPage /> },
  { path: '/approvals', allow: canDecideApprovals, render: () => <ApprovalsPage /> },
  { path: '/service-keys', allow: canManageServiceKeys, render: () => <ServiceKeysPage /> },
  { path: '/admin/emails', allow: isOperatorAdmin, render: () => <AdminEmailsPage /> },
  { path: '/admin/emails/:id', allow: isOperatorAdmin, render: (params) => <AdminEmailPage emailId={params.id} /> },
];

export function App() {
  const { path, search, navigate } = useRouter();
  const queryClient = useQueryClient();
  const [localLang, setLocalLang] = useState<Language>(guessLanguage);
  const me = useQuery({ queryKey: ['me'], queryFn: getMe, retry: false, staleTime: 60_000 });

  // Any 401 later on means the session ended: forget cached data and log in again.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.clear();
      const here = window.location.pathname + window.location.search;
      navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient, navigate]);

  const loggedOut = isApiError(me.error) && me.error.status === 401;
  const onLogin = path === '/login';

  useEffect(() => {
    if (loggedOut && !onLogin) {
      navigate(`/login?next=${encodeURIComponent(path + search)}`, { replace: true });
    }
    if (me.data && onLogin) {
      const next = new URLSearchParams(search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    }
  }, [loggedOut, onLogin, me.data, path, search, navigate]);

  const userLang = me.data?.user.language;
  const lang = isLanguage(userLang) ? userLang : localLang;

  let content: ReactNode;
  if (onLogin && !me.data) {
    content = me.isPending ? <Spinner fullPage /> : <LoginPage onLanguage={setLocalLang} />;
  } else if (me.data && !onLogin) {
    const me_ = me.data;
    content = (
      <SessionProvider me={me_}>
        <Layout>
          <ErrorBoundary key={path}>{renderRoute(path, me_)}</ErrorBoundary>
        </Layout>
      </SessionProvider>
    );
  } else if (me.error && !loggedOut) {
    content = (
      <main className="standalone">
        <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  } else {
    content = <Spinner fullPage />;
  }

  return <I18nProvider lang={lang}>{content}</I18nProvider>;
}

function renderRoute(path: string, me: Me): ReactNode {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.permission && !me.permissions.includes(route.permission)) return <NoAccessPage />;
    if (route.allow && !route.allow(me)) return <NoAccessPage />;
    return route.render(params);
  }
  return <NotFoundPage />;
}
