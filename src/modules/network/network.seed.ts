import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { networkActor, nextStep, simulatedStep } from './network.controller.ts';
import { presentPort } from './ports.service.ts';
import { stepsTo, type ProvisioningState } from './ports.state.ts';
import * as networkRepo from './network.repo.ts';
import { accountsQueries } from '../accounts/index.ts';
import { partnersQueries } from '../partners/index.ts';
import * as repo from './ports.repo.ts';

/**
 * Commands for the demo data (src/demo): the location catalogue, and ports with the history the
 * service and the controller would have written, in the caller's transaction, without notifications.
 */

export type SeedLocation = Omit<networkRepo.NewLocation, 'id'>;

/** Adds the locations whose names are new; returns the id of every one named. */
export async function seedLocations(trx: Tx, locations: SeedLocation[]): Promise<Map<string, string>> {
  await networkRepo.upsertLocations(trx, locations.map((l) => ({ id: uuidv7(), ...l })));
  return networkRepo.locationIdsByName(trx, locations.map((l) => l.name));
}

export interface SeedPort {
  companyId: string;
  locationId: string;
  name: string;
  speedMbps: number;
  visibility: 'public' | 'private';
  /** Who ordered it (a user of the company). */
  orderedBy: Actor;
  /** LIVE, or still being provisioned: then its next step is scheduled, as after an order. */
  state: ProvisioningState;
  /** When it was ordered, then when each step was made (in order; those not given: now). */
  at?: Date[];
}

/**
 * The company's port of this name (one that has not ended), or a new one, in one of the company's billing
 * markets (else it throws): ordered (its audit row), then
 * taken by the network's steps to `state` (an audit row each, as the controller writes them).
 */
export async function seedPort(app: AppContext, trx: Tx, port: SeedPort): Promise<{ id: string; companyId: string; speedMbps: number; created: boolean }> {
  const existing = await repo.findOpenPortByName(trx, port.companyId, port.name);
  if (existing) return { id: existing.id, companyId: existing.company_id, speedMbps: existing.speed_mbps, created: false };
  // Held to the ordering rule: in a billing market of the company (seed them first).
  const company = await accountsQueries.companyRef(trx, port.companyId);
  const location = await networkRepo.findLocation(trx, port.locationId);
  if (!company || !location) throw new Error(`seed: port ${port.name}: no such company or location`);
  if (!(await partnersQueries.billingMarketEnabled(trx, company, location.country))) throw new Error(`seed: port ${port.name}: no billing market in ${location.country}`);
  const orderedAt = port.at?.[0];
  let row = await repo.insertPort(trx, {
    id: uuidv7(orderedAt?.getTime()), orderedAt, companyId: port.companyId, locationId: port.locationId, kind: 'port', name: port.name, speedMbps: port.speedMbps,
    visibility: port.visibility, orderedBy: port.orderedBy.userId,
  });
  await writeAudit(trx, port.orderedBy, { action: 'port.ordered', companyId: port.companyId, targetType: 'port', targetId: row.id, after: presentPort(row), at: orderedAt });
  const network = networkActor(row);
  for (const [i, step] of stepsTo(port.state).entries()) {
    const at = port.at?.[i + 1];
    const moved = await repo.transitionPort(trx, row.id, step, null, at);
    if (!moved) throw new Error(`seed: port ${port.name} cannot ${step} from ${row.provisioning_status}`);
    row = moved;
    await writeAudit(trx, network, { action: `port.${step}`, companyId: port.companyId, targetType: 'port', targetId: row.id, at });
  }
  const next = nextStep(row.provisioning_status);
  if (next) await app.jobs.emit(trx, simulatedStep(app, { resource: 'port', id: row.id, step: next }));
  return { id: row.id, companyId: row.company_id, speedMbps: row.speed_mbps, created: true };
}
