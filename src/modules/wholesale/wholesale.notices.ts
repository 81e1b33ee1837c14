import type { Executor } from '../../platform/db/db.ts';
import { defineNotice, type NoticeSubject } from '../../platform/notify/notices.ts';
import * as customers from './customers.repo.ts';
import * as subscribers from './subscribers.repo.ts';
import * as reports from './billing-reports.repo.ts';

const customerLink = (p: { customerId: string }) => `/partner/wholesale/customers/${p.customerId}`;

/** Told to the partner (the event's company), about one of its customers. */
async function aboutCustomer(db: Executor, customerId: string, params: (row: customers.CustomerRow) => Record<string, string> | null): Promise<NoticeSubject[]> {
  const row = await customers.findCustomer(db, customerId);
  const own = row && params(row);
  if (!row || !own) return [];
  return [{ companyId: row.partner_id, params: { customerId: row.id, externalId: row.external_id, customerName: row.name, ...own } }];
}

async function aboutSubscriber(db: Executor, customerId: string, subscriberId: string): Promise<NoticeSubject[]> {
  const row = await subscribers.findSubscriberEver(db, subscriberId);
  if (!row) return [];
  return aboutCustomer(db, customerId, () => ({ subscriberId: row.id, email: row.email, package: row.package, role: row.role }));
}

const FAILED = new Set(['error', 'provisioned_with_errors']);

const subscriberNotice = <E extends 'wholesale.subscriber_created' | 'wholesale.subscriber_updated' | 'wholesale.subscriber_removed'>(event: E, type: string) =>
  defineNotice<E>({
    type, group: 'people', audience: 'integrations', event, link: customerLink,
    load: (db, e) => aboutSubscriber(db, e.payload.customerId, e.payload.subscriberId),
  });

/**
 * Wholesale's notices. Integrations hear of every status change and every subscriber (webhooks
 * only: a CSV adds thousands); people are told what needs them: a provisioning that failed, a
 * billing report to download.
 */
export const wholesaleNotices = [
  defineNotice<'wholesale.customer_status_changed'>({
    type: 'services.wholesale_customer_status', group: 'services', audience: 'integrations', event: 'wholesale.customer_status_changed', link: customerLink,
    load: (db, e) => aboutCustomer(db, e.payload.customerId, () => ({ status: e.payload.status, previous: e.payload.previous ?? '' })),
  }),
  defineNotice<'wholesale.customer_status_changed'>({
    type: 'services.wholesale_provisioning_failed', group: 'services', audience: 'company_subscribers', event: 'wholesale.customer_status_changed', link: customerLink,
    load: (db, e) => aboutCustomer(db, e.payload.customerId, (row) =>
      FAILED.has(e.payload.status) ? { status: e.payload.status, errors: row.errors.map((x) => x.detail).join(' ') } : null),
  }),
  subscriberNotice('wholesale.subscriber_created', 'people.wholesale_subscriber_created'),
  subscriberNotice('wholesale.subscriber_updated', 'people.wholesale_subscriber_updated'),
  subscriberNotice('wholesale.subscriber_removed', 'people.wholesale_subscriber_removed'),
  defineNotice<'wholesale.billing_report_completed'>({
    type: 'financial.wholesale_billing_report_ready', group: 'financial', audience: 'company_subscribers', event: 'wholesale.billing_report_completed',
    link: () => '/partner/wholesale/billing-reports',
    load: async (db, e) => {
      const row = await reports.findReport(db, e.payload.reportId);
      if (!row) return [];
      return [{ companyId: row.partner_id, params: { reportId: row.id, reportType: row.type, status: row.status, from: row.from_date, to: row.to_date } }];
    },
  }),
];
