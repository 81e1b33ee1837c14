import type { Executor } from '../../platform/db/db.ts';
import { looksOf } from './partners.look.ts';
import type { CompanyRef } from '../../platform/access/access.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './partners.repo.ts';
import { effectiveSettings } from './partners.settings.ts';

/** Whether a company's orders, speed changes and terminations wait in its partner's approval queue (a managed account with approvalQueue on). */
export async function approvalQueueOn(db: Executor, company: CompanyRef): Promise<boolean> {
  if (company.type !== 'managed' || !company.partnerId) return false;
  const { own, defaults } = await repo.settingsOf(db, company.id, company.partnerId);
  return effectiveSettings(own, defaults).settings.approvalQueue;
}

/**
 * Whose billing markets a company orders under: its own (partner, direct customer), its partner's
 * (managed account), or none needed (the operator: null).
 */
const marketOwner = (company: CompanyRef): string | null =>
  company.type === 'operator' ? null : company.type === 'managed' ? company.partnerId : company.id;

/** What other modules may ask of partners. Callers pass the location's country: partners reads no network table. */
export const partnersQueries = {
  /** How each company's portal and e-mails look (its partner's branding or the operator's); absent: Portico's own. */
  looksOf,
  approvalQueueOn,
  /** May this company order a service at a location in this country? */
  billingMarketEnabled: async (db: Executor, company: CompanyRef, country: string): Promise<boolean> => {
    const owner = marketOwner(company);
    return owner === null || (await repo.hasMarket(db, owner, country));
  },
  /** The countries this company may order in; null: all of them (the operator). */
  orderableCountries: async (db: Executor, company: CompanyRef): Promise<Set<string> | null> => {
    const owner = marketOwner(company);
    return owner === null ? null : repo.marketCountries(db, owner);
  },
};

/** The refusal of an order outside the company's billing markets (422; `field`: what the caller sent). */
export const billingMarketNotEnabled = (company: CompanyRef, country: string, field: string) =>
  new AppError(
    'invalid', 'billing_market_not_enabled',
    company.type === 'managed'
      ? `The account's partner has not enabled a billing market in ${country}, so services cannot be ordered at this location.`
      : `The company has no billing market enabled in ${country}: a company admin enables one (POST /v1/billing-markets) before services are ordered at this location.`,
    field, { country }, 422,
  );
