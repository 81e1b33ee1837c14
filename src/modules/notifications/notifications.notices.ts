import { defineNotice, noticeTime } from '../../platform/notify/notices.ts';
import { accountsQueries } from '../accounts/index.ts';
import { companiesWithServiceAt, locationNames } from '../network/index.ts';
import { findMaintenance } from './maintenance.repo.ts';
import { findWebhook } from './webhooks.repo.ts';

/** The notifications module's own notices: webhooks and maintenance. */
export const notificationsNotices = [
  defineNotice({
    type: 'company.webhook_disabled', group: 'company', audience: 'company_subscribers', event: 'webhook.disabled', link: () => '/webhooks',
    load: async (db, event) => {
      const hook = await findWebhook(db, event.payload.webhookId);
      return hook ? [{ companyId: event.payload.companyId, params: { url: hook.url, failures: String(event.payload.failures) } }] : [];
    },
  }),
  defineNotice({
    type: 'services.maintenance_announced', group: 'services', audience: 'partner_for_managed', event: 'maintenance.announced', link: (p) => `/maintenance/${p.maintenanceId}`,
    load: async (db, event) => {
      const maintenance = await findMaintenance(db, event.payload.maintenanceId);
      if (!maintenance) return [];
      const companyIds = await companiesWithServiceAt(db, { locationIds: maintenance.location_ids, portIds: maintenance.port_ids });
      const locations = (await locationNames(db, maintenance.location_ids)).join(', ');
      const params = {
        kind: maintenance.kind, title: maintenance.title, description: maintenance.description, locations,
        startsAt: noticeTime(maintenance.starts_at), endsAt: noticeTime(maintenance.ends_at),
      };
      // All companies in one query: a notice can concern thousands.
      return (await accountsQueries.companies(db, companyIds)).map((company) => ({ companyId: company.id, params: { ...params, affectedCompany: company.name } }));
    },
  }),
];
