import type { Actor } from '../../platform/actor.ts';
import type { Executor } from '../../platform/db/db.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { inTree } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './connections.repo.ts';
import { lowestFreeVlan } from './connections.state.ts';

/** A connection as the customer's or the provider's side sees it; anyone else gets 404. */
export async function visibleConnection(db: Executor, actor: Actor, id: string) {
  const row = await repo.findConnection(db, id);
  if (!row) throw notFound('connection', 'id');
  const [customer, provider] = await Promise.all([accountsQueries.companyRef(db, row.company_id), accountsQueries.companyRef(db, row.provider_company_id)]);
  const asCustomer = Boolean(customer && inTree(actor, customer));
  // The provider sees an order once it was put to it: not while the partner's queue holds it, nor after the partner rejected it.
  const putToProvider = row.partner_hold === null || row.partner_hold === 'approved';
  const asProvider = Boolean(provider && putToProvider && inTree(actor, provider));
  if (!asCustomer && !asProvider) throw notFound('connection', 'id');
  return { row, asCustomer, asProvider, provider, customer };
}

/**
 * The VLAN an end gets on a port whose VLANs are `used` (read under the port's lock): absent or 0 =
 * the lowest free (409 port_full when there is none), -1 = untagged, else that VLAN if it is free.
 */
export function pickVlan(used: number[], wanted: number | undefined, field: string): number {
  if (!wanted) {
    const free = lowestFreeVlan(used);
    if (free === null) throw conflict('port_full', 'Every VLAN on this port is taken.', field);
    return free;
  }
  if (used.includes(wanted)) throw vlanTaken(used, wanted, field);
  return wanted;
}

/** 409 for a taken VLAN, naming the next free one. */
export function vlanTaken(used: number[], wanted: number, field: string): AppError {
  const next = wanted === -1 ? lowestFreeVlan(used) : lowestFreeVlan(used, wanted) ?? lowestFreeVlan(used);
  return conflict('vlan_taken', `VLAN ${wanted === -1 ? 'untagged' : wanted} is taken on this port${next ? `; the next free VLAN is ${next}` : ''}.`, field, { nextFreeVlan: next });
}
