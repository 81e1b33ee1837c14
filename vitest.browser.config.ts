import { defineConfig } from 'vitest/config';

// Browser tests drive Chromium against the real server; they build the portal first.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['test/browser/build-portal.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
