import { describe, expect, it } from 'vitest';
import { access } from './platform/access/access.ts';
import { ownCompany } from './platform/access/access.ts';
import { actorAt, ALL_ROLES, companies, outcome, TYPES } from '../test/helpers/access.ts';
import type { CompanyType, Role } from './platform/actor.ts';
import type { CapabilityName } from './platform/access/access.ts';
import { AppError } from './platform/errors.ts';
import type { ManagedSettings } from './modules/partners/index.ts';

// The expectations below are written out literally from §1 of the spec, not derived from the capabilities.
describe('role capabilities (any company in the tree)', () => {
  // [role, orders services, subscribes to notifications, decides approvals, sees prices, manages webhooks and service keys]
  const table: [Role, boolean, boolean, boolean, boolean, boolean][] = [
    ['company_admin', true, true, true, true, true],
    ['technical_admin', true, true, true, false, true],
    ['technical_contact', true, true, false, false, false],
    ['finance', false, false, false, true, false],
    ['read_only', false, false, false, false, false],
    ['compliance_officer', false, false, false, false, false],
  ];
  const answer = (may: boolean) => (may ? 'allowed' : 403);
  it.each(table)('%s: order %s · subscribe %s · approve %s · prices %s · webhooks and keys %s', (role, order, subscribe, approve, prices, admin) => {
    const actor = actorAt('partner', role);
    expect(outcome(actor, 'services.order', companies.managed)).toBe(answer(order));
    expect(outcome(actor, 'connections.order')).toBe(answer(order));
    expect(outcome(actor, 'notifications.subscribe')).toBe(answer(subscribe));
    expect(outcome(actor, 'approvals.decide', companies.partner)).toBe(answer(approve));
    expect(outcome(actor, 'prices.view')).toBe(answer(prices));
    expect(outcome(actor, 'webhooks.manage')).toBe(answer(admin));
    expect(outcome(actor, 'service_keys.manage', companies.partner)).toBe(answer(admin));
    // Outside the tree it does not exist, whatever the role.
    expect(outcome(actor, 'services.order', companies.direct)).toBe(404);
    expect(outcome(actor, 'approvals.decide', companies.otherPartner)).toBe(404);
  });
});

describe('capabilities that follow a managed account’s settings', () => {
  it.each(ALL_ROLES)('%s: prices only when the partner shows them, and then only to admins and finance', (role) => {
    const actor = (showPrices: boolean) => ({
      ...actorAt('managed', role),
      settings: { managed: { dashboard: false, supportChat: false, companyProfile: false, showPrices, supportedBy: 'partner' as const, approvalQueue: false } },
    });
    expect(outcome(actor(false), 'prices.view')).toBe(403);
    expect(outcome(actor(true), 'prices.view')).toBe(role === 'company_admin' || role === 'finance' ? 'allowed' : 403);
  });

  /** The spec's defaults for a partner-supported account (PRODUCT.md §4), written out. */
  const SPEC_TABLE_DEFAULTS: ManagedSettings = { dashboard: false, supportChat: false, companyProfile: false, showPrices: false, supportedBy: 'partner', approvalQueue: false };

  /** 'allowed', or the setting a refusal names (403 managed_setting). */
  function refusedFor(settings: Partial<ManagedSettings>, name: CapabilityName): string {
    const actor = { ...actorAt('managed', 'company_admin'), settings: { managed: { ...SPEC_TABLE_DEFAULTS, ...settings } } };
    try {
      access.require(actor, name, companies.managed);
      return 'allowed';
    } catch (error) {
      if (error instanceof AppError && error.code === 'managed_setting' && error.extra?.capability === name) return String(error.extra.setting);
      throw error;
    }
  }

  // [capability, settings, what a managed account's company admin gets]: written out from the spec's table.
  const gates: [CapabilityName, Partial<ManagedSettings>, string][] = [
    ['dashboard.view', { dashboard: false }, 'dashboard'],
    ['dashboard.view', { dashboard: true }, 'allowed'],
    ['support_chat.use', { supportChat: false }, 'supportChat'],
    ['support_chat.use', { supportChat: true }, 'allowed'],
    ['support_details.view', { supportedBy: 'partner' }, 'allowed'],
    ['support_details.view', { supportedBy: 'operator' }, 'supportedBy'],
    ['support_details.edit', { supportedBy: 'partner' }, 'supportedBy'],
    ['billing_markets.view', { dashboard: true, supportChat: true, companyProfile: true, showPrices: true }, 'billingMarkets'],
    ['billing_markets.manage', { dashboard: true, supportChat: true, companyProfile: true, showPrices: true }, 'billingMarkets'],
    ['company_profile.view', { companyProfile: false }, 'companyProfile'],
    ['company_profile.view', { companyProfile: true }, 'allowed'],
    ['company_profile.edit', { companyProfile: false }, 'companyProfile'],
    ['company_profile.edit', { companyProfile: true }, 'allowed'],
    ['prices.view', { showPrices: false }, 'showPrices'],
    ['prices.view', { showPrices: true }, 'allowed'],
    ['quotes.create', { showPrices: true }, 'quotingTool'],
    ['invoices.view', { showPrices: true }, 'invoices'],
    ['marketplace.provide', { companyProfile: true }, 'marketplaceProfile'],
  ];
  it.each(gates)('%s with %o: %s', (name, settings, expected) => {
    expect(refusedFor(settings, name)).toBe(expected);
  });
});

