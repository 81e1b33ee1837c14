import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { isLanguage, translate } from '../../i18n/index.ts';
import { accountsQueries } from '../accounts/index.ts';
import { GROUPS, noticeTypes, type Group } from './notifications.catalogue.ts';
import { defaultPreferences, type GroupPreferences } from './notifications.recipients.ts';
import { access } from '../../platform/access/access.ts';
import { notificationTexts } from './email.service.ts';
import * as repo from './notifications.repo.ts';

export type PreferenceGroups = Record<Group, boolean>;

const languageOf = async (app: AppContext, actor: Actor) => (await accountsQueries.user(app.db.kysely, actor.userId))?.language ?? 'en';

export function createNotificationsService(app: AppContext) {
  const { db } = app;

  /** The catalogue, described in the reader's language. */
  async function catalogue(actor: Actor) {
    const language = await languageOf(app, actor);
    return {
      items: noticeTypes().map((t) => ({
        type: t.type,
        group: t.group,
        audience: t.audience,
        description: translate(language, `notification.${t.type}.description`),
      })),
      groups: GROUPS.map((g) => ({ group: g, name: translate(language, `notification.group.${g}`), description: translate(language, `notification.group.${g}.description`) })),
      nextCursor: null,
    };
  }

  async function preferences(actor: Actor) {
    const [row] = await repo.findPreferences(db.kysely, [actor.userId]);
    const groups: GroupPreferences = row
      ? { ordering: row.ordering, financial: row.financial, people: row.people, company: row.company, services: row.services }
      : defaultPreferences(actor.role);
    const canSubscribe = access.can(actor, 'notifications.subscribe');
    return {
      groups: { security: true, ...groups } as PreferenceGroups,
      canSubscribe,
      reason: canSubscribe ? null : translate(await languageOf(app, actor), 'notification.preferences.readonly_reason'),
    };
  }

  async function updatePreferences(actor: Actor, input: { groups: PreferenceGroups }) {
    access.require(actor, 'notifications.subscribe');
    if (input.groups.security === false) {
      throw invalid('security_always_on', 'Security notices cannot be turned off: they concern your own account.', 'groups.security');
    }
    const { security: _security, ...groups } = input.groups;
    await db.kysely.transaction().execute(async (trx) => {
      const [before] = await repo.findPreferences(trx, [actor.userId]);
      await repo.upsertPreferences(trx, actor.userId, actor.companyId, groups);
      await writeAudit(trx, actor, { action: 'notification_preferences.updated', companyId: actor.companyId, targetType: 'user', targetId: actor.userId, before: before ?? null, after: groups });
    });
    return preferences(actor);
  }

  async function feed(actor: Actor, query: { limit?: number; cursor?: string; unread?: boolean }) {
    const limit = query.limit ?? 20;
    const language = await languageOf(app, actor);
    const [rows, unreadCount] = await Promise.all([
      repo.listFeed(db.kysely, actor.userId, { after: decodeCursor(query.cursor), limit, unreadOnly: query.unread ?? false }),
      repo.countUnread(db.kysely, actor.userId),
    ]);
    const page = toPage(rows, limit);
    return { items: page.items.map((row) => presentFeedItem(language, row)), nextCursor: page.nextCursor, unreadCount };
  }

  async function markRead(actor: Actor, id: string) {
    const row = await repo.markRead(db.kysely, actor.userId, id);
    if (!row) throw notFound('notification', 'id');
    return presentFeedItem(await languageOf(app, actor), row);
  }

  async function markAllRead(actor: Actor) {
    const result = await repo.markAllRead(db.kysely, actor.userId);
    return { marked: Number(result.numUpdatedRows) };
  }

  return { catalogue, preferences, updatePreferences, feed, markRead, markAllRead };
}

function presentFeedItem(language: string, row: { id: string; type: string; group: string; params: Record<string, unknown>; link: string | null; read_at: Date | null; created_at: Date }) {
  const texts = notificationTexts(isLanguage(language) ? language : 'en', row.type, row.params);
  return {
    id: row.id, type: row.type, group: row.group, title: texts.subject, body: texts.body, link: row.link,
    readAt: row.read_at?.toISOString() ?? null, createdAt: row.created_at.toISOString(),
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
