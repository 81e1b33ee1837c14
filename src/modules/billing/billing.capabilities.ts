import { neverManaged, type Capability, type Names } from '../../platform/access/access.ts';

const QUOTING_ROLES = new Set(['company_admin', 'technical_admin', 'finance']);

/** Who may read and change prices (docs/billing.md). */
export const billingCapabilities = {
  /** Read the price book: the operator's staff. */
  'price_book.view': (actor) => actor.companyType === 'operator',
  /** Replace the price book: the operator's company admins and finance. */
  'price_book.edit': (actor) => actor.companyType === 'operator' && (actor.role === 'company_admin' || actor.role === 'finance'),
  /**
   * The quoting tool (price estimates): direct customers', partners' (and the operator's) company
   * admins, technical admins and finance; never a managed account (quotingTool, PRODUCT.md §4).
   */
  'quotes.create': neverManaged('quotingTool', (actor) => actor.companyType !== 'managed' && QUOTING_ROLES.has(actor.role)),
  /**
   * Invoices of the paying company (a direct customer or a partner; the operator sees all): its
   * company admins and finance. A managed account never sees or pays one (invoices, PRODUCT.md §4).
   */
  'invoices.view': neverManaged('invoices', (actor) => actor.role === 'company_admin' || actor.role === 'finance'),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof billingCapabilities> {}
}
