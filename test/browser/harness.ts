import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { TestServer } from '../helpers/server.ts';

const shots = 'test/screenshots';

/** The password of every demo user. */
export const password = 'portico-demo';

/** The portal's main navigation, there once a user is signed in. */
export const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main navigation' });

/** The real server with demo data (or PORTICO_TEST_URL) and Debian's Chromium. */
type Server = { url: string; portico?: TestServer['portico']; close(): Promise<void> };

async function startServerAndBrowser(): Promise<{ server: Server; browser: Browser }> {
  mkdirSync(shots, { recursive: true });
  const external = process.env.PORTICO_TEST_URL;
  const server = external
    ? { url: external.replace(/\/$/, ''), close: async () => {} }
    : await (await import('../helpers/server.ts')).startTestServer({ demo: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return { server, browser };
}

export interface SuiteOptions {
  /** For axe-core, which is injected as an inline script the portal's CSP would refuse. */
  bypassCSP?: boolean;
  /** Page errors start with the e-mail of the user signed in, to tell the users' pages apart. */
  pageErrorsByUser?: boolean;
}

/**
 * Starts the server and the browser before the file's tests and closes them after; call it once, at the
 * top of a browser test file. The pages it opens record script errors and 5xx answers in `pageErrors`
 * and `serverErrors`, for the file's last test to check.
 */
export function browserSuite(options: SuiteOptions = {}) {
  let server: Server;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const serverErrors: string[] = [];

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /** The server's address for `path` (a function: the server starts after the file is loaded). */
  const url = (path = ''): string => `${server.url}${path}`;

  /** A page in a browser session of its own (its own cookies), signed out. */
  async function newPage({ width = 1280, user }: { width?: number; user?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 800 }, locale: 'en-GB', bypassCSP: options.bypassCSP });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const prefix = options.pageErrorsByUser && user ? `${user}: ` : '';
    page.on('pageerror', (error) => pageErrors.push(`${prefix}${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    return page;
  }

  /** Fills the login form the page shows (wherever the portal sent the user to log in). */
  async function logIn(page: Page, email: string): Promise<void> {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav(page).waitFor();
  }

  /** A new page signed in as `email`; `fakeClock` lets the test move the page's time on. */
  async function signIn(email: string, { width, fakeClock = false }: { width?: number; fakeClock?: boolean } = {}): Promise<Page> {
    const page = await newPage({ width, user: email });
    if (fakeClock) await page.clock.install();
    await page.goto('/login');
    await logIn(page, email);
    return page;
  }

  /** Screenshots the page in front: Chromium may leave the iframes of pages behind unpainted. */
  async function shot(page: Page, name: string, fullPage = true): Promise<void> {
    await page.bringToFront();
    // A full-page image from the top, so the sticky top bar is not painted halfway down it; a
    // viewport image keeps what the test scrolled to.
    if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${shots}/${name}`, fullPage });
  }

  /** The server's Portico (its database and services); absent against PORTICO_TEST_URL. */
  const backstage = (): TestServer['portico'] => {
    if (!server.portico) throw new Error('this test needs the in-process server (not PORTICO_TEST_URL)');
    return server.portico;
  };

  return { url, newPage, logIn, signIn, shot, backstage, pageErrors, serverErrors };
}
