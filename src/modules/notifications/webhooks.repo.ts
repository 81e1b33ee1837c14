import { sql } from 'kysely';
import { runPrepared, type Executor } from '../../platform/db/db.ts';
import type { WebhookDeliveryStatus } from './notifications.tables.ts';

const webhookColumns = ['id', 'company_id', 'url', 'event_types', 'description', 'active', 'consecutive_failures', 'disabled_at', 'created_at'] as const;

export function insertWebhook(
  db: Executor,
  values: { id: string; companyId: string; url: string; eventTypes: string[]; description: string | null; secret: string; createdBy: string },
) {
  return db
    .insertInto('webhooks')
    .values({
      id: values.id, company_id: values.companyId, url: values.url, event_types: values.eventTypes, description: values.description,
      secret: values.secret, created_by: values.createdBy,
    })
    .returning(webhookColumns)
    .executeTakeFirstOrThrow();
}

export function countWebhooks(db: Executor, companyId: string) {
  return db
    .selectFrom('webhooks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', companyId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function listWebhooks(db: Executor, companyId: string) {
  return db.selectFrom('webhooks').select(webhookColumns).where('company_id', '=', companyId).where('deleted_at', 'is', null).orderBy('id').execute();
}

export function findWebhook(db: Executor, id: string) {
  return db.selectFrom('webhooks').select([...webhookColumns, 'secret']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export function updateWebhook(db: Executor, id: string, patch: { active?: boolean; eventTypes?: string[]; description?: string | null; url?: string }) {
  return db
    .updateTable('webhooks')
    .set({
      // disabled_at marks only Portico's automatic turn-off; turning it on again (or off by hand) clears it.
      ...(patch.active !== undefined ? { active: patch.active, consecutive_failures: 0, disabled_at: null } : {}),
      ...(patch.eventTypes ? { event_types: patch.eventTypes } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.url ? { url: patch.url } : {}),
    })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(webhookColumns)
    .executeTakeFirstOrThrow();
}

export function deleteWebhook(db: Executor, id: string) {
  return db.updateTable('webhooks').set({ deleted_at: new Date(), active: false }).where('id', '=', id).execute();
}

/** Active webhooks of these companies that want this type. */
/** Whether any active webhook, of any company, subscribes to one of these types (or to all). */
export async function anySubscribed(db: Executor, types: string[]): Promise<boolean> {
  const rows = await runPrepared(db, db
    .selectFrom('webhooks')
    .select('id')
    .where('active', '=', true)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('event_types', '&&', sql<string[]>`${sql.val(types)}::text[]`), eb(sql.val('*'), '=', sql<string>`any(event_types)`)]))
    .limit(1));
  return rows.length > 0;
}

export function webhooksFor(db: Executor, companyIds: string[], type: string) {
  if (companyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('webhooks')
    .select(['id', 'company_id'])
    .where('company_id', 'in', companyIds)
    .where('active', '=', true)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb(sql.val(type), '=', sql<string>`any(event_types)`), eb(sql.val('*'), '=', sql<string>`any(event_types)`)]))
    .execute();
}

export function insertDeliveries(
  db: Executor,
  rows: { id: string; webhookId: string; companyId: string; eventId: string | null; eventType: string; payload: Record<string, unknown> }[],
) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('webhook_deliveries')
    .values(rows.map((r) => ({
      id: r.id, webhook_id: r.webhookId, company_id: r.companyId, event_id: r.eventId, event_type: r.eventType,
      payload: JSON.stringify(r.payload), status: 'pending' as const,
    })))
    .returning('id')
    .execute();
}

export function findDelivery(db: Executor, id: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function settleDelivery(db: Executor, id: string, patch: { status: WebhookDeliveryStatus; statusCode: number | null; error: string | null }) {
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: patch.status,
      attempts: eb('attempts', '+', 1),
      last_status_code: patch.statusCode,
      last_error: patch.error?.slice(0, 1000) ?? null,
      ...(patch.status === 'delivered' ? { delivered_at: new Date() } : {}),
    }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
}

export function recordAttempt(db: Executor, id: string, statusCode: number | null, error: string) {
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_status_code: statusCode, last_error: error.slice(0, 1000) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export function resetFailures(db: Executor, webhookId: string) {
  return db.updateTable('webhooks').set({ consecutive_failures: 0 }).where('id', '=', webhookId).execute();
}

/** Counts one more failed delivery; returns the new count and whether the webhook is still active. */
export function addFailure(db: Executor, webhookId: string) {
  return db
    .updateTable('webhooks')
    .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
    .where('id', '=', webhookId)
    .returning(['consecutive_failures', 'active', 'company_id', 'url'])
    .executeTakeFirstOrThrow();
}

/** Turns a webhook off once; false when it was off already. */
export function disableWebhook(db: Executor, webhookId: string) {
  return db
    .updateTable('webhooks')
    .set({ active: false, disabled_at: new Date() })
    .where('id', '=', webhookId)
    .where('active', '=', true)
    .returning('id')
    .executeTakeFirst();
}

export function listDeliveries(db: Executor, webhookId: string, options: { after: string | null; limit: number }) {
  let query = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'event_id', 'event_type', 'status', 'attempts', 'last_status_code', 'last_error', 'created_at', 'delivered_at'])
    .where('webhook_id', '=', webhookId);
  if (options.after) query = query.where('id', '<', options.after);
  return query.orderBy('id', 'desc').limit(options.limit + 1).execute();
}
