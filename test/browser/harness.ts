import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const shots = 'test/screenshots';

/** The real server with demo data (or PORTICO_TEST_URL) and Debian's Chromium, for each browser test file. */
export async function startServerAndBrowser(): Promise<{ server: { url: string; close(): Promise<void> }; browser: Browser }> {
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
