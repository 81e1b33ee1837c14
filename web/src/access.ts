// Who may see which page, where a permission from /v1/me is not enough on its own.
import type { Me } from './api/models';

/** Company admins and technical admins manage their company's webhooks. */
export function canManageWebhooks(me: Me): boolean {
  return me.role === 'company_admin' || me.role === 'technical_admin';
}

/** The operator's company admins and technical admins: maintenance announcements and the mail log. */
export function isOperatorAdmin(me: Me): boolean {
  return me.company.type === 'operator' && canManageWebhooks(me);
}

/** Providers are direct customers and partners (a managed account cannot be one, nor the operator). */
export const mayProvide = (me: Me): boolean => me.company.type === 'direct' || me.company.type === 'partner';

/** The approvals inbox: a provider's company admins and technical admins. */
export function canDecideApprovals(me: Me): boolean {
  return mayProvide(me) && me.permissions.includes('approvals.decide');
}

/** Service keys for a provider's ports: its company admins and technical admins. */
export function canManageServiceKeys(me: Me): boolean {
  return mayProvide(me) && (me.role === 'company_admin' || me.role === 'technical_admin');
}

/** Ordering connections: the roles that order services, at customers and partners (not the operator). */
export function canOrderConnections(me: Me): boolean {
  return me.company.type !== 'operator' && me.permissions.includes('services.order');
}
