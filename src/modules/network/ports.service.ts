import type { AppContext } from '../../platform/context.ts';
import { userIdOf, type Actor, type SystemActor } from '../../platform/actor.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { record } from '../../platform/events/record.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { access } from '../../platform/access/access.ts';
import { inScope } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import { networkActor, type NetworkController, type StepReport } from './network.controller.ts';
import type { Tx } from '../../platform/db/db.ts';
import { billingMarketNotEnabled, partnersQueries } from '../partners/index.ts';
import { findLocation } from './network.repo.ts';
import * as repo from './ports.repo.ts';
import { MCR_SPEEDS, PORT_SPEEDS, removalFor } from './ports.state.ts';

export interface OrderPortInput {
  companyId?: string;
  locationId: string;
  name: string;
  speedMbps: number;
  marketplaceVisibility?: 'public' | 'private';
  kind?: 'port' | 'mcr';
}

export const presentPort = (row: repo.PortRow) => ({
  id: row.id, companyId: row.company_id, locationId: row.location_id, kind: row.kind, name: row.name, speedMbps: row.speed_mbps,
  marketplaceVisibility: row.marketplace_visibility, provisioningStatus: row.provisioning_status, orderedAt: row.ordered_at.toISOString(),
  configuredAt: row.configured_at?.toISOString() ?? null, liveAt: row.live_at?.toISOString() ?? null,
  cancelledAt: row.cancelled_at?.toISOString() ?? null, decommissionedAt: row.decommissioned_at?.toISOString() ?? null,
});

export function createPortsService(app: AppContext, controller: NetworkController) {
  const { db } = app;

  /** The network built a step of a port: its transition, audit row and (live) event. */
  async function applyStep(trx: Tx, report: StepReport) {
    const port = await repo.transitionPort(trx, report.id, report.step, null);
    if (!port) return false;
    await record(trx, app.jobs, networkActor(report), {
      audit: { action: `port.${report.step}`, companyId: port.company_id, targetType: 'port', targetId: port.id },
      events: report.step === 'go_live' ? [{ type: 'port.live', companyId: port.company_id, actorUserId: null, payload: { portId: port.id } }] : [],
    });
    return true;
  }
  controller.reportTo('port', { applyStep, inProgress: repo.portsInProvisioning });

  async function visiblePort(actor: Actor, id: string) {
    const port = await repo.findPort(db.kysely, id);
    const company = port ? await accountsQueries.companyRef(db.kysely, port.company_id) : undefined;
    return inScope(actor, port, () => company, 'port', 'id');
  }

  /** Orders a port or MCR; the network controller then takes it to LIVE. */
  async function order(actor: Actor, input: OrderPortInput) {
    const companyId = input.companyId ?? actor.companyId;
    const company = inScope(actor, await accountsQueries.companyRef(db.kysely, companyId), (ref) => ref, 'company', 'companyId');
    access.require(actor, 'services.order', company);
    if (company.type === 'operator') throw invalid('operator_cannot_order', 'The operator does not order ports from itself.', 'companyId');
    const kind = input.kind ?? 'port';
    const speeds: readonly number[] = kind === 'mcr' ? MCR_SPEEDS : PORT_SPEEDS;
    if (!speeds.includes(input.speedMbps)) throw invalid('unsupported_speed', `A ${kind} comes in ${speeds.join(', ')} Mbps.`, 'speedMbps');
    const location = await findLocation(db.kysely, input.locationId);
    if (!location) throw notFound('location', 'locationId');
    // Ordered in the company's billing markets only (a managed account: its partner's; the operator's company: anywhere).
    if (!(await partnersQueries.billingMarketEnabled(db.kysely, company, location.country))) throw billingMarketNotEnabled(company, location.country, 'locationId');
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.insertPort(trx, {
        id: uuidv7(), companyId, locationId: input.locationId, kind, name: input.name.trim(), speedMbps: input.speedMbps,
        visibility: input.marketplaceVisibility ?? 'private', orderedBy: actor.userId,
      });
      const port = presentPort(row);
      await writeAudit(trx, actor, { action: 'port.ordered', companyId, targetType: 'port', targetId: row.id, after: port });
      await app.jobs.emit(trx, { type: 'port.ordered', companyId, actorUserId: actor.userId, payload: { portId: row.id } });
      await controller.send(trx, { resource: 'port', id: row.id });
      return port;
    });
  }

  const get = async (actor: Actor, id: string) => presentPort(await visiblePort(actor, id));

  async function list(actor: Actor, query: { limit?: number; cursor?: string }) {
    const limit = query.limit ?? 50;
    const rows = await repo.listPorts(db.kysely, await accountsQueries.treeIds(db.kysely, actor), { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentPort), nextCursor: page.nextCursor };
  }

  /** Cancels a port not yet live, or decommissions a live one. */
  async function remove(actor: Actor, id: string) {
    const port = await visiblePort(actor, id);
    access.require(actor, 'services.order');
    const transition = removalFor(port.provisioning_status);
    if (!transition) throw conflict('port_already_ended', `The port is ${port.provisioning_status}.`);
    return db.kysely.transaction().execute(async (trx) => {
      const inUse = await repo.countOpenConnections(trx, id);
      if (inUse > 0) throw conflict('port_in_use', `${inUse} connection(s) still use this port: cancel or decommission them first.`);
      const after = await repo.transitionPort(trx, id, transition, actor.userId);
      if (!after) throw conflict('port_state_changed', 'The port changed state meanwhile; look again.');
      await writeAudit(trx, actor, { action: `port.${transition}`, companyId: port.company_id, targetType: 'port', targetId: id, before: presentPort(port), after: presentPort(after) });
      return presentPort(after);
    });
  }

  /**
   * Deprovisioning (compliance, through this module's face): the company's ports cancelled or
   * decommissioned in the caller's transaction; a port a connection still uses (one the network is
   * building) is left for the next run (`remaining`). Call after its connections have ended.
   */
  async function endAllOf(trx: Tx, by: SystemActor, companyId: string): Promise<{ ended: number; remaining: number }> {
    let ended = 0;
    let remaining = 0;
    for (const port of await repo.openPortsOf(trx, companyId)) {
      const transition = removalFor(port.provisioning_status);
      if (!transition || (await repo.countOpenConnections(trx, port.id)) > 0) {
        remaining++;
        continue;
      }
      const after = await repo.transitionPort(trx, port.id, transition, userIdOf(by));
      if (!after) continue;
      await writeAudit(trx, by, { action: `port.${transition}`, companyId, targetType: 'port', targetId: port.id, before: presentPort(port), after: presentPort(after) });
      ended++;
    }
    return { ended, remaining };
  }

  return { order, get, list, remove, endAllOf };
}

export type PortsService = ReturnType<typeof createPortsService>;
