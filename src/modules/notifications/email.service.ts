import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { access } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/db.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { JobContext } from '../../platform/jobs/jobs.ts';
import type { MailTransport } from '../../platform/mail/transport.ts';
import { formatSpeed, isLanguage, translate, type Language } from '../../i18n/index.ts';
import { findType } from './notifications.catalogue.ts';
import * as repo from './notifications.repo.ts';
import type { EmailStatus } from './notifications.tables.ts';
import { renderEmail, type EmailLook } from './email.template.tsx';
import { partnersQueries, type Look } from '../partners/index.ts';

export const EMAIL_JOB = 'email.send';
/** Deliveries per job: one job sends a batch, so a big fan-out is a hundred jobs, not thousands. */
export const EMAIL_BATCH = 100;
/** Sends in flight per job: enough that the SMTP pool never waits while settled rows are written. */
const SEND_CONCURRENCY = 25;

/** The localised texts of a notification, with its parameters filled in. */
export function notificationTexts(language: Language, type: string, params: Record<string, unknown>) {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) vars[key] = String(value ?? '');
  // Some parameters are codes that are themselves translated.
  if (vars.kind) vars.kind = translate(language, `notification.kind.${vars.kind}`);
  if (vars.role) vars.role = translate(language, `role.${vars.role}`);
  if (vars.request) vars.request = translate(language, `notification.request.${vars.request}`);
  if ('requesterName' in vars && !vars.requesterName) vars.requesterName = translate(language, 'notification.someone');
  for (const key of ['vlan', 'bVlan']) {
    if (vars[key] === 'untagged') vars[key] = translate(language, 'vxc.untagged');
    else if (key in vars && !vars[key]) vars[key] = translate(language, 'vxc.vlanNone');
  }
  // Rates are stored in Mbps and read like the portal shows them ("1 Gbps").
  for (const [mbps, speed] of [['rateLimitMbps', 'rateLimit'], ['fromMbps', 'fromSpeed'], ['toMbps', 'toSpeed']]) {
    if (vars[mbps]) vars[speed] = formatSpeed(language, Number(vars[mbps]));
  }
  return {
    subject: translate(language, `notification.${type}.subject`, vars),
    body: translate(language, `notification.${type}.body`, vars),
  };
}

export async function renderDelivery(publicUrl: string, delivery: { type: string; language: string; params: Record<string, unknown>; link: string | null }, look?: EmailLook) {
  const language: Language = isLanguage(delivery.language) ? delivery.language : 'en';
  const entry = findType(delivery.type);
  const { subject, body } = notificationTexts(language, delivery.type, delivery.params);
  const companyName = String(delivery.params.companyName ?? '');
  const group = entry?.group ?? 'company';
  const reason =
    group === 'security'
      ? translate(language, 'email.reason.security')
      : translate(language, 'email.reason.group', { group: translate(language, `notification.group.${group}`), company: companyName });
  const { html, text } = renderEmail({
    language, subject, heading: subject, paragraphs: [body], reason, companyName, look,
    action: delivery.link ? { label: translate(language, 'email.action.open'), url: `${publicUrl}${delivery.link}` } : null,
  });
  return { subject, html, text };
}

/** What a delivery was rendered to (when sent, dead-lettered, or queued pre-rendered by another module); null before. */
function storedContent(row: { subject: string | null; html: string | null; text_body: string | null }) {
  return row.html && row.subject ? { subject: row.subject, html: row.html, text: row.text_body ?? '' } : null;
}

/** An e-mail another module rendered itself (wholesale's welcome), for {@link queueEmails}. */
export interface QueuedEmail {
  to: string;
  /** The company the mail concerns (the mail log shows it), if any. */
  companyId: string | null;
  /** A short code of what it is, shown in the mail log (e.g. `wholesale.welcome`). */
  type: string;
  language: string;
  subject: string;
  html: string;
  text: string;
  /** The sender's display name; the address is always MAIL_FROM's. */
  fromName?: string;
  replyTo?: string;
  /** Unique per mail: a second queueing with the same key is a no-op (it is also the Message-ID). */
  idempotencyKey: string;
}

/**
 * Queues pre-rendered e-mails in the caller's transaction: delivery rows and their jobs (one per
 * {@link EMAIL_BATCH}), so they are sent after commit, retried while SMTP is down, dead-lettered, and
 * kept for the preview without SMTP, like every notice. Returns how many were queued: one whose
 * idempotency key was queued before is skipped.
 */
export async function queueEmails(app: AppContext, trx: Tx, mails: readonly QueuedEmail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const ids = await repo.insertEmailDeliveries(trx, mails.map((mail) => ({
    id: uuidv7(), companyId: mail.companyId, userId: null, notificationId: null, idempotencyKey: mail.idempotencyKey, type: mail.type,
    to: mail.to, language: mail.language, params: {}, link: null,
    rendered: { subject: mail.subject, html: mail.html, text: mail.text, fromName: mail.fromName || null, replyTo: mail.replyTo || null },
  })));
  await sendDeliveries(app, trx, ids);
  return ids.length;
}

/**
 * The e-mail jobs of queued deliveries, {@link EMAIL_BATCH} to a job, through the outbox: one cheap
 * row each in the caller's transaction (a create's request path queues its welcome mail here).
 */
export async function sendDeliveries(app: AppContext, trx: Tx, deliveryIds: readonly string[]) {
  const jobs = [];
  for (let i = 0; i < deliveryIds.length; i += EMAIL_BATCH) jobs.push(app.jobs.outboxJob(EMAIL_JOB, { deliveryIds: deliveryIds.slice(i, i + EMAIL_BATCH) }));
  await app.jobs.emit(trx, ...jobs);
}

