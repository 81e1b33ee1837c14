import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { GroupPreferences } from './notifications.recipients.ts';
import type { EmailStatus } from './notifications.tables.ts';


/** SQL for preferences, the feed and e-mail deliveries. */

export function findPreferences(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('notification_preferences').selectAll().where('user_id', 'in', userIds).execute();
}

export async function upsertPreferences(db: Executor, userId: string, companyId: string, groups: GroupPreferences) {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, company_id: companyId, ...groups })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...groups, updated_at: new Date() }))
    .execute();
}

export interface NewNotification {
  id: string;
  companyId: string;
  userId: string;
  eventId: string;
  aboutCompanyId: string;
  type: string;
  group: string;
  params: Record<string, unknown>;
  link: string;
}

const CHUNK = 500;
const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** Inserts feed rows in chunks; rows that exist already (same event, user, type, company) are skipped. */
export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const chunk of chunks(rows)) {
    const result = await db
      .insertInto('notifications')
      .values(chunk.map((n) => ({
        id: n.id, company_id: n.companyId, user_id: n.userId, event_id: n.eventId, about_company_id: n.aboutCompanyId, type: n.type,
        group: n.group, params: JSON.stringify(n.params), link: n.link,
      })))
      .onConflict((oc) => oc.columns(['event_id', 'user_id', 'type', 'about_company_id']).doNothing())
      .returning('id')
      .execute();
    for (const row of result) inserted.add(row.id);
  }
  return inserted;
}

const feedColumns = ['id', 'type', 'group', 'params', 'link', 'read_at', 'created_at'] as const;

export function listFeed(db: Executor, userId: string, options: { after: string | null; limit: number; unreadOnly: boolean }) {
  let query = db.selectFrom('notifications').select(feedColumns).where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  if (options.after) query = query.where('id', '<', options.after);
  return query.orderBy('id', 'desc').limit(options.limit + 1).execute();
}

export function countUnread(db: Executor, userId: string) {
  return db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function markRead(db: Executor, userId: string, id: string) {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(feedColumns)
    .executeTakeFirst();
}

export function markAllRead(db: Executor, userId: string) {
  return db.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
}

export interface NewEmailDelivery {
  id: string;
  companyId: string | null;
  userId: string | null;
  notificationId: string | null;
  idempotencyKey: string;
  type: string;
  to: string;
  language: string;
  params: Record<string, unknown>;
  link: string | null;
  /** Content the sending module rendered itself (a notice's is rendered when it is sent). */
  rendered?: { subject: string; html: string; text: string; fromName: string | null; replyTo: string | null };
}

/** Inserts pending deliveries; ones whose idempotency key exists already are skipped (their ids not returned). */
export async function insertEmailDeliveries(db: Executor, rows: NewEmailDelivery[]): Promise<string[]> {
  const ids: string[] = [];
  for (const chunk of chunks(rows)) {
    const result = await db
      .insertInto('email_deliveries')
      .values(chunk.map((d) => ({
        id: d.id, company_id: d.companyId, user_id: d.userId, notification_id: d.notificationId, idempotency_key: d.idempotencyKey,
        type: d.type, to_address: d.to, language: d.language, params: JSON.stringify(d.params), link: d.link, status: 'pending' as const,
        // Undefined for notices: the columns are left out of the statement.
        subject: d.rendered?.subject, html: d.rendered?.html, text_body: d.rendered?.text, from_name: d.rendered?.fromName, reply_to: d.rendered?.replyTo,
      })))
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .execute();
    ids.push(...result.map((r) => r.id));
  }
  return ids;
}

export function findEmailDeliveries(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('email_deliveries').selectAll().where('id', 'in', ids).where('status', '=', 'pending').execute();
}

export function findEmailDelivery(db: Executor, id: string) {
  return db.selectFrom('email_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records a failed attempt of a delivery that stays pending (it will be retried). */
export function recordEmailAttempt(db: Executor, id: string, error: string) {
  return db
    .updateTable('email_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 1000) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** Settles a pending delivery; the status guard makes a duplicate run change nothing. */
export function settleEmail(
  db: Executor,
  id: string,
  patch: { status: EmailStatus; error?: string | null; messageId?: string; rendered?: { subject: string; html: string; text: string } },
) {
  const now = new Date();
  return db
    .updateTable('email_deliveries')
    .set((eb) => ({
      status: patch.status,
      ...(patch.rendered ? { subject: patch.rendered.subject, html: patch.rendered.html, text_body: patch.rendered.text } : {}),
      attempts: eb('attempts', '+', 1),
      last_error: patch.error ?? null,
      ...(patch.messageId ? { message_id: patch.messageId } : {}),
      ...(patch.status === 'sent' || patch.status === 'stored' ? { sent_at: now } : {}),
      ...(patch.status === 'dead' ? { dead_at: now } : {}),
    }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
}

export function requeueEmail(db: Executor, id: string) {
  return db
    .updateTable('email_deliveries')
    .set({ status: 'pending', dead_at: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .returning('id')
    .executeTakeFirst();
}

const emailListColumns = ['id', 'company_id', 'user_id', 'type', 'to_address', 'language', 'subject', 'status', 'attempts', 'last_error', 'created_at', 'sent_at', 'dead_at'] as const;

export function listEmailDeliveries(db: Executor, options: { after: string | null; limit: number; status?: EmailStatus; to?: string }) {
  let query = db.selectFrom('email_deliveries').select(emailListColumns);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.to) query = query.where('to_address', '=', options.to);
  if (options.after) query = query.where('id', '<', options.after);
  return query.orderBy('id', 'desc').limit(options.limit + 1).execute();
}
