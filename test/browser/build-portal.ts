import { existsSync } from 'node:fs';
import { build } from 'vite';

// The server serves dist/web. `npm run test:browser` builds it first; this covers a bare
// `vitest run --config vitest.browser.config.ts` on a fresh checkout.
export default async function setup(): Promise<void> {
  if (existsSync('dist/web/index.html')) return;
  // Vitest sets NODE_ENV=test, which would give a development build of React.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = before;
  }
}
