import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { loadEvent, once } from '../../platform/jobs/jobs.ts';
import { access } from '../../platform/access/access.ts';
import { inScope } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import { networkQueries, portOwner, type PortInfo } from '../network/index.ts';
import * as repo from './service-keys.repo.ts';
import { keyInputProblem, keyProblem, keyProblemDetail, type KeyInput } from './service-keys.policy.ts';
import { SERVICE_KEY_DEFAULTS } from './service-keys.schemas.ts';

export interface CreateKeyInput extends KeyInput {
  portId: string;
  active: boolean;
  preApproved: boolean;
  description?: string;
}

export interface UpdateKeyInput {
  active?: boolean;
  description?: string | null;
  validTo?: string | null;
}

/** What an order needs of a usable key, with its port (the B-end). */
export interface ClaimedKey {
  id: string;
  maxSpeedMbps: number;
  vlan: number | null;
  preApproved: boolean;
  port: PortInfo;
}

export const SERVICE_KEY_USED_JOB = 'service-keys.record-use';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentKey = (row: repo.ServiceKeyRow) => ({
  id: row.id, key: row.key, portId: row.port_id, portName: row.port_name, companyId: row.company_id, singleUse: row.single_use,
  maxSpeedMbps: row.max_speed_mbps, vlan: row.vlan, validFrom: iso(row.valid_from), validTo: iso(row.valid_to), active: row.active,
  preApproved: row.pre_approved, description: row.description, lastUsedAt: iso(row.last_used_at), usedCount: row.used_count,
  spentAt: iso(row.spent_at), createdAt: row.created_at.toISOString(),
});

/** Issues a key (a random value) for the port with its audit row; the caller owns the transaction and the checks. */
export async function insertKeyTx(trx: Tx, actor: Actor, port: Pick<PortInfo, 'id' | 'company_id'>, input: CreateKeyInput, createdAt?: Date) {
  const row = await repo.insertKey(trx, {
    id: uuidv7(createdAt?.getTime()), createdAt, key: randomUUID(), companyId: port.company_id, portId: port.id, singleUse: input.singleUse, maxSpeedMbps: input.maxSpeedMbps,
    vlan: input.vlan ?? null, validFrom: input.validFrom ? new Date(input.validFrom) : null, validTo: input.validTo ? new Date(input.validTo) : null,
    active: input.active, preApproved: input.preApproved, description: input.description?.trim() || null, createdBy: actor.userId,
  });
  const key = presentKey(row);
  await writeAudit(trx, actor, { action: 'service_key.created', companyId: row.company_id, targetType: 'service_key', targetId: row.id, after: key, at: createdAt });
  return key;
}

