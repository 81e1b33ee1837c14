import type { Executor } from '../../platform/db/db.ts';
import * as repo from './accounts.repo.ts';
import { treeScope, type AccessActor, type CompanyRef } from '../../platform/access/access.ts';

/**
 * What other modules may read about companies and users, without an actor (system work such as
 * notification fan-out). Other modules call these instead of reading accounts' tables.
 */
export const accountsQueries = {
  company: (db: Executor, id: string) => repo.findCompany(db, id),
  /** The operator's company (the platform's own support entry and branding). */
  operator: (db: Executor) => repo.findOperator(db),
  /** Many companies in one query (a notice to a thousand of them). */
  companies: (db: Executor, ids: string[]) => repo.findCompanies(db, ids),
  /** What tenancy policies need to know of a company. */
  companyRef: async (db: Executor, id: string): Promise<CompanyRef | undefined> => {
    const c = await repo.findCompany(db, id);
    return c && { id: c.id, type: c.type, partnerId: c.partner_id };
  },
  user: (db: Executor, id: string) => repo.findUserAnyState(db, id),
  /** Display names of users (history entries: who did what), by id. */
  userNames: async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await repo.userNames(db, unique) : [];
    return new Map(rows.map((u) => [u.id, `${u.first_name} ${u.last_name}`]));
  },
  activeUsersOf: (db: Executor, companyIds: string[]) => repo.listActiveUsersOf(db, companyIds),
  /** The managed accounts of a partner. */
  managedIds: (db: Executor, partnerId: string) => repo.managedCompanyIds(db, partnerId),
  /** The companies whose services the actor acts for: its own (+ managed accounts for a partner); null = all (operator). */
  treeIds: async (db: Executor, actor: AccessActor): Promise<string[] | null> => {
    const { root, withManaged } = treeScope(actor);
    if (root === null) return null;
    return withManaged ? [root, ...(await repo.managedCompanyIds(db, root))] : [root];
  },
  /** Locks the company's row until the transaction ends: work of other modules that must run one at a time per company. */
  lockCompany: (db: Executor, id: string) => repo.lockCompany(db, id),
  /** Customers whose billing address is in one of these countries. */
  companiesInCountries: (db: Executor, countries: string[]) => repo.companiesInCountries(db, countries),
};
