import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { access } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { existingLocationIds, existingPortIds } from '../network/index.ts';
import * as repo from './maintenance.repo.ts';

export interface AnnounceInput {
  kind?: 'maintenance' | 'outage';
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  locationIds?: string[];
  portIds?: string[];
}

const present = (row: repo.MaintenanceRow) => ({
  id: row.id, kind: row.kind, title: row.title, description: row.description, startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(), locationIds: row.location_ids, portIds: row.port_ids, createdAt: row.created_at.toISOString(),
});

export function createMaintenanceService(app: AppContext) {
  const { db } = app;

  /** The operator announces maintenance or an outage; every company with a service there is told. */
  async function announce(actor: Actor, input: AnnounceInput) {
    access.require(actor, 'maintenance.announce');
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (!(endsAt > startsAt)) throw invalid('ends_before_start', 'endsAt must be after startsAt.', 'endsAt');
    const locationIds = [...new Set(input.locationIds ?? [])];
    const portIds = [...new Set(input.portIds ?? [])];
    if (locationIds.length === 0 && portIds.length === 0) throw invalid('no_scope', 'Name at least one location or port.', 'locationIds');
    const known = await existingLocationIds(db.kysely, locationIds);
    const unknown = locationIds.find((id) => !known.has(id));
    if (unknown) throw invalid('unknown_location', `Location ${unknown} does not exist.`, 'locationIds');
    const knownPorts = await existingPortIds(db.kysely, portIds);
    const unknownPort = portIds.find((id) => !knownPorts.has(id));
    if (unknownPort) throw invalid('unknown_port', `Port ${unknownPort} does not exist.`, 'portIds');
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.insertMaintenance(trx, {
        id: uuidv7(), kind: input.kind ?? 'maintenance', title: input.title.trim(), description: input.description.trim(), startsAt, endsAt,
        locationIds, portIds, createdBy: actor.userId,
      });
      const maintenance = present(row);
      await writeAudit(trx, actor, { action: 'maintenance.announced', companyId: actor.companyId, targetType: 'maintenance', targetId: row.id, after: maintenance });
      await app.jobs.emit(trx, { type: 'maintenance.announced', companyId: actor.companyId, actorUserId: actor.userId, payload: { maintenanceId: row.id } });
      return maintenance;
    });
  }

  async function list(_actor: Actor, query: { limit?: number; cursor?: string }) {
    const limit = query.limit ?? 50;
    const rows = await repo.listMaintenance(db.kysely, { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(present), nextCursor: page.nextCursor };
  }

  async function get(_actor: Actor, id: string) {
    const row = await repo.findMaintenance(db.kysely, id);
    if (!row) throw notFound('maintenance', 'id');
    return present(row);
  }

  return { announce, list, get };
}

export type MaintenanceService = ReturnType<typeof createMaintenanceService>;