export function createServiceKeysService(app: AppContext) {
  const { db } = app;

  async function visibleKey(actor: Actor, id: string) {
    const row = await repo.findKeyById(db.kysely, id);
    const owner = row ? await accountsQueries.companyRef(db.kysely, row.company_id) : undefined;
    return inScope(actor, row, () => owner, 'service_key', 'id');
  }

  /** A provider issues a key for one of its ports (public or private). */
  async function create(actor: Actor, given: Omit<CreateKeyInput, keyof typeof SERVICE_KEY_DEFAULTS> & Partial<Pick<CreateKeyInput, keyof typeof SERVICE_KEY_DEFAULTS>>) {
    const input: CreateKeyInput = { ...SERVICE_KEY_DEFAULTS, ...given };
    access.require(actor, 'service_keys.manage'); // the role first: a wrong role is 403 before any id is looked at
    const port = inScope(actor, await networkQueries.port(db.kysely, input.portId), portOwner, 'port', 'portId');
    access.require(actor, 'service_keys.manage', portOwner(port));
    if (port.provisioning_status === 'CANCELLED' || port.provisioning_status === 'DECOMMISSIONED') throw conflict('port_ended', `The port is ${port.provisioning_status}.`, 'portId');
    const problem = keyInputProblem(input, port.speed_mbps);
    if (problem) throw invalid(...problem);
    return db.kysely.transaction().execute((trx) => insertKeyTx(trx, actor, port, input));
  }

  async function list(actor: Actor, query: { portId?: string; limit?: number; cursor?: string }) {
    access.require(actor, 'service_keys.manage');
    if (query.portId) inScope(actor, await networkQueries.port(db.kysely, query.portId), portOwner, 'port', 'portId');
    const limit = query.limit ?? 50;
    const rows = await repo.listKeys(db.kysely, { companyIds: await accountsQueries.treeIds(db.kysely, actor), portId: query.portId, after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentKey), nextCursor: page.nextCursor };
  }

  /** Activate or deactivate, describe, or end the validity of a key. */
  async function update(actor: Actor, id: string, input: UpdateKeyInput) {
    access.require(actor, 'service_keys.manage');
    const before = await visibleKey(actor, id);
    const validTo = input.validTo === undefined ? undefined : input.validTo === null ? null : new Date(input.validTo);
    if (validTo && before.valid_from && validTo <= before.valid_from) throw invalid('validity_reversed', 'validTo must be after validFrom.', 'validTo');
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.updateKey(trx, id, {
        ...(input.active === undefined ? {} : { active: input.active }),
        ...(input.description === undefined ? {} : { description: input.description?.trim() || null }),
        ...(validTo === undefined ? {} : { valid_to: validTo }),
      });
      const key = presentKey(row);
      await writeAudit(trx, actor, { action: 'service_key.updated', companyId: row.company_id, targetType: 'service_key', targetId: id, before: presentKey(before), after: key });
      return key;
    });
  }

  /** A usable key by its value, or the clear reason why not (shared by lookup and ordering). */
  async function usable(executor: Executor, key: string) {
    const row = await repo.findKeyByKey(executor, key);
    if (!row) throw notFound('service_key', 'serviceKey');
    const problem = keyProblem(row, new Date());
    if (problem) throw conflict(problem, keyProblemDetail(problem), 'serviceKey');
    if (row.port_status !== 'LIVE') throw conflict('service_key_port_not_live', 'The port of this service key is not live.', 'serviceKey');
    return row;
  }

  /** What a customer sees before ordering with a key. */
  async function lookup(_actor: Actor, key: string) {
    const row = await usable(db.kysely, key);
    const provider = await accountsQueries.company(db.kysely, row.company_id);
    return {
      portId: row.port_id, portName: row.port_name, locationId: row.location_id, providerCompanyId: row.company_id, providerName: provider?.name ?? '',
      maxSpeedMbps: row.max_speed_mbps, vlan: row.vlan, preApproved: row.pre_approved,
    };
  }

  /** Inside the order's transaction: checks the key and spends it when single-use (exactly one order wins). */
  async function claim(trx: Executor, key: string): Promise<ClaimedKey> {
    const row = await usable(trx, key);
    if (row.single_use && !(await repo.spendSingleUse(trx, row.id))) throw conflict('service_key_spent', keyProblemDetail('service_key_spent'), 'serviceKey');
    return {
      id: row.id, maxSpeedMbps: row.max_speed_mbps, vlan: row.vlan, preApproved: row.pre_approved,
      port: {
        id: row.port_id, company_id: row.company_id, name: row.port_name, speed_mbps: row.port_speed_mbps, provisioning_status: row.port_status,
        marketplace_visibility: row.port_visibility, location_id: row.location_id, location_country: row.location_country, company_name: row.company_name, company_type: row.company_type, company_partner_id: row.company_partner_id,
      },
    };
  }

  /** Inside the transaction that withdrew or denied a request made with a key: a spent single-use key is usable again. */
  async function giveBack(trx: Tx, actor: Actor | SystemActor, id: string, connectionId: string) {
    const restored = await repo.restoreSingleUse(trx, id);
    if (!restored) return;
    const row = (await repo.findKeyById(trx, id))!;
    await writeAudit(trx, actor, {
      action: 'service_key.restored', companyId: row.company_id, targetType: 'service_key', targetId: id, before: { spent: true }, after: { spent: false, connectionId },
    });
  }

  /** Job for `service_key.used`: records lastUsed and the count of a multi-use key, once per event. */
  async function recordUse(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'service_key.used');
    if (!event) return;
    await once(db, SERVICE_KEY_USED_JOB, event.id, async (trx) => {
      await repo.recordUse(trx, event.payload.serviceKeyId, event.created_at);
    });
  }

  /** The speed cap a key put on the connections ordered with it. */
  const maxSpeedOf = async (executor: Executor, id: string) => (await repo.findKeyById(executor, id))?.max_speed_mbps ?? null;

  return { create, list, update, lookup, claim, giveBack, maxSpeedOf, recordUse };
}

export type ServiceKeysService = ReturnType<typeof createServiceKeysService>;