describe('company-type capabilities', () => {
  it.each(ALL_ROLES)('%s: billing markets are changed by company admins of the operator, partners and direct customers, never by a managed account', (role) => {
    const admin = role === 'company_admin';
    expect(outcome(actorAt('operator', role), 'billing_markets.manage', companies.direct)).toBe(admin ? 'allowed' : 403);
    expect(outcome(actorAt('partner', role), 'billing_markets.manage', companies.partner)).toBe(admin ? 'allowed' : 403);
    expect(outcome(actorAt('partner', role), 'billing_markets.view', companies.partner)).toBe('allowed');
    expect(outcome(actorAt('partner', role), 'billing_markets.manage', companies.otherPartner)).toBe(404);
    expect(outcome(actorAt('managed', role), 'billing_markets.view', companies.managed)).toBe(403);
    expect(outcome(actorAt('managed', role), 'billing_markets.manage', companies.managed)).toBe(403);
  });
  it('a managed account cannot be a provider: no marketplace profile, no service keys, no approvals', () => {
    for (const capability of ['marketplace.provide', 'service_keys.manage', 'approvals.decide'] as const) {
      expect(outcome(actorAt('partner'), capability, companies.managed)).toBe(403);
      expect(outcome(actorAt('managed'), capability, companies.managed)).toBe(403);
      expect(outcome(actorAt('operator'), capability, companies.otherManaged)).toBe(403);
      expect(outcome(actorAt('direct'), capability, companies.direct)).toBe('allowed');
      expect(outcome(actorAt('operator'), capability, companies.partner)).toBe('allowed');
    }
  });
  it.each(TYPES.flatMap((type) => ALL_ROLES.map((role): [CompanyType, Role] => [type, role])))('%s · %s: maintenance and the mail log are the operator’s admins’', (type, role) => {
    const may = type === 'operator' && (role === 'company_admin' || role === 'technical_admin');
    const actor = { userId: 'u', companyId: 'c', companyType: type, role };
    expect(outcome(actor, 'maintenance.announce')).toBe(may ? 'allowed' : 403);
    expect(outcome(actor, 'mail_log.manage')).toBe(may ? 'allowed' : 403);
  });
});

