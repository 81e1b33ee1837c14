import Fastify from 'fastify';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/db.ts';
import { uuidv7 } from '../../src/platform/ids.ts';
import * as marketplaceRepo from '../../src/modules/marketplace/marketplace.repo.ts';
import { nameQuery } from '../../src/modules/marketplace/search-terms.ts';

/**
 * The baselines of the marketplace bench: bare Fastify apps with a `pg` pool of Portico's size (20),
 * no authentication, hooks, schemas or presenting.
 */
export interface Baseline {
  url: string;
  close(): Promise<void>;
}

/**
 * Search: the statement Portico's search sends (origin port, providers, their ports by distance),
 * through Portico's own repo function on Portico's own database handle (pool of 20, the same
 * prepared statement), the providers' JSON (built by PostgreSQL) joined into the body.
 */
export async function startSearchBaseline(databaseUrl: string): Promise<Baseline> {
  const handle = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  const db = handle.kysely;
  const app = Fastify({ logger: false });
  app.get('/v1/marketplace/providers', async (request, reply) => {
    const { q = '', nearPortId } = request.query as { q?: string; nearPortId?: string };
    const { providers } = await marketplaceRepo.providerPage(db, { name: nameQuery(q), after: null, limit: 20, nearPortId: nearPortId ?? null });
    return reply.type('application/json').send(`{"items":[${providers.slice(0, 20).map((p) => p.json).join(',')}]}`);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); await handle.close(); } };
}

/**
 * Ordering: one INSERT of a connection row like Portico's (pre-approved, so DEPLOYABLE with accepted_at),
 * with the A-end VLAN counted up in memory per port from 3000 (Portico allocates from 2 on the same
 * ports, so they never meet), returned as it comes. No validation, no lock, no audit, no outbox.
 */
export async function startInsertBaseline(
  databaseUrl: string,
  fixed: { companyId: string; providerCompanyId: string; bPortId: string; userId: string; serviceKeyId: string | null },
): Promise<Baseline> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const nextVlan = new Map<string, number>();
  const app = Fastify({ logger: false });
  app.post('/v1/connections', async (request, reply) => {
    const body = request.body as { name: string; rateLimitMbps: number; aEnd: { portId: string } };
    const vlan = nextVlan.get(body.aEnd.portId) ?? 3000;
    if (vlan > 4093) return reply.code(409).send({ code: 'port_full' });
    nextVlan.set(body.aEnd.portId, vlan + 1);
    const { rows } = await pool.query(
      `INSERT INTO connections (id, company_id, provider_company_id, name, rate_limit_mbps, a_port_id, a_vlan, b_port_id, b_vlan, state,
         requested_by, requested_at, accepted_at, service_key_id, pre_approved)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, 'DEPLOYABLE', $9, now(), now(), $10, true) RETURNING *`,
      [uuidv7(), fixed.companyId, fixed.providerCompanyId, body.name, body.rateLimitMbps, body.aEnd.portId, vlan, fixed.bPortId, fixed.userId, fixed.serviceKeyId],
    );
    return reply.code(201).send(rows[0]);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); await pool.end(); } };
}
