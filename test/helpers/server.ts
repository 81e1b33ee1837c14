import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortico } from '../../src/runtime.ts';
import { testConfig } from './portico.ts';
import type { Config } from '../../src/config.ts';
import { createTestDatabase } from './db.ts';

/** The real server on a fresh database, listening on a random port (browser tests). */
export interface TestServer {
  url: string;
  /** The running Portico's context and services: for what a browser cannot do, such as letting a month pass. */
  portico: Awaited<ReturnType<typeof startPortico>>;
  close(): Promise<void>;
}

export async function startTestServer(options: { demo?: boolean; config?: Partial<Config> } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-browser-'));
  const config = testConfig({ databaseUrl: database.url, dataDir, demo: options.demo ?? true, ...options.config });
  const portico = await startPortico(config);
  await portico.app!.listen({ port: 0, host: '127.0.0.1' });
  const { port } = portico.app!.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    portico,
    async close() {
      await portico.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
