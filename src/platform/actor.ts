// The actor's vocabulary lives here so the platform needs no module; accounts stores these values.
export type CompanyType = 'operator' | 'partner' | 'direct' | 'managed';
export type Role = 'company_admin' | 'technical_admin' | 'technical_contact' | 'finance' | 'read_only' | 'compliance_officer';
import type { CompanySettings } from './access/access.ts';

/** Who is acting: resolved once per request by the auth plugin, passed to every service call. */
export interface Actor {
  userId: string;
  email: string;
  companyId: string;
  companyType: CompanyType;
  /** The partner of a managed account (null otherwise). */
  partnerId: string | null;
  /** The effective role: an API key's role, never stronger than its user's. */
  role: Role;
  via: 'session' | 'api_key';
  /**
   * The user's own company while they act for one of its managed accounts in the portal: companyId,
   * companyType and partnerId are then the account's, so everything is scoped to it.
   */
  actingFrom?: string;
  /** The company's settings capabilities may read, loaded with the actor (absent = none; partners fills it). */
  settings?: CompanySettings;
  requestId: string;
}

/** The actor for work the system does itself (start-up, demo data, jobs). */
export interface SystemActor {
  system: true;
  requestId: string;
}

/** The user behind an action, null for the system's own. */
export const userIdOf = (actor: Actor | SystemActor): string | null => ('system' in actor ? null : actor.userId);
