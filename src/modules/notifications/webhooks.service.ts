import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { access } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import type { JobContext } from '../../platform/jobs/jobs.ts';
import { accountsQueries, randomSecret } from '../accounts/index.ts';
import { findType } from './notifications.catalogue.ts';
import * as repo from './webhooks.repo.ts';
import { checkUrlForm, postJson, PrivateAddressError, resolvePublicAddress, signature } from './webhooks.net.ts';

export const MAX_WEBHOOKS_PER_COMPANY = 10;
export const WEBHOOK_JOB = 'webhooks.deliver';

type WebhookRow = Awaited<ReturnType<typeof repo.listWebhooks>>[number];
/** A webhook delivery to write: the webhook, its owner and the signed body's payload. */
type PlannedDelivery = Parameters<typeof repo.insertDeliveries>[1][number];

export const presentWebhook = (row: WebhookRow) => ({
  id: row.id,
  companyId: row.company_id,
  url: row.url,
  eventTypes: row.event_types,
  description: row.description,
  active: row.active,
  consecutiveFailures: row.consecutive_failures,
  disabledAt: row.disabled_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
});

export interface WebhookPayload {
  id: string;
  type: string;
  eventId: string | null;
  createdAt: string;
  companyId: string;
  data: Record<string, unknown>;
}

