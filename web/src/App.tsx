import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getMe } from './features/accounts/auth.api';
import { isApiError, setUnauthenticatedHandler } from './api/client';
import type { Me, Permission } from './api/models';
import { canDecideApprovals, canManageServiceKeys, canManageWebhooks, canOrderConnections, canReadMailLog, canSeeInvoices } from './access';
import { guessLanguage, I18nProvider, isLanguage, type Language } from './i18n';
import { useRouter } from './router';
import { SessionProvider, useSession } from './session';
import { Layout } from './components/Layout';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorPanel } from './components/ErrorPanel';
import { Spinner } from './components/Spinner';
import { LoginPage } from './features/accounts/LoginPage';
import { NotFoundPage, NoAccessPage } from './components/NotFoundPage';
import { findRoute, type RouteName } from './routes';
import { accountsKeys } from './features/accounts/queryKeys';

/** A page loaded on first visit: each route is its own chunk, so the first load stays small. */
function page<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

const DashboardPage = page(() => import('./features/connections/DashboardPage').then((module) => module.DashboardPage));
const PartnerPage = page(() => import('./features/partners/PartnerPage').then((module) => module.PartnerPage));
const PartnerApprovalsPage = page(() => import('./features/partners/PartnerApprovalsPage').then((module) => module.PartnerApprovalsPage));
const MyCompanyPage = page(() => import('./features/accounts/MyCompanyPage').then((module) => module.MyCompanyPage));
const CompaniesPage = page(() => import('./features/accounts/CompaniesPage').then((module) => module.CompaniesPage));
const CompanyDetailPage = page(() => import('./features/accounts/CompanyDetailPage').then((module) => module.CompanyDetailPage));
const ApiKeysPage = page(() => import('./features/accounts/ApiKeysPage').then((module) => module.ApiKeysPage));
const ProfilePage = page(() => import('./features/accounts/ProfilePage').then((module) => module.ProfilePage));
const AuditPage = page(() => import('./features/accounts/AuditPage').then((module) => module.AuditPage));
const NotificationSettingsPage = page(() => import('./features/notifications/NotificationSettingsPage').then((module) => module.NotificationSettingsPage));
const NotificationsPage = page(() => import('./features/notifications/NotificationsPage').then((module) => module.NotificationsPage));
const WebhooksPage = page(() => import('./features/notifications/WebhooksPage').then((module) => module.WebhooksPage));
const MaintenancePage = page(() => import('./features/notifications/MaintenancePage').then((module) => module.MaintenancePage));
const MaintenanceDetailPage = page(() => import('./features/notifications/MaintenanceDetailPage').then((module) => module.MaintenanceDetailPage));
const AdminEmailsPage = page(() => import('./features/notifications/AdminEmailsPage').then((module) => module.AdminEmailsPage));
const AdminEmailPage = page(() => import('./features/notifications/AdminEmailPage').then((module) => module.AdminEmailPage));
const MarketplacePage = page(() => import('./features/marketplace/MarketplacePage').then((module) => module.MarketplacePage));
const ProviderPage = page(() => import('./features/marketplace/ProviderPage').then((module) => module.ProviderPage));
const OrderPage = page(() => import('./features/connections/OrderPage').then((module) => module.OrderPage));
const ServicesPage = page(() => import('./features/network/ServicesPage').then((module) => module.ServicesPage));
const ConnectionPage = page(() => import('./features/connections/ConnectionPage').then((module) => module.ConnectionPage));
const ApprovalsPage = page(() => import('./features/connections/ApprovalsPage').then((module) => module.ApprovalsPage));
const InvoicesPage = page(() => import('./features/billing/InvoicesPage').then((module) => module.InvoicesPage));
const InvoicePage = page(() => import('./features/billing/InvoicePage').then((module) => module.InvoicePage));
const ScreeningListsPage = page(() => import('./features/compliance/ScreeningListsPage').then((module) => module.ScreeningListsPage));
const ReviewsPage = page(() => import('./features/compliance/ReviewsPage').then((module) => module.ReviewsPage));
const ReviewPage = page(() => import('./features/compliance/ReviewPage').then((module) => module.ReviewPage));
const TemplatesPage = page(() => import('./features/wholesale/TemplatesPage').then((module) => module.TemplatesPage));
const CustomersPage = page(() => import('./features/wholesale/CustomersPage').then((module) => module.CustomersPage));
const NewCustomerPage = page(() => import('./features/wholesale/NewCustomerPage').then((module) => module.NewCustomerPage));
const CustomerPage = page(() => import('./features/wholesale/CustomerPage').then((module) => module.CustomerPage));
const BillingReportsPage = page(() => import('./features/wholesale/BillingReportsPage').then((module) => module.BillingReportsPage));
const ServiceKeysPage = page(() => import('./features/marketplace/ServiceKeysPage').then((module) => module.ServiceKeysPage));

function Home() {
  const { can } = useSession();
  return can('dashboard.view') ? <DashboardPage /> : <ServicesPage />;
}

interface Route {
  permission?: Permission;
  /** A further condition on the user (role, company type). */
  allow?: (me: Me) => boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/** What each path of routes.ts shows, and to whom. */
const routes: Record<RouteName, Route> = {
  // A managed account whose partner does not show the dashboard starts on its services.
  dashboard: { render: () => <Home /> },
  myCompany: { render: () => <MyCompanyPage /> },
  companies: { permission: 'companies.view_tree', render: () => <CompaniesPage /> },
  partner: { permission: 'managed_accounts.act_for', render: () => <PartnerPage /> },
  partnerApprovals: { permission: 'partner_approvals.view', render: () => <PartnerApprovalsPage /> },
  wholesaleTemplates: { permission: 'wholesale.templates.view', render: () => <TemplatesPage /> },
  wholesaleCustomers: { permission: 'wholesale.customers.view', render: () => <CustomersPage /> },
  wholesaleNewCustomer: { permission: 'wholesale.customers.manage', render: () => <NewCustomerPage /> },
  wholesaleCustomer: { permission: 'wholesale.customers.view', render: (params) => <CustomerPage key={params.id} customerId={params.id} /> },
  wholesaleBillingReports: { permission: 'wholesale.billing_reports.view', render: () => <BillingReportsPage /> },
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
  invoices: { allow: canSeeInvoices, render: () => <InvoicesPage /> },
  invoice: { allow: canSeeInvoices, render: (params) => <InvoicePage key={params.id} invoiceId={params.id} /> },
  screeningLists: { permission: 'compliance.review', render: () => <ScreeningListsPage /> },
  screeningReviews: { permission: 'compliance.review', render: () => <ReviewsPage /> },
  screeningReview: { permission: 'compliance.review', render: (params) => <ReviewPage key={params.id} reviewId={params.id} /> },
  adminEmails: { allow: canReadMailLog, render: () => <AdminEmailsPage /> },
  adminEmail: { allow: canReadMailLog, render: (params) => <AdminEmailPage emailId={params.id} /> },
};

export function App() {
  const { path, search, navigate } = useRouter();
  const queryClient = useQueryClient();
  const [localLang, setLocalLang] = useState<Language>(guessLanguage);
  const me = useQuery({ queryKey: accountsKeys.me, queryFn: getMe, retry: false, staleTime: 60_000 });

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