export function createEmailService(app: AppContext, transport: MailTransport) {
  const { db, config } = app;

  type Rendered = Awaited<ReturnType<typeof renderDelivery>>;

  /** Sends one pending delivery; a failure leaves it pending (retried) or, on the last attempt, dead. */
  type Delivery = Awaited<ReturnType<typeof repo.findEmailDeliveries>>[number];

  /** Recipients of one notice in one language and one branding get the same message: it is rendered once per batch. */
  function renderOnce(delivery: Delivery, renders: Map<string, Promise<Rendered>>, looks: Map<string, Look>): Promise<Rendered> {
    const look = delivery.company_id ? looks.get(delivery.company_id) : undefined;
    const key = JSON.stringify([delivery.type, delivery.language, delivery.params, delivery.link, look?.brandedBy]);
    let rendering = renders.get(key);
    if (!rendering) renders.set(key, (rendering = renderDelivery(config.publicUrl, delivery, look)));
    return rendering;
  }

  async function sendOne(delivery: Delivery, job: JobContext, renders: Map<string, Promise<Rendered>>, looks: Map<string, Look>): Promise<boolean> {
    const id = delivery.id;
    const rendered = storedContent(delivery) ?? (await renderOnce(delivery, renders, looks));
    if (transport.kind === 'stored') {
      await repo.settleEmail(db.kysely, id, { status: 'stored', rendered });
      return true;
    }
    const messageId = `<${delivery.idempotency_key}@portico>`;
    try {
      await transport.send({
        to: delivery.to_address, subject: rendered.subject, html: rendered.html, text: rendered.text, messageId,
        fromName: delivery.from_name ?? undefined, replyTo: delivery.reply_to ?? undefined,
      });
    } catch (error) {
      const message = (error as Error).message;
      if (job.lastAttempt) await repo.settleEmail(db.kysely, id, { status: 'dead', error: message, rendered });
      else await repo.recordEmailAttempt(db.kysely, id, message);
      return job.lastAttempt;
    }
    await repo.settleEmail(db.kysely, id, { status: 'sent', messageId, rendered });
    return true;
  }

  /** The job: a batch of deliveries; it fails (and is retried) while any of them could not be sent. */
  async function sendBatch(data: { deliveryIds: string[] }, job: JobContext): Promise<void> {
    const renders = new Map<string, Promise<Rendered>>();
    // Only the still-pending ones: a retried batch skips what was sent before.
    const pending = await repo.findEmailDeliveries(db.kysely, data.deliveryIds);
    const looks = await partnersQueries.looksOf(db.kysely, pending.flatMap((d) => (d.company_id ? [d.company_id] : [])));
    // Not all at once: the SMTP pool has 5 connections, and more messages in flight only cost memory.
    // Each sender takes the next delivery as soon as its last one is done, so a slow one holds up no others.
    const results: boolean[] = [];
    let next = 0;
    const sender = async () => {
      while (next < pending.length) results.push(await sendOne(pending[next++], job, renders, looks));
    };
    await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, pending.length) }, sender));
    const unsent = results.filter((ok) => !ok).length;
    if (unsent > 0) throw new Error(`${unsent} of ${results.length} e-mails not sent yet`);
  }

  const presentListItem = (row: Awaited<ReturnType<typeof repo.listEmailDeliveries>>[number]) => ({
    id: row.id, companyId: row.company_id, userId: row.user_id, type: row.type, to: row.to_address, language: row.language,
    subject: row.subject, status: row.status, attempts: row.attempts, lastError: row.last_error, createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null, deadAt: row.dead_at?.toISOString() ?? null,
  });

  /** Operator: the mail log (and, without SMTP, the mail preview), newest first. */
  const guard = (actor: Actor) => access.require(actor, 'mail_log.manage');

  async function list(actor: Actor, query: { limit?: number; cursor?: string; status?: EmailStatus; to?: string }) {
    guard(actor);
    const limit = query.limit ?? 50;
    const rows = await repo.listEmailDeliveries(db.kysely, { after: decodeCursor(query.cursor), limit, status: query.status, to: query.to });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentListItem), nextCursor: page.nextCursor };
  }

  async function get(actor: Actor, id: string) {
    guard(actor);
    const row = await repo.findEmailDelivery(db.kysely, id);
    if (!row) throw notFound('email', 'id');
    // A pending notice has not been rendered yet: render it for the preview.
    const look = async () => (row.company_id ? (await partnersQueries.looksOf(db.kysely, [row.company_id])).get(row.company_id) : undefined);
    const rendered = storedContent(row) ?? (await renderDelivery(config.publicUrl, row, await look()));
    return { ...presentListItem(row), subject: rendered.subject, html: rendered.html, text: rendered.text };
  }

  /** Operator: send a dead-lettered e-mail again. */
  async function retry(actor: Actor, id: string) {
    guard(actor);
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.findEmailDelivery(trx, id);
      if (!row) throw notFound('email', 'id');
      if (!(await repo.requeueEmail(trx, id))) throw conflict('not_dead_lettered', `Only dead-lettered e-mails are retried; this one is ${row.status}.`);
      await app.jobs.send(trx, EMAIL_JOB, { deliveryIds: [id] });
      await writeAudit(trx, actor, { action: 'email.retried', companyId: row.company_id, targetType: 'email', targetId: id });
      return { id, status: 'pending' as const };
    });
  }

  return { sendBatch, list, get, retry };
}

export type EmailService = ReturnType<typeof createEmailService>;
