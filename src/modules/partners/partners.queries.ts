import type { Executor } from '../../platform/db/db.ts';
import { looksOf } from './partners.look.ts';

/**
 * What other modules may ask of partners. Billing markets arrive with the partners issue; until a
 * partner has set any, every location counts as enabled for its managed accounts. Ordering already
 * asks here, so the rule takes effect the day the data exists.
 */
export const partnersQueries = {
  /** How each company's portal and e-mails look (its partner's branding or the operator's); absent: Portico's own. */
  looksOf,
  billingMarketEnabled: async (_db: Executor, _partnerId: string, _locationId: string): Promise<boolean> => true,
};
