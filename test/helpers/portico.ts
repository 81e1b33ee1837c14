import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import { startPortico, type Portico, type StartOptions } from '../../src/runtime.ts';
import type { Jobs } from '../../src/platform/jobs/jobs.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { createTestDatabase } from './db.ts';

export interface TestPortico extends Portico {
  app: FastifyInstance;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    demo: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    dataDir: 'memory://',
    networkSimDelayMs: 0,
    wholesaleSimDelayMs: 0,
    // Tests import the lists they need; a fresh install's default list would only slow each start.
    screeningDefaultList: null,
    ...overrides,
  };
}

/** Portico on a fresh database of its own (PostgreSQL clone with DATABASE_URL, else in-memory PGlite). */
export async function startTestPortico(
  options: { config?: Partial<Config>; role?: StartOptions['role']; extraJobs?: (jobs: Jobs, ctx: AppContext) => void } = {},
): Promise<TestPortico> {
  const database = await createTestDatabase({ pglite: true });
  const config = testConfig({ databaseUrl: database.url, ...options.config });
  const portico = await startPortico(config, { role: options.role ?? 'all', extraJobs: options.extraJobs, pglite: database.pglite });
  await portico.app?.ready();
  return {
    ...portico,
    app: portico.app!,
    async close() {
      await portico.close();
      await database.drop();
    },
  };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One HTTP call through Fastify's injector, authenticated with a bearer token. */
export async function call(app: FastifyInstance, method: string, url: string, options: CallOptions = {}): Promise<LightMyRequestResponse & { json(): any }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  return app.inject({ method: method as 'GET', url, headers, payload });
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<string> {
  const response = await call(app, 'POST', '/v1/auth/login', { body: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
  return response.json().token as string;
}

/** Reads until `done` holds (background jobs finishing), else fails with the last value read. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
