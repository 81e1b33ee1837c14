// Mutation testing of the pure policy / state / search modules (docs/testing.md).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/modules/accounts/accounts.policy.ts',
    'src/modules/marketplace/service-keys.policy.ts',
    'src/modules/marketplace/search-terms.ts',
    'src/modules/notifications/notifications.policy.ts',
    'src/modules/notifications/notifications.recipients.ts',
    'src/modules/connections/connections.state.ts',
    'src/modules/connections/speed-changes.state.ts',
    'src/modules/network/ports.state.ts',
  ],
  // The machine is shared: two workers at most.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 95, low: 90, break: 90 },
  coverageAnalysis: 'perTest',
  tempDirName: '.stryker-tmp',
};
