import { defineConfig } from 'vitest/config';

/**
 * The pure unit tests next to the policy / state / search modules: no database, no global setup,
 * so Stryker can run them thousands of times (`npm run test:mutation`, see docs/testing.md).
 */
export default defineConfig({
  test: {
    include: ['src/modules/**/*.{policy,state,recipients}.test.ts', 'src/modules/**/search-terms.test.ts', 'src/modules/wholesale/dialin.test.ts', 'src/capabilities.test.ts', 'src/platform/access/access.test.ts'],
    pool: 'threads',
  },
});
