import { build } from 'vite';

// The server serves dist/web, so the tests need a fresh build of the portal.
export default async function setup(): Promise<void> {
  if (process.env.PORTICO_SKIP_WEB_BUILD === '1') return;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
