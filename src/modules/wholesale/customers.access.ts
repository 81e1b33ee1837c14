import type { Actor } from '../../platform/actor.ts';
import type { Executor } from '../../platform/db/db.ts';
import { access, inScope, type CompanyRef } from '../../platform/access/access.ts';
import * as repo from './customers.repo.ts';

/** A wholesale thing's owner as access sees it: the partner (customers, reports and templates are in its tree only). */
export const partnerRef = (id: string): CompanyRef => ({ id, type: 'partner', partnerId: null });

/**
 * The customer as the actor may see it, with the capability checked: missing and another
 * partner's are the same 404. Subscribers, locations and numbers reach their customer through this.
 */
export async function visibleCustomer(
  db: Executor, actor: Actor, id: string, capability: 'wholesale.customers.view' | 'wholesale.customers.manage', options: { forUpdate?: boolean; field?: string } = {},
) {
  const row = inScope(actor, await repo.findCustomer(db, id, { forUpdate: options.forUpdate }), (r) => partnerRef(r.partner_id), 'customer', options.field ?? 'id');
  access.require(actor, capability, partnerRef(row.partner_id), ['customer', options.field ?? 'id']);
  return row;
}
