import type { CSSProperties, ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Me, Permission } from '../api/models';
import { canManageWebhooks, canReadMailLog, canSeeInvoices } from '../access';
import { useT } from '../i18n';
import { Link, useRouter } from '../router';
import { useSession } from '../session';
import { UserMenu } from './UserMenu';
import { NotificationBell } from './NotificationBell';
import { Icon, type IconName } from './Icon';
import { useProviderPages } from '../features/network/network';
import { SupportButton } from '../features/partners/SupportButton';
import { ActingForBanner } from '../features/partners/actingFor';
import { getLook } from '../features/partners/partners.api';
import { partnersKeys } from '../features/partners/queryKeys';
import { usePendingPartnerApprovals } from '../features/partners/usePendingPartnerApprovals';
import { useReviews } from '../features/compliance/compliance';


interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  permission?: Permission;
  allow?: (me: Me) => boolean;
  /** A provider's page: shown once the company provides (see useProviderPages). */
  provider?: 'approvals' | 'serviceKeys';
}

const navItems: NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: 'home', permission: 'dashboard.view' },
  { to: '/marketplace', label: 'nav.marketplace', icon: 'search' },
  { to: '/services', label: 'nav.services', icon: 'network' },
  { to: '/approvals', label: 'nav.approvals', icon: 'inbox', provider: 'approvals' },
  { to: '/service-keys', label: 'nav.serviceKeys', icon: 'tag', provider: 'serviceKeys' },
  { to: '/company', label: 'nav.company', icon: 'building' },
  { to: '/companies', label: 'nav.companies', icon: 'tree', permission: 'companies.view_tree' },
  { to: '/partner', label: 'nav.partner', icon: 'sliders', permission: 'managed_accounts.act_for' },
  { to: '/partner/approvals', label: 'nav.partnerApprovals', icon: 'inbox', permission: 'partner_approvals.view' },
  { to: '/partner/wholesale/customers', label: 'nav.wholesaleCustomers', icon: 'building', permission: 'wholesale.customers.view' },
  { to: '/partner/wholesale/templates', label: 'nav.wholesaleTemplates', icon: 'list', permission: 'wholesale.templates.view' },
  { to: '/partner/wholesale/billing-reports', label: 'nav.wholesaleBillingReports', icon: 'receipt', permission: 'wholesale.billing_reports.view' },
  { to: '/api-keys', label: 'nav.apiKeys', icon: 'key', permission: 'api_keys.manage' },
  { to: '/invoices', label: 'nav.invoices', icon: 'receipt', allow: canSeeInvoices },
  { to: '/audit', label: 'nav.audit', icon: 'list', permission: 'audit.view' },
  { to: '/maintenance', label: 'nav.maintenance', icon: 'calendar' },
  { to: '/webhooks', label: 'nav.webhooks', icon: 'webhook', allow: canManageWebhooks },
  { to: '/compliance/reviews', label: 'nav.screeningReviews', icon: 'inbox', permission: 'compliance.review' },
  { to: '/compliance/lists', label: 'nav.screeningLists', icon: 'list', permission: 'compliance.review' },
  { to: '/admin/emails', label: 'nav.adminEmails', icon: 'mail', allow: canReadMailLog },
  { to: '/profile', label: 'nav.profile', icon: 'user' },
];

function isUnder(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/** The nav item of the page shown: the longest that the path is under (/partner/approvals, not /partner). */
function currentItem(items: NavItem[], path: string): string | undefined {
  return items.filter((item) => isUnder(item.to, path)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

/**
 * The top bar's name and mark: the user's partner's (or the operator's) branding when set
 * (GET /v1/me/branding), else Portico's. The colour marks the brand only; buttons and links keep
 * the portal's own colours, whose contrast is checked, whatever colour a partner picks.
 */
function Brand() {
  const t = useT();
  const look = useQuery({ queryKey: partnersKeys.look, queryFn: getLook, staleTime: 5 * 60_000 }).data;
  const name = look?.displayName ?? 'Portico';
  return (
    <Link to="/" className="brand" aria-label={t('nav.home', { name })} style={look?.primaryColor ? ({ '--brand': look.primaryColor } as CSSProperties) : undefined}>
      {/* The mark's letter is drawn by CSS: the link's name must start with the visible name. */}
      {look?.logoUrl ? <img className="brand-logo" src={look.logoUrl} alt="" /> : <span className="brand-mark" aria-hidden="true" />}
      <span>{name}</span>
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { path } = useRouter();
  const { me, can } = useSession();
  const provider = useProviderPages(me);
  // What waits in each queue: the provider's inbox, the partner's approvals, the open screening reviews.
  const counts: Record<string, number> = {
    '/approvals': provider.pending ?? 0,
    '/partner/approvals': usePendingPartnerApprovals(can('partner_approvals.view')).total,
    '/compliance/reviews': useReviews('open', can('compliance.review')).data?.items.length ?? 0,
  };
  const shown = navItems.filter((item) => (!item.permission || can(item.permission)) && (!item.allow || item.allow(me)) && (!item.provider || provider[item.provider]));
  const currentTo = currentItem(shown, path);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Brand />
        <div className="topbar-company">
          <span className="topbar-company-name">{me.company.name}</span>
          <span className={`badge badge-${me.company.type}`}>{t(`companyType.${me.company.type}`)}</span>
        </div>
        <SupportButton />
        <NotificationBell />
        <UserMenu />
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>
          {shown.map((item) => {
              const current = item.to === currentTo;
              const count = counts[item.to] ?? 0;
              return (
                <li key={item.to}>
                  <Link to={item.to} className="nav-link" aria-current={current ? 'page' : undefined}>
                    <Icon name={item.icon} />
                    <span>{t(item.label)}</span>
                    {count > 0 && (
                      <span className="nav-count">
                        {count}
                        <span className="visually-hidden"> {t('approvals.pendingSuffix')}</span>
                      </span>
                    )}
                  </Link>
                </li>
              );
            })}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <ActingForBanner />
        {children}
      </main>
    </div>
  );
}
