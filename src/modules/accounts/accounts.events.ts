import { defineEvents, eventPayload } from '../../platform/events/events.ts';

/** Accounts' events: companies, users and sign-ins. Ids only (a login's address is on its session row). */
export const accountsEvents = defineEvents({
  'company.created': eventPayload<{ companyId: string }>(),
  'company.updated': eventPayload<{ companyId: string; changed: string[] }>(),
  'company.billing_address_changed': eventPayload<{ companyId: string }>(),
  /** Compliance deprovisioned it: its users are removed (reason: non_compliant_30_days, partner_not_reached). */
  'company.deprovisioned': eventPayload<{ companyId: string; reason: string; usersRemoved: number }>(),
  'user.created': eventPayload<{ userId: string }>(),
  /** The old and new address are in the audit row `auditId` (before / after). */
  'user.email_changed': eventPayload<{ userId: string; auditId: string }>(),
  'user.updated': eventPayload<{ userId: string; changed: string[] }>(),
  'user.removed': eventPayload<{ userId: string }>(),
  /** The sign-in's IP and browser are on the session row. */
  'security.login': eventPayload<{ userId: string; sessionId: string }>(),
  'security.password_changed': eventPayload<{ userId: string }>(),
  'security.api_key_created': eventPayload<{ userId: string; apiKeyId: string }>(),
});

type AccountsEvents = typeof accountsEvents;
declare module '../../platform/events/events.ts' {
   
  interface EventMap extends AccountsEvents {}
}
