import { join } from 'node:path';
import { expect } from 'vitest';
import { call, type TestPortico } from './portico.ts';
import { makeTree, makeUser } from './factories.ts';
import { readListSource } from '../../src/modules/compliance/index.ts';
import { upsertLocations } from '../../src/modules/network/network.repo.ts';
import { uuidv7 } from '../../src/platform/ids.ts';

export const SCREENING_DATA = join(import.meta.dirname, '../../data/screening');
export const SYSTEM = { system: true as const, requestId: 'test' };
export const DAY = 86_400_000;

export const address = (line: string, city: string, country: string) => ({ addressLine1: line, city, country });

/** Imports the 2025 mini CSL: 13 real entries (ROSNEFT TRADE LIMITED, SME BANK, Atlas Sanatgaran, …). */
export async function importMiniList(portico: TestPortico) {
  await portico.services.compliance.importList(SYSTEM, await readListSource(join(SCREENING_DATA, 'csl/consolidated-mini-2025.csv')));
}

/**
 * What the compliance tests start from: the 2025 mini CSL imported, a company tree, an operator
 * compliance officer and one location (Amsterdam, NL); with helpers to create a direct customer
 * through the API, read its compliance page and find its open review. `settle` waits for the
 * background jobs (the default: every job of ours).
 */
export async function complianceWorld(portico: TestPortico, options: { settle?: () => Promise<void> } = {}) {
  const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
  const settle = options.settle ?? (() => portico.ctx.jobs.drain(30_000));
  await importMiniList(portico);
  await settle();
  const tree = await makeTree(portico.app, portico.ctx);
  const officer = await makeUser(portico.app, portico.ctx, tree.operatorId, 'compliance_officer', 'operator');
  const location = uuidv7();
  await upsertLocations(portico.ctx.db.kysely, [{ id: location, name: 'Test Amsterdam', market: 'Amsterdam', country: 'NL', region: 'EMEA', latitude: 52.37, longitude: 4.9 }]);
  await settle();

  /** A customer's compliance page, as the officer (or `token`) sees it. */
  const compliance = async (companyId: string, token = officer.token) => (await api('GET', `/v1/companies/${companyId}/compliance`, token)).json();

  /** The customer's open review in the officer's queue, if any. */
  const openReviewOf = async (companyId: string) =>
    (await api('GET', '/v1/compliance/reviews?status=open', officer.token)).json().items.find((r: { customer: { id: string } }) => r.customer.id === companyId);

  /** A direct customer created by the operator's admin through the API, as a real one is. */
  async function createDirect(name: string, billingAddress?: object) {
    const response = await api('POST', '/v1/companies', tree.operatorAdmin.token, { name, type: 'direct', ...(billingAddress ? { billingAddress } : {}) });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  return { api, settle, tree, officer, location, compliance, openReviewOf, createDirect };
}

export type ComplianceWorld = Awaited<ReturnType<typeof complianceWorld>>;
