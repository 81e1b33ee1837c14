import type { AppContext } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { loadEvent, once } from '../../platform/jobs/jobs.ts';
import { accountsQueries } from '../accounts/index.ts';
import { typesForEvent } from './notifications.catalogue.ts';
import { candidateCompanies, defaultPreferences, isRecipient, type GroupPreferences } from './notifications.recipients.ts';
import { planSubjects, type Subject } from './notifications.plan.ts';
import * as repo from './notifications.repo.ts';
import { sendDeliveries } from './email.service.ts';
import type { WebhooksService } from './webhooks.service.ts';

export const FANOUT_JOB = 'notifications.fanout';

/**
 * Turns one domain event into notices: resolves recipients at send time (tree, roles, preferences),
 * then writes feed rows, e-mail deliveries and webhook deliveries with their jobs in one transaction,
 * once per event.
 */
export function createFanout(app: AppContext, webhooks: WebhooksService) {
  const { db } = app;

  return async function fanout({ eventId }: { eventId: string }): Promise<void> {
    const event = await loadEvent(db.kysely, eventId);
    if (!event) return;
    const notices = typesForEvent(event.type);
    // An integration-only notice goes to webhooks alone: when none anywhere wants it, skip its loading.
    const forIntegrationsOnly = notices.filter((n) => n.audience === 'integrations').map((n) => n.type);
    const wanted = forIntegrationsOnly.length > 0 && !(await webhooks.anySubscribed(forIntegrationsOnly)) ? notices.filter((n) => n.audience !== 'integrations') : notices;
    if (wanted.length === 0) return;
    const planned = await planSubjects(db.kysely, wanted, event);

    // Everyone who might receive any of these notices, with their preferences.
    const companyIds = new Set<string>();
    for (const { entry, subjects } of planned) {
      for (const s of subjects) for (const id of candidateCompanies(entry.audience, concernedOf(s))) companyIds.add(id);
    }
    const users = await accountsQueries.activeUsersOf(db.kysely, [...companyIds]);
    const stored = new Map((await repo.findPreferences(db.kysely, users.map((u) => u.id))).map((p) => [p.user_id, p]));
    const preferencesOf = (user: (typeof users)[number]): GroupPreferences => {
      const p = stored.get(user.id);
      return p ? { ordering: p.ordering, financial: p.financial, people: p.people, company: p.company, services: p.services } : defaultPreferences(user.role);
    };

    // Each notice is checked against the users of its candidate companies only, not against everyone
    // loaded: a maintenance notice to 1,000 companies would otherwise make 10 million checks.
    const usersByCompany = new Map<string, typeof users>();
    for (const user of users) {
      const ofCompany = usersByCompany.get(user.company_id);
      if (ofCompany) ofCompany.push(user);
      else usersByCompany.set(user.company_id, [user]);
    }

    const notifications: repo.NewNotification[] = [];
    const emails: repo.NewEmailDelivery[] = [];
    for (const { entry, subjects } of planned) {
      for (const subject of subjects) {
        const companyLink = entry.link({ ...event.payload, companyId: subject.companyId });
        const candidates = candidateCompanies(entry.audience, concernedOf(subject)).flatMap((id) => usersByCompany.get(id) ?? []);
        for (const user of candidates) {
          // Users of the company itself see it at /company (/companies/… is the tree view of partners and the operator).
          const link = user.company_id === subject.companyId ? companyLink.replace(`/companies/${subject.companyId}`, '/company') : companyLink;
          const candidate = { userId: user.id, role: user.role, companyId: user.company_id, preferences: preferencesOf(user) };
          if (!isRecipient(entry.audience, entry.group, candidate, concernedOf(subject))) continue;
          // A notice about a user is not sent to that user (they are told by the security notices).
          if (entry.group !== 'security' && user.id === subject.subjectUserId) continue;
          // Ids carry the event's time, so the feed is in the order things happened, whatever order fan-outs ran in.
          const notificationId = uuidv7(event.created_at.getTime());
          notifications.push({
            id: notificationId, companyId: user.company_id, userId: user.id, eventId, aboutCompanyId: subject.companyId, type: entry.type,
            group: entry.group, params: subject.params, link,
          });
          emails.push({
            id: uuidv7(), companyId: user.company_id, userId: user.id, notificationId, idempotencyKey: `notification-${notificationId}`,
            type: entry.type, to: subject.toAddress ?? user.email, language: user.language, params: subject.params, link,
          });
        }
      }
    }

    // Security notices concern one person: they go to that user only, never to company integrations.
    const forIntegrations = planned.filter(({ entry }) => entry.group !== 'security');
    const hooks = await webhooks.plan(db.kysely, forIntegrations.flatMap(({ entry, subjects }) => subjects.map((subject) => ({
      // A partner's integrations also hear about its managed accounts.
      owners: subject.partnerId ? [subject.companyId, subject.partnerId] : [subject.companyId],
      payload: { type: entry.type, eventId, createdAt: event.created_at.toISOString(), companyId: subject.companyId, data: subject.params },
    }))));
    // Nobody to tell (an integration-only notice without a webhook): nothing to write, so no transaction.
    if (notifications.length === 0 && hooks.length === 0) return;

    await once(db, FANOUT_JOB, eventId, async (trx) => {
      const inserted = await repo.insertNotifications(trx, notifications);
      const deliveries = await repo.insertEmailDeliveries(trx, emails.filter((e) => e.notificationId && inserted.has(e.notificationId)));
      await sendDeliveries(app, trx, deliveries);
      await webhooks.enqueue(trx, hooks);
    });
  };
}

function concernedOf(subject: Subject) {
  return { companyId: subject.companyId, companyType: subject.companyType, partnerId: subject.partnerId, subjectUserId: subject.subjectUserId };
}
