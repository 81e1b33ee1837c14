// The portal's pages by path. No imports, so Node tests can load it and check that every link the
// server builds (e-mails, the feed) leads to one of these.

export const ROUTE_PATHS = {
  dashboard: '/',
  myCompany: '/company',
  companies: '/companies',
  company: '/companies/:id',
  partner: '/partner',
  partnerApprovals: '/partner/approvals',
  wholesaleTemplates: '/partner/wholesale/templates',
  wholesaleCustomers: '/partner/wholesale/customers',
  // Before the customer's page, whose :id would take "new".
  wholesaleNewCustomer: '/partner/wholesale/customers/new',
  wholesaleCustomer: '/partner/wholesale/customers/:id',
  wholesaleBillingReports: '/partner/wholesale/billing-reports',
  apiKeys: '/api-keys',
  profile: '/profile',
  audit: '/audit',
  notificationSettings: '/settings/notifications',
  notifications: '/notifications',
  webhooks: '/webhooks',
  maintenances: '/maintenance',
  maintenance: '/maintenance/:id',
  marketplace: '/marketplace',
  provider: '/marketplace/providers/:id',
  order: '/marketplace/order',
  services: '/services',
  connection: '/connections/:id',
  approvals: '/approvals',
  serviceKeys: '/service-keys',
  invoices: '/invoices',
  invoice: '/invoices/:id',
  screeningLists: '/compliance/lists',
  screeningReviews: '/compliance/reviews',
  screeningReview: '/compliance/reviews/:id',
  adminEmails: '/admin/emails',
  adminEmail: '/admin/emails/:id',
} as const;

export type RouteName = keyof typeof ROUTE_PATHS;

/** Matches `/companies/:id` against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      const value = decoded(have[i]);
      if (value === null) return null;
      params[want[i].slice(1)] = value;
    } else if (want[i] !== have[i]) return null;
  }
  return params;
}

/** A malformed escape ("%FF") is no page rather than a crash. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The page a path (without query) shows, with its parameters; null when there is none (404). */
export function findRoute(path: string): { name: RouteName; params: Record<string, string> } | null {
  for (const [name, pattern] of Object.entries(ROUTE_PATHS) as [RouteName, string][]) {
    const params = matchPath(pattern, path);
    if (params) return { name, params };
  }
  return null;
}
