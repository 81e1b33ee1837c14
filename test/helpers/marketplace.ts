import { call, type TestPortico } from './portico.ts';
import { enableMarkets, makeCompany, makeTree, makeUser } from './factories.ts';
import { upsertLocations } from '../../src/modules/network/network.repo.ts';
import { uuidv7 } from '../../src/platform/ids.ts';

/**
 * A customer tree (makeTree), a provider company with an admin and a technical contact, and one
 * location (in GB): what the marketplace and connection tests start from. The partner, the direct
 * customer and the provider have a billing market in GB (the managed account orders in its partner's);
 * the other partner has none.
 */
export async function marketplaceWorld(portico: TestPortico, options: { providerName?: string } = {}) {
  const api = (method: string, url: string, token?: string, body?: unknown) => call(portico.app, method, url, { token, body });
  const settle = () => portico.ctx.jobs.drain();
  const tree = await makeTree(portico.app, portico.ctx);
  const location = uuidv7();
  await upsertLocations(portico.ctx.db.kysely, [{ id: location, name: 'C London', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5, longitude: -0.12 }]);
  const providerCompany = await makeCompany(portico.ctx, 'direct', { name: options.providerName ?? 'Provider Ltd' });
  const provider = await makeUser(portico.app, portico.ctx, providerCompany.id, 'company_admin', 'direct');
  const providerContact = await makeUser(portico.app, portico.ctx, providerCompany.id, 'technical_contact', 'direct');
  for (const company of [tree.partner.id, tree.direct.id, providerCompany.id]) await enableMarkets(portico.ctx, company, ['GB']);

  /** A port (10 Gbps, private unless told) taken to LIVE by the simulated controller. */
  async function livePort(token: string, name: string, extra: Record<string, unknown> = {}) {
    const response = await api('POST', '/v1/ports', token, { locationId: location, name, speedMbps: 10000, ...extra });
    if (response.statusCode !== 201) throw new Error(`port ${name}: ${response.body}`);
    await settle();
    return response.json().id as string;
  }

  return { api, settle, tree, location, providerCompany, provider, providerContact, livePort };
}
