import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getMe } from './api/auth';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import type { Me, Permission } from './api/models';
import { canDecideApprovals, canManageServiceKeys, canManageWebhooks, canOrderConnections, isOperatorAdmin } from './access';
import { guessLanguage, I18nProvider, isLanguage, type Language } from './i18n';
import { useRouter } from './router';
import { SessionProvider } from './session';
import { Layout } from './components/Layout';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorPanel } from './components/ErrorPanel';
import { Spinner } from './components/Spinner';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage, NoAccessPage } from './pages/NotFoundPage';
import { findRoute, type RouteName } from './routes';

/** A page loaded on first visit: each route is its own chunk, so the first load stays small. */
function page<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

const DashboardPage = page(() => import('./pages/DashboardPage').then((module) => module.DashboardPage));
const MyCompanyPage = page(() => import('./pages/MyCompanyPage').then((module) => module.MyCompanyPage));
const CompaniesPage = page(() => import('./pages/CompaniesPage').then((module) => module.CompaniesPage));
const CompanyDetailPage = page(() => import('./pages/CompanyDetailPage').then((module) => module.CompanyDetailPage));
const ApiKeysPage = page(() => import('./pages/ApiKeysPage').then((module) => module.ApiKeysPage));
const ProfilePage = page(() => import('./pages/ProfilePage').then((module) => module.ProfilePage));
const AuditPage = page(() => import('./pages/AuditPage').then((module) => module.AuditPage));
const NotificationSettingsPage = page(() => import('./pages/NotificationSettingsPage').then((module) => module.NotificationSettingsPage));
const NotificationsPage = page(() => import('./pages/NotificationsPage').then((module) => module.NotificationsPage));
const WebhooksPage = page(() => import('./pages/WebhooksPage').then((module) => module.WebhooksPage));
const MaintenancePage = page(() => import('./pages/MaintenancePage').then((module) => module.MaintenancePage));
const MaintenanceDetailPage = page(() => import('./pages/MaintenanceDetailPage').then((module) => module.MaintenanceDetailPage));
const AdminEmailsPage = page(() => import('./pages/AdminEmailsPage').then((module) => module.AdminEmailsPage));
const AdminEmailPage = page(() => import('./pages/AdminEmailPage').then((module) => module.AdminEmailPage));
const MarketplacePage = page(() => import('./pages/MarketplacePage').then((module) => module.MarketplacePage));
const ProviderPage = page(() => import('./pages/ProviderPage').then((module) => module.ProviderPage));
const OrderPage = page(() => import('./pages/OrderPage').then((module) => module.OrderPage));
const ServicesPage = page(() => import('./pages/ServicesPage').then((module) => module.ServicesPage));
const ConnectionPage = page(() => import('./pages/ConnectionPage').then((module) => module.ConnectionPage));
const ApprovalsPage = page(() => import('./pages/ApprovalsPage').then((module) => module.ApprovalsPage));
const ServiceKeysPage = page(() => import('./pages/ServiceKeysPage').then((module) => module.ServiceKeysPage));

interface Route {
  permission?: Permission;
  /** A further condition on the user (role, company type). */
  allow?: (me: Me) => boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/** What each path of routes.ts shows, and to whom. */
const routes: Record<RouteName, Route> = {
  dashboard: { render: () => <DashboardPage /> },
  myCompany: { permission: 'company.view', render: () => <MyCompanyPage /> },
  companies: { permission: 'companies.view_tree', render: () => <CompaniesPage /> },
  company: { permission: 'companies.view_tree', render: (params) => <CompanyDetailPage companyId={params.id} /> },
  apiKeys: { permission: 'api_keys.manage', render: () => <ApiKeysPage /> },
  profile: { render: () => <ProfilePage /> },
  audit: { permission: 'audit.view', render: () => <AuditPage /> },
  notificationSettings: { render: () => <NotificationSettingsPage /> },
  notifications: { render: () => <NotificationsPage /> },
  webhooks: { allow: canManageWebhooks, render: () => <WebhooksPage /> },
  maintenances: { render: () => <MaintenancePage /> },
  maintenance: { render: (params) => <MaintenanceDetailPage maintenanceId={params.id} /> },
  marketplace: { render: () => <MarketplacePage /> },
  provider: { render: (params) => <ProviderPage key={params.id} companyId={params.id} /> },
  order: { allow: canOrderConnections, render: () => <OrderPage /> },
  services: { render: () => <ServicesPage /> },
  connection: { render: (params) => <ConnectionPage key={params.id} connectionId={params.id} /> },
  approvals: { allow: canDecideApprovals, render: () => <ApprovalsPage /> },
  serviceKeys: { allow: canManageServiceKeys, render: () => <ServiceKeysPage /> },
  adminEmails: { allow: isOperatorAdmin, render: () => <AdminEmailsPage /> },
  adminEmail: { allow: isOperatorAdmin, render: (params) => <AdminEmailPage emailId={params.id} /> },
};

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
          <ErrorBoundary key={path}>
            <Suspense fallback={<Spinner />}>{renderRoute(path, me_)}</Suspense>
          </ErrorBoundary>
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
  const found = findRoute(path);
  if (!found) return <NotFoundPage />;
  const route = routes[found.name];
  if (route.permission && !me.permissions.includes(route.permission)) return <NoAccessPage />;
  if (route.allow && !route.allow(me)) return <NoAccessPage />;
  return route.render(found.params);
}
