import type { Actor, SystemActor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import * as repo from './partners.repo.ts';
import * as approvalsRepo from './approvals.repo.ts';
import type { CompanyRef } from '../../platform/access/access.ts';
import type { ApprovalSummary } from './partners.tables.ts';
import type { PartnerApprovalKind } from './approvals.state.ts';
import { presentMarket } from './partners.service.ts';
import { isCountry } from '../../platform/countries.ts';
import type { StoredSettings } from './partners.settings.ts';

/**
 * Commands for the demo data (src/demo) and tests: billing markets enabled by a company admin (or the system), in the caller's
 * transaction, with the audit row the service writes. A market already enabled is left as it is.
 * Returns whether any was added.
 */
export async function seedBillingMarkets(trx: Tx, by: Actor | SystemActor, companyId: string, countries: string[], at?: Date): Promise<boolean> {
  let added = false;
  for (const country of countries) {
    if (!isCountry(country)) throw new Error(`seed: ${country} is not an ISO 3166-1 alpha-2 code`);
    const { row, created } = await repo.enableMarket(trx, { id: uuidv7(at?.getTime()), companyId, country, by: 'system' in by ? null : by.userId, at });
    if (!created) continue;
    added = true;
    await writeAudit(trx, by, { action: 'billing_market.enabled', companyId, targetType: 'billing_market', targetId: row.id, after: presentMarket(row), at });
  }
  return added;
}

/** A managed account's own settings, unless it has some already (the demo's non-default account). */
export async function seedManagedSettings(trx: Tx, by: Actor, companyId: string, partnerId: string, values: Partial<StoredSettings>, at?: Date): Promise<boolean> {
  const { own } = await repo.settingsOf(trx, companyId, partnerId);
  if (own) return false;
  await repo.saveManagedSettings(trx, companyId, partnerId, values, by.userId);
  await writeAudit(trx, by, { action: 'managed_settings.updated', companyId, targetType: 'company', targetId: companyId, before: null, after: values, at });
  return true;
}

/** A partner's (or the operator's) branding, unless it has set one. */
export async function seedBranding(trx: Tx, by: Actor, companyId: string, values: repo.BrandingValues, at?: Date): Promise<boolean> {
  if (await repo.brandingOf(trx, companyId)) return false;
  const row = await repo.saveBranding(trx, companyId, values, by.userId);
  await writeAudit(trx, by, { action: 'partner_branding.updated', companyId, targetType: 'company', targetId: companyId, before: null, after: row, at });
  return true;
}

/** A request waiting in a partner's approval queue (the demo's pending item), with the audit row the queue writes; no notices. */
export async function seedPartnerApproval(
  trx: Tx, by: Actor, v: { kind: PartnerApprovalKind; company: CompanyRef; subjectId: string; connectionId: string; summary: ApprovalSummary; at?: Date },
): Promise<string> {
  if (!v.company.partnerId) throw new Error(`seed: ${v.company.id} has no partner to approve its requests`);
  const row = await approvalsRepo.insertApproval(trx, {
    id: uuidv7(v.at?.getTime()), partnerId: v.company.partnerId, companyId: v.company.id, kind: v.kind, subjectId: v.subjectId, connectionId: v.connectionId,
    summary: v.summary, requestedBy: by.userId, requestedAt: v.at,
  });
  await writeAudit(trx, by, {
    action: 'partner_approval.requested', companyId: v.company.id, targetType: 'partner_approval', targetId: row.id, after: { kind: v.kind, subjectId: v.subjectId, summary: v.summary }, at: v.at,
  });
  return row.id;
}
