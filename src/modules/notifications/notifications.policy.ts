import type { PolicyActor } from '../accounts/index.ts';

/** The operator's admins see the mail log and retry dead letters. */
export const canOperateMail = (actor: PolicyActor): boolean =>
  actor.companyType === 'operator' && (actor.role === 'company_admin' || actor.role === 'technical_admin');

/** Company admins and technical admins manage their company's webhooks. */
export const canManageWebhooks = (actor: PolicyActor): boolean => actor.role === 'company_admin' || actor.role === 'technical_admin';
