import type { Actor, SystemActor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import * as repo from './partners.repo.ts';
import { presentMarket } from './partners.service.ts';
import { isCountry } from './countries.ts';
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
