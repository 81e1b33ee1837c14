import type { Executor } from '../../platform/db/db.ts';
import { findAuditChange } from '../../platform/audit/audit.ts';
import type { EventRowOf } from '../../platform/events/events.ts';
import { defineNotice, noticeTime, type NoticeSubject } from '../../platform/notify/notices.ts';
import * as repo from './accounts.repo.ts';

const fullName = (u: { first_name: string; last_name: string }) => `${u.first_name} ${u.last_name}`;

/** A security notice about the event's user: told to that user, with who and when. */
async function aboutUser(
  db: Executor, event: EventRowOf<'security.password_changed' | 'security.api_key_created' | 'security.login' | 'user.email_changed'>,
  params: Record<string, string>, toAddress?: string,
): Promise<NoticeSubject[]> {
  const user = await repo.findUserAnyState(db, event.payload.userId);
  if (!user) return [];
  return [{ companyId: user.company_id, subjectUserId: user.id, toAddress, params: { email: user.email, name: fullName(user), time: noticeTime(event.created_at), ...params } }];
}

/** A people notice: the company hears of a user added or removed (the user themselves is not told). */
async function aboutMember(db: Executor, userId: string): Promise<NoticeSubject[]> {
  const user = await repo.findUserAnyState(db, userId);
  if (!user) return [];
  return [{ companyId: user.company_id, subjectUserId: user.id, params: { userName: fullName(user), userEmail: user.email, role: user.role } }];
}

/** Accounts' notices: security, people and company profile. */
export const accountsNotices = [
  defineNotice({
    type: 'security.password_changed', group: 'security', audience: 'affected_user', event: 'security.password_changed', link: () => '/profile',
    load: (db, event) => aboutUser(db, event, {}),
  }),
  defineNotice({
    type: 'security.api_key_created', group: 'security', audience: 'affected_user', event: 'security.api_key_created', link: () => '/api-keys',
    load: async (db, event) => {
      const key = await repo.findApiKeyById(db, event.payload.apiKeyId);
      return key ? aboutUser(db, event, { keyName: key.name, prefix: key.prefix }) : [];
    },
  }),
  defineNotice({
    type: 'security.new_login', group: 'security', audience: 'affected_user', event: 'security.login', link: () => '/profile',
    load: async (db, event) => {
      // Only a sign-in from a browser and address this user never used before; the first ever is expected.
      const { userId, sessionId } = event.payload;
      const session = await repo.findSessionOrigin(db, sessionId);
      const earlier = await repo.previousSessionsFrom(db, userId, sessionId);
      if (!session || earlier.length === 0 || earlier.some((s) => s.ip === session.ip && s.user_agent === session.user_agent)) return [];
      return aboutUser(db, event, { ip: session.ip ?? '?', userAgent: session.user_agent ?? '?' });
    },
  }),
  defineNotice({
    type: 'security.email_changed', group: 'security', audience: 'affected_user', event: 'user.email_changed', link: () => '/profile',
    load: async (db, event) => {
      // The change's audit row keeps both addresses: the old one is told. (An event from a build
      // before issue 9 has no audit id: no notice.)
      if (!event.payload.auditId) return [];
      const change = await findAuditChange(db, event.payload.auditId);
      const oldEmail = (change?.before as { email?: string } | null)?.email;
      const newEmail = (change?.after as { email?: string } | null)?.email;
      return oldEmail && newEmail ? aboutUser(db, event, { oldEmail, newEmail }, oldEmail) : [];
    },
  }),
  defineNotice({
    type: 'people.user_added', group: 'people', audience: 'company_subscribers', event: 'user.created', link: (p) => `/companies/${p.companyId}`,
    load: (db, event) => aboutMember(db, event.payload.userId),
  }),
  defineNotice({
    type: 'people.user_removed', group: 'people', audience: 'company_subscribers', event: 'user.removed', link: (p) => `/companies/${p.companyId}`,
    load: (db, event) => aboutMember(db, event.payload.userId),
  }),
  defineNotice({
    type: 'company.profile_changed', group: 'company', audience: 'company_subscribers', event: 'company.updated', link: (p) => `/companies/${p.companyId}`,
    load: async (db, event) => {
      const actor = event.actor_user_id ? await repo.findUserAnyState(db, event.actor_user_id) : undefined;
      return [{ companyId: event.payload.companyId, params: { actorName: actor ? fullName(actor) : 'Portico', changed: event.payload.changed.join(', ') } }];
    },
  }),
  // Its own users are gone by then: a managed account's partner hears of it (the operator's compliance officers hear of it from compliance's notices).
  defineNotice({
    type: 'company.deprovisioned', group: 'company', audience: 'partner_for_managed', event: 'company.deprovisioned', link: (p) => `/companies/${p.companyId}`,
    load: async (_db, event) => [{ companyId: event.payload.companyId, params: { usersRemoved: String(event.payload.usersRemoved) } }],
  }),
];
