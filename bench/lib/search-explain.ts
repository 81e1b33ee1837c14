import pg from 'pg';
import * as marketplaceRepo from '../../src/modules/marketplace/marketplace.repo.ts';
import { nameQuery } from '../../src/modules/marketplace/search-terms.ts';
import { captureQuery } from './capture.ts';

/**
 * EXPLAIN ANALYZE of the search statement with the generic plan a prepared statement settles on
 * (`plan_cache_mode = force_generic_plan`), for each query: the text is captured from Portico's own
 * repo function. Returns each plan and whether it scans a large table sequentially (the 224
 * locations, three pages, are cheaper to scan than to probe).
 */
export async function explainSearch(databaseUrl: string, queries: string[], nearPortId: string): Promise<{ q: string; plan: string; seqScan: boolean }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const out = [];
    for (const [i, q] of queries.entries()) {
      const compiled = await captureQuery((db) => marketplaceRepo.providerPage(db, { name: nameQuery(q), after: null, limit: 20, nearPortId }));
      const name = `explain_search_${i}`;
      // Every parameter of the statement carries a cast, so PREPARE infers their types.
      await client.query(`PREPARE ${name} AS ${compiled.sql}`);
      await client.query('SET plan_cache_mode = force_generic_plan');
      const literal = (v: unknown) => (v === null ? 'NULL' : client.escapeLiteral(Array.isArray(v) ? `{${v.map((x) => JSON.stringify(String(x))).join(',')}}` : String(v)));
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE ${name}(${compiled.parameters.map(literal).join(', ')})`);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      out.push({ q, plan, seqScan: /Seq Scan on (provider_profiles|provider_search_terms|ports|companies)\b/.test(plan) });
    }
    return out;
  } finally {
    await client.end();
  }
}
