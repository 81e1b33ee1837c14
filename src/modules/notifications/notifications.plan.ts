import type { Executor } from '../../platform/db/db.ts';
import type { EventRow } from '../../platform/jobs/jobs.ts';
import { accountsQueries, type CompanyType } from '../accounts/index.ts';
import type { NotificationType } from './notifications.catalogue.ts';
import { findMaintenance } from './maintenance.repo.ts';
import { connectionsQueries } from '../connections/index.ts';
import { companiesWithServiceAt, locationNames } from '../network/index.ts';

/** One company a notice is about, with the texts' parameters for it. */
export interface Subject {
  companyId: string;
  companyType: CompanyType;
  partnerId: string | null;
  companyName: string;
  subjectUserId: string | null;
  params: Record<string, string>;
  /** Send the e-mail here instead of the recipient's address (e-mail changed: tell the old one). */
  toAddress?: string;
}

const fullName = (u: { first_name: string; last_name: string }) => `${u.first_name} ${u.last_name}`;
/** A VLAN as the texts take it: the number, `untagged` (-1), or empty while none is set; translated when rendered. */
const vlanParam = (vlan: number | null) => (vlan === null ? '' : vlan === -1 ? 'untagged' : String(vlan));
const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

type SubjectExtra = Partial<Subject> & { params: Record<string, string> };

function subjectOf(company: { id: string; type: CompanyType; partner_id: string | null; name: string }, extra: SubjectExtra): Subject {
  return {
    companyId: company.id, companyType: company.type, partnerId: company.partner_id, companyName: company.name, subjectUserId: null,
    ...extra, params: { companyName: company.name, ...extra.params },
  };
}

async function companySubject(db: Executor, companyId: string, extra: SubjectExtra): Promise<Subject | null> {
  const company = await accountsQueries.company(db, companyId);
  return company ? subjectOf(company, extra) : null;
}

async function userSubject(db: Executor, event: EventRow, extra: (user: { email: string }) => Record<string, string>, options: { toAddress?: string } = {}) {
  const userId = String(event.payload.userId ?? '');
  const user = userId ? await accountsQueries.user(db, userId) : undefined;
  if (!user) return [];
  const subject = await companySubject(db, user.company_id, {
    subjectUserId: user.id, toAddress: options.toAddress, params: { email: user.email, name: fullName(user), time: when(event.created_at), ...extra(user) },
  });
  return subject ? [subject] : [];
}

/** Connection notices that go to the provider's side; the others go to the customer. */
const PROVIDER_NOTICES = new Set([
  'ordering.connection_requested', 'ordering.service_key_used', 'ordering.speed_change_requested',
  'ordering.connection_withdrawn', 'ordering.speed_change_withdrawn', 'services.connection_decommissioned_by_customer',
]);

/** For each notification type: the companies it is about, and the parameters of its texts. Empty = no notice. */
export async function planSubjects(db: Executor, entry: NotificationType, event: EventRow): Promise<Subject[]> {
  const p = event.payload as Record<string, any>;
  switch (entry.type) {
    case 'security.password_changed':
      return userSubject(db, event, () => ({}));
    case 'security.api_key_created': {
      const key = await accountsQueries.apiKey(db, String(p.apiKeyId));
      return key ? userSubject(db, event, () => ({ keyName: key.name, prefix: key.prefix })) : [];
    }
    case 'security.new_login': {
      // Only a sign-in from a browser and address this user never used before; the first ever is expected.
      const earlier = await accountsQueries.previousSessions(db, String(p.userId), String(p.sessionId));
      if (earlier.length === 0 || earlier.some((s) => s.ip === p.ip && s.user_agent === p.userAgent)) return [];
      return userSubject(db, event, () => ({ ip: String(p.ip ?? '?'), userAgent: String(p.userAgent ?? '?') }));
    }
    case 'security.email_changed':
      return userSubject(db, event, () => ({ oldEmail: String(p.oldEmail), newEmail: String(p.newEmail) }), { toAddress: String(p.oldEmail) });
    case 'people.user_added':
    case 'people.user_removed': {
      const user = await accountsQueries.user(db, String(p.userId));
      if (!user) return [];
      const subject = await companySubject(db, user.company_id, {
        params: { userName: fullName(user), userEmail: user.email, role: user.role },
      });
      // The user the notice is about does not get it about themselves.
      return subject ? [{ ...subject, subjectUserId: user.id }] : [];
    }
    case 'company.profile_changed': {
      const actor = event.actor_user_id ? await accountsQueries.user(db, event.actor_user_id) : undefined;
      const changed = (p.changed as string[] | undefined)?.join(', ') ?? '';
      const subject = await companySubject(db, String(p.companyId), { params: { actorName: actor ? fullName(actor) : 'Portico', changed } });
      return subject ? [subject] : [];
    }
    case 'company.webhook_disabled': {
      const subject = await companySubject(db, String(p.companyId), { params: { url: String(p.url), failures: String(p.failures) } });
      return subject ? [subject] : [];
    }
    case 'ordering.connection_requested':
    case 'ordering.connection_ordered':
    case 'ordering.connection_accepted':
    case 'ordering.connection_denied':
    case 'ordering.connection_withdrawn':
    case 'ordering.service_key_used':
    case 'ordering.speed_change_requested':
    case 'ordering.speed_change_accepted':
    case 'ordering.speed_change_rejected':
    case 'ordering.speed_change_withdrawn':
    case 'services.connection_decommissioned':
    case 'services.connection_decommissioned_by_customer':
    case 'services.connection_live': {
      const c = await connectionsQueries.summary(db, String(p.connectionId));
      if (!c) return [];
      const change = p.speedChangeId ? await connectionsQueries.speedChange(db, String(p.speedChangeId)) : undefined;
      const aboutProvider = PROVIDER_NOTICES.has(entry.type);
      const subject = await companySubject(db, aboutProvider ? c.provider_company_id : c.company_id, {
        params: {
          connectionId: c.id, connectionName: c.name, customerName: c.customer_name, providerName: c.provider_name, rateLimitMbps: String(c.rate_limit_mbps),
          requesterName: c.requester_first_name ? fullName({ first_name: c.requester_first_name, last_name: c.requester_last_name ?? '' }) : '',
          aPortName: c.a_port_name, aLocation: c.a_location_name, vlan: vlanParam(c.a_vlan), portName: c.b_port_name, bLocation: c.b_location_name,
          bVlan: vlanParam(c.b_vlan), reason: (change ? change.reason : c.deny_reason) ?? '',
          fromMbps: String(change?.from_mbps ?? ''), toMbps: String(change?.to_mbps ?? ''),
        },
      });
      return subject ? [subject] : [];
    }
    case 'services.maintenance_announced': {
      const maintenance = await findMaintenance(db, String(p.maintenanceId));
      if (!maintenance) return [];
      const companyIds = await companiesWithServiceAt(db, { locationIds: maintenance.location_ids, portIds: maintenance.port_ids });
      const locations = (await locationNames(db, maintenance.location_ids)).join(', ');
      const params = {
        kind: maintenance.kind, title: maintenance.title, description: maintenance.description, locations,
        startsAt: when(maintenance.starts_at), endsAt: when(maintenance.ends_at),
      };
      // All companies in one query: a notice can concern thousands.
      return (await accountsQueries.companies(db, companyIds)).map((company) => subjectOf(company, { params: { ...params, affectedCompany: company.name } }));
    }
    default:
      return [];
  }
}