describe('capabilities for the portal (GET /v1/me: held in the own company)', () => {
  const base = ['company_profile.view', 'api_keys.manage', 'support_chat.use', 'support_details.view'];
  const admin = ['company_profile.edit', 'users.manage', 'audit.view', 'support_details.edit'];
  const orders = ['services.order', 'connections.order', 'notifications.subscribe'];
  const provides = ['marketplace.provide'];
  // Per role, what it may do in a direct company (a provider with no tree of its own).
  const byRole: Record<Role, string[]> = {
    company_admin: [...base, ...admin, ...orders, ...provides, 'prices.view', 'approvals.decide', 'webhooks.manage', 'service_keys.manage'],
    technical_admin: [...base, ...orders, ...provides, 'approvals.decide', 'webhooks.manage', 'service_keys.manage', 'support_details.edit'],
    technical_contact: [...base, ...orders, ...provides],
    finance: [...base, ...provides, 'prices.view'],
    read_only: [...base, ...provides],
    compliance_officer: [...base, ...provides],
  };
  const notProviding = ['marketplace.provide', 'approvals.decide', 'service_keys.manage'];
  const expected = (type: CompanyType, role: Role): string[] => {
    const tree = type === 'operator' || type === 'partner' ? ['companies.view_tree'] : [];
    const creates = role === 'company_admin' && tree.length ? ['companies.create'] : [];
    let held = [...byRole[role], ...tree, ...creates];
    if (type === 'managed' || type === 'operator') held = held.filter((c) => !notProviding.includes(c));
    // A managed account with its partner's defaults (partner-supported): no prices, company profile or
    // support chat; its support details view-only (docs/partners.md).
    const withheld = ['prices.view', 'company_profile.view', 'company_profile.edit', 'support_chat.use', 'support_details.edit'];
    if (type === 'managed') held = held.filter((c) => !withheld.includes(c));
    // Managed accounts' settings: seen by their partner, the operator and themselves; changed by partner and operator admins.
    if (type !== 'direct') held.push('managed_settings.view');
    // The dashboard: a managed account's only when its partner shows it (off by default).
    if (type !== 'managed') held.push('dashboard.view');
    if (type !== 'direct' && type !== 'managed' && role === 'company_admin') held.push('managed_settings.edit', 'branding.edit');
    // A partner's users act for its managed accounts in the portal (their role decides what they may do there).
    if (type === 'partner') held.push('managed_accounts.act_for');
    // The partner's service approval queue: seen by its users (and the operator's), decided by their company and technical admins.
    if (type === 'partner' || type === 'operator') held.push('partner_approvals.view');
    if ((type === 'partner' || type === 'operator') && (role === 'company_admin' || role === 'technical_admin')) held.push('partner_approvals.decide');
    // Billing markets: never a managed account's; changed by company admins.
    if (type !== 'managed') held.push('billing_markets.view');
    if (type !== 'managed' && role === 'company_admin') held.push('billing_markets.manage');
    // Billing: quotes for direct customers', partners' and the operator's admins, technical admins and finance, never a managed account.
    if (type !== 'managed' && (role === 'company_admin' || role === 'technical_admin' || role === 'finance')) held.push('quotes.create');
    // Invoices: the paying company's admins and finance; a managed account never sees one.
    if (type !== 'managed' && (role === 'company_admin' || role === 'finance')) held.push('invoices.view');
    // Wholesale onboarding templates (PRODUCT.md §5): read by a partner's users and the operator's, changed by the partner's company admins.
    if (type === 'partner' || type === 'operator') held.push('wholesale.templates.view');
    if (type === 'partner' && role === 'company_admin') held.push('wholesale.templates.manage');
    // Wholesale customers: read like templates, changed by the partner's company and technical admins; billing reports for its admins and finance.
    if (type === 'partner' || type === 'operator') held.push('wholesale.customers.view');
    if (type === 'partner' && (role === 'company_admin' || role === 'technical_admin')) held.push('wholesale.customers.manage');
    if ((type === 'partner' && (role === 'company_admin' || role === 'finance')) || type === 'operator') held.push('wholesale.billing_reports.view');
    if (type === 'partner' && (role === 'company_admin' || role === 'finance')) held.push('wholesale.billing_reports.request');
    if (type === 'operator') {
      held.push('price_book.view');
      if (role === 'company_admin' || role === 'finance') held.push('price_book.edit');
      held = held.filter((c) => c !== 'connections.order');
      if (role === 'company_admin' || role === 'compliance_officer') held.push('compliance.review');
      if (role === 'company_admin' || role === 'technical_admin') held.push('maintenance.announce', 'mail_log.manage');
    }
    return held;
  };
  it.each(TYPES.flatMap((type) => ALL_ROLES.map((role): [CompanyType, Role] => [type, role])))('%s · %s: exactly what §1 grants', (type, role) => {
    const actor = { userId: 'u', companyId: 'c', companyType: type, role, partnerId: type === 'managed' ? 'p' : null };
    const got = access.held(actor, ownCompany(actor));
    expect([...got].sort()).toEqual(expected(type, role).sort());
  });
});
