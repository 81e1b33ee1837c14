// Who may see which page, where a permission from /v1/me is not enough on its own.
import type { Me } from './api/types';

/** Company admins and technical admins manage their company's webhooks. */
export function canManageWebhooks(me: Me): boolean {
  return me.role === 'company_admin' || me.role === 'technical_admin';
}

/** The operator's company admins and technical admins: maintenance announcements and the mail log. */
export function isOperatorAdmin(me: Me): boolean {
  return me.company.type === 'operator' && canManageWebhooks(me);
}
