import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every setting Portico reads from the environment, validated once. Documented in README.md. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; when absent, the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  /** Load demo data on a fresh database (embedded default: on). */
  demo: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  webhookAllowPrivate: boolean;
  webhookTimeoutMs: number;
  webhookRetryLimit: number;
  webhookRetryDelaySeconds: number;
  webhookRetryMaxDelaySeconds: number;
  /** Failed deliveries in a row (each after all its retries) that turn a webhook off. */
  webhookDisableAfter: number;
  mailRetryLimit: number;
  mailRetryDelaySeconds: number;
  mailRetryMaxDelaySeconds: number;
  networkSimDelayMs: number;
  logLevel: string;
  /** Mark cookies `Secure`; on by default when the public URL is https. */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** How long an API key's principal may be served from memory; 0 looks it up on every request. */
  apiKeyCacheSeconds: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  /** Trust X-Forwarded-For from a reverse proxy. */
  trustProxy: boolean;
  /** The screening list a fresh install imports (a file, directory or https URL); null: none. */
  screeningDefaultList: string | null;
  /** Screening scores at or above: a strong match; a potential match that opens a review (docs/compliance.md). */
  screeningStrongScore: number;
  screeningReviewScore: number;
  /** The data regions the operator offers wholesale customers, the default first (docs/wholesale.md). */
  dataRegions: string[];
  /** Per-package delay of the simulated wholesale service platform (as NETWORK_SIM_DELAY_MS for the network). */
  wholesaleSimDelayMs: number;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function score(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw new Error(`${name} must be a score in (0, 1], got "${raw}"`);
  return value;
}

/** A comma-separated list of region ids (`eu,us`): lower case, digits and dashes, each once. */
function regions(env: Env, name: string, fallback: string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const list = raw.split(',').map((r) => r.trim()).filter((r) => r !== '');
  for (const region of list) if (!/^[a-z][a-z0-9-]{0,31}$/.test(region)) throw new Error(`${name}: "${region}" is not a region id (lower case letters, digits, dashes)`);
  if (new Set(list).size !== list.length) throw new Error(`${name} names a region twice`);
  return list;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function screeningScores(env: Env) {
  const screeningStrongScore = score(env, 'PORTICO_SCREENING_STRONG_SCORE', 0.95);
  const screeningReviewScore = score(env, 'PORTICO_SCREENING_REVIEW_SCORE', 0.85);
  if (screeningReviewScore > screeningStrongScore) throw new Error('PORTICO_SCREENING_REVIEW_SCORE must not be above PORTICO_SCREENING_STRONG_SCORE');
  return { screeningStrongScore, screeningReviewScore };
}

/** The 2022 CSL shipped in data/screening (found from src/ under tsx and from dist/src/ when built). */
function shippedCsl(): string | null {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      const path = join(dir, 'data/screening/csl/consolidated-2022-05.csv.gz');
      return existsSync(path) ? path : null;
    }
  }
  return null;
}

export function loadConfig(env: Env = process.env): Config {
  const port = int(env, 'PORT', 3000);
  const publicUrl = (env.PORTICO_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  const databaseUrl = env.DATABASE_URL || null;
  const adminEmail = env.PORTICO_ADMIN_EMAIL || null;
  const adminPassword = env.PORTICO_ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new Error('Set both PORTICO_ADMIN_EMAIL and PORTICO_ADMIN_PASSWORD, or neither');
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env.PORTICO_DATA_DIR || '.portico'),
    demo: bool(env, 'PORTICO_DEMO', databaseUrl === null),
    adminEmail,
    adminPassword,
    publicUrl,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Portico <no-reply@portico.localhost>',
    webhookAllowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000, 100),
    webhookRetryLimit: int(env, 'WEBHOOK_RETRY_LIMIT', 8),
    webhookRetryDelaySeconds: int(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 10, 1),
    webhookRetryMaxDelaySeconds: int(env, 'WEBHOOK_RETRY_MAX_DELAY_SECONDS', 3600, 1),
    webhookDisableAfter: int(env, 'WEBHOOK_DISABLE_AFTER', 5, 1),
    mailRetryLimit: int(env, 'MAIL_RETRY_LIMIT', 10),
    mailRetryDelaySeconds: int(env, 'MAIL_RETRY_DELAY_SECONDS', 15, 1),
    mailRetryMaxDelaySeconds: int(env, 'MAIL_RETRY_MAX_DELAY_SECONDS', 1800, 1),
    networkSimDelayMs: int(env, 'NETWORK_SIM_DELAY_MS', 2000),
    logLevel: env.LOG_LEVEL || 'info',
    secureCookies: bool(env, 'PORTICO_SECURE_COOKIES', publicUrl.startsWith('https://')),
    sessionTtlHours: int(env, 'PORTICO_SESSION_TTL_HOURS', 12, 1),
    apiKeyCacheSeconds: int(env, 'PORTICO_API_KEY_CACHE_SECONDS', 60, 0),
    loginMaxFailuresPerAccount: int(env, 'PORTICO_LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1),
    loginMaxFailuresPerIp: int(env, 'PORTICO_LOGIN_MAX_FAILURES_PER_IP', 30, 1),
    loginWindowMinutes: int(env, 'PORTICO_LOGIN_WINDOW_MINUTES', 15, 1),
    trustProxy: bool(env, 'PORTICO_TRUST_PROXY', false),
    screeningDefaultList: env.PORTICO_SCREENING_DEFAULT_LIST === undefined ? shippedCsl() : env.PORTICO_SCREENING_DEFAULT_LIST || null,
    ...screeningScores(env),
    dataRegions: regions(env, 'PORTICO_DATA_REGIONS', ['eu', 'us']),
    wholesaleSimDelayMs: int(env, 'WHOLESALE_SIM_DELAY_MS', 150),
  };
}
