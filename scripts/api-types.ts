// The portal's API types, generated from the server's own OpenAPI document (npm run api:types).
// test/api-types.test.ts regenerates them in memory and fails when the checked-in file differs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config.ts';
import { startPortico } from '../src/runtime.ts';

export const API_TYPES_FILE = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

const HEADER = '// Generated from /openapi.json by `npm run api:types`: do not edit by hand.\n\n';

/** The text of web/src/api/schema.d.ts for the routes this server has now. */
export async function generateApiTypes(): Promise<string> {
  // A throw-away in-memory database: the document depends on the routes, not on the data.
  const portico = await startPortico({ ...loadConfig({}), demo: false, logLevel: 'silent', dataDir: 'memory://', databaseUrl: null }, { role: 'api' });
  try {
    const response = await portico.app!.inject({ method: 'GET', url: '/openapi.json' });
    const doc = JSON.parse(response.body) as Parameters<typeof openapiTS>[0];
    return HEADER + astToString(await openapiTS(doc));
  } finally {
    await portico.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