export function createWebhooksService(app: AppContext) {
  const { db, config } = app;

  async function checkUrl(url: string): Promise<void> {
    const problem = checkUrlForm(url, config.webhookAllowPrivate);
    if (problem) throw invalid(problem.code, problem.detail, 'url');
    try {
      await resolvePublicAddress(new URL(url).hostname, config.webhookAllowPrivate);
    } catch (error) {
      if (error instanceof PrivateAddressError) throw invalid('private_address', `${error.message}: webhooks go to public addresses only.`, 'url');
      throw invalid('host_unresolvable', `The host of this URL does not resolve: ${(error as Error).message}.`, 'url');
    }
  }

  function checkEventTypes(types: string[]): void {
    const unknown = types.filter((t) => t !== '*' && !findType(t));
    if (unknown.length) throw invalid('unknown_event_type', `Unknown event types: ${unknown.join(', ')}. See GET /v1/notification-types.`, 'eventTypes');
    const security = types.filter((t) => findType(t)?.group === 'security');
    if (security.length) throw invalid('security_not_for_webhooks', `Security notices go only to the user concerned, never to webhooks: ${security.join(', ')}.`, 'eventTypes');
  }

  const guard = (actor: Actor) => access.require(actor, 'webhooks.manage');

  async function ownWebhook(executor: Executor, actor: Actor, id: string) {
    guard(actor);
    const row = await repo.findWebhook(executor, id);
    if (!row || row.company_id !== actor.companyId) throw notFound('webhook', 'id');
    return row;
  }

  async function create(actor: Actor, input: { url: string; eventTypes: string[]; description?: string }) {
    guard(actor);
    checkEventTypes(input.eventTypes);
    await checkUrl(input.url);
    return db.kysely.transaction().execute(async (trx) => {
      // One at a time per company, so concurrent creates cannot pass the limit together.
      await accountsQueries.lockCompany(trx, actor.companyId);
      if ((await repo.countWebhooks(trx, actor.companyId)) >= MAX_WEBHOOKS_PER_COMPANY) {
        throw conflict('webhook_limit', `A company can have at most ${MAX_WEBHOOKS_PER_COMPANY} webhooks.`);
      }
      const secret = `whsec_${randomSecret()}`;
      const row = await repo.insertWebhook(trx, {
        id: uuidv7(), companyId: actor.companyId, url: input.url, eventTypes: [...new Set(input.eventTypes)], description: input.description ?? null,
        secret, createdBy: actor.userId,
      });
      const webhook = presentWebhook(row);
      await writeAudit(trx, actor, { action: 'webhook.created', companyId: actor.companyId, targetType: 'webhook', targetId: row.id, after: webhook });
      return { ...webhook, secret };
    });
  }

  async function list(actor: Actor) {
    guard(actor);
    return { items: (await repo.listWebhooks(db.kysely, actor.companyId)).map(presentWebhook), nextCursor: null };
  }

  async function update(actor: Actor, id: string, patch: { active?: boolean; eventTypes?: string[]; description?: string | null; url?: string }) {
    if (patch.eventTypes) checkEventTypes(patch.eventTypes);
    if (patch.url) await checkUrl(patch.url);
    return db.kysely.transaction().execute(async (trx) => {
      const before = await ownWebhook(trx, actor, id);
      const after = await repo.updateWebhook(trx, id, patch);
      await writeAudit(trx, actor, { action: 'webhook.updated', companyId: actor.companyId, targetType: 'webhook', targetId: id, before: presentWebhook(before), after: presentWebhook(after) });
      return presentWebhook(after);
    });
  }

  async function remove(actor: Actor, id: string): Promise<void> {
    await db.kysely.transaction().execute(async (trx) => {
      const before = await ownWebhook(trx, actor, id);
      await repo.deleteWebhook(trx, id);
      await writeAudit(trx, actor, { action: 'webhook.deleted', companyId: actor.companyId, targetType: 'webhook', targetId: id, before: presentWebhook(before) });
    });
  }

  async function deliveries(actor: Actor, id: string, query: { limit?: number; cursor?: string }) {
    await ownWebhook(db.kysely, actor, id);
    const limit = query.limit ?? 50;
    const rows = await repo.listDeliveries(db.kysely, id, { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return {
      items: page.items.map((r) => ({
        id: r.id, eventId: r.event_id, eventType: r.event_type, status: r.status, attempts: r.attempts, lastStatusCode: r.last_status_code,
        lastError: r.last_error, createdAt: r.created_at.toISOString(), deliveredAt: r.delivered_at?.toISOString() ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The deliveries of each notice to every matching webhook of its owners. One look-up per type, so
   * a notice to 1,000 companies is not 1,000 queries.
   */
  async function plan(db: Executor, notices: { owners: string[]; payload: Omit<WebhookPayload, 'id'> }[]): Promise<PlannedDelivery[]> {
    const rows: PlannedDelivery[] = [];
    for (const type of new Set(notices.map((n) => n.payload.type))) {
      const ofType = notices.filter((n) => n.payload.type === type);
      const hooksOf = new Map<string, { id: string; company_id: string }[]>();
      for (const hook of await repo.webhooksFor(db, [...new Set(ofType.flatMap((n) => n.owners))], type)) {
        const ofOwner = hooksOf.get(hook.company_id);
        if (ofOwner) ofOwner.push(hook);
        else hooksOf.set(hook.company_id, [hook]);
      }
      for (const { owners, payload } of ofType) {
        for (const hook of owners.flatMap((owner) => hooksOf.get(owner) ?? [])) {
          const id = uuidv7();
          rows.push({ id, webhookId: hook.id, companyId: hook.company_id, eventId: payload.eventId, eventType: payload.type, payload: { id, ...payload } });
        }
      }
    }
    return rows;
  }

  /** Queues planned deliveries and their jobs in the caller's transaction. */
  async function enqueue(trx: Tx, rows: PlannedDelivery[]): Promise<number> {
    await repo.insertDeliveries(trx, rows);
    await app.jobs.sendMany(trx, WEBHOOK_JOB, rows.map((r) => ({ deliveryId: r.id })));
    return rows.length;
  }

  async function sendTest(actor: Actor, id: string) {
    return db.kysely.transaction().execute(async (trx) => {
      const hook = await ownWebhook(trx, actor, id);
      const deliveryId = uuidv7();
      const payload = { id: deliveryId, type: 'webhook.test', eventId: null, createdAt: new Date().toISOString(), companyId: actor.companyId, data: { message: 'This is a test event from Portico.' } };
      await repo.insertDeliveries(trx, [{ id: deliveryId, webhookId: hook.id, companyId: actor.companyId, eventId: null, eventType: 'webhook.test', payload }]);
      await app.jobs.send(trx, WEBHOOK_JOB, { deliveryId });
      await writeAudit(trx, actor, { action: 'webhook.test_sent', companyId: actor.companyId, targetType: 'webhook', targetId: id, after: { deliveryId } });
      return { deliveryId };
    });
  }

  /** The job: POST the signed payload; retried with backoff; the last failure counts against the webhook. */
  async function deliver(data: { deliveryId: string }, job: JobContext): Promise<void> {
    const delivery = await repo.findDelivery(db.kysely, data.deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    const hook = await repo.findWebhook(db.kysely, delivery.webhook_id);
    if (!hook || !hook.active) {
      await repo.settleDelivery(db.kysely, delivery.id, { status: 'failed', statusCode: null, error: 'The webhook is turned off or deleted.' });
      return;
    }
    const body = JSON.stringify(delivery.payload);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postJson(hook.url, body, {
        'portico-signature': signature(hook.secret, body, Math.floor(Date.now() / 1000)),
        'portico-event-type': delivery.event_type,
        'portico-delivery-id': delivery.id,
      }, { timeoutMs: config.webhookTimeoutMs, allowPrivate: config.webhookAllowPrivate });
      if (statusCode >= 200 && statusCode < 300) {
        await repo.settleDelivery(db.kysely, delivery.id, { status: 'delivered', statusCode, error: null });
        await repo.resetFailures(db.kysely, hook.id);
        return;
      }
      error = `HTTP ${statusCode}`;
    } catch (caught) {
      error = (caught as Error).message;
    }
    if (!job.lastAttempt) {
      await repo.recordAttempt(db.kysely, delivery.id, statusCode, error);
      throw new Error(`webhook delivery ${delivery.id} failed: ${error}`);
    }
    await db.kysely.transaction().execute(async (trx) => {
      if (!(await repo.settleDelivery(trx, delivery.id, { status: 'failed', statusCode, error }))) return;
      const counted = await repo.addFailure(trx, hook.id);
      if (counted.consecutive_failures >= config.webhookDisableAfter && (await repo.disableWebhook(trx, hook.id))) {
        const system = { system: true as const, requestId: `job:${job.jobId}` };
        await writeAudit(trx, system, { action: 'webhook.disabled', companyId: hook.company_id, targetType: 'webhook', targetId: hook.id, after: { failures: counted.consecutive_failures } });
        await app.jobs.emit(trx, {
          type: 'webhook.disabled', companyId: hook.company_id, actorUserId: null,
          payload: { webhookId: hook.id, companyId: hook.company_id, failures: counted.consecutive_failures },
        });
      }
    });
  }

  /** Whether any webhook anywhere subscribes to one of these types: without one, an integration-only notice need not be loaded. */
  const anySubscribed = (types: string[]) => repo.anySubscribed(db.kysely, types);

  return { create, list, update, remove, deliveries, plan, enqueue, anySubscribed, sendTest, deliver };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
