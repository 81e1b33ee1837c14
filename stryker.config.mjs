// Mutation testing of the pure policy / state / search modules: `npm run test:mutation` (docs/testing.md).
import process from 'node:process';

/** The score every mutated file must reach; Stryker's own `break` threshold looks only at the total. */
const PER_FILE_BREAK = 90;

/** Stryker's mutation score of one file: detected mutants over all valid ones. */
function fileScore(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return valid === 0 ? 100 : (100 * detected) / valid;
}

/** Fails the run when any single file scores below PER_FILE_BREAK. */
class PerFileThresholdReporter {
  static inject = [];
  onMutationTestReportReady(report) {
    const low = Object.entries(report.files)
      .map(([file, result]) => [file, fileScore(result.mutants)])
      .filter(([, score]) => score < PER_FILE_BREAK);
    for (const [file, score] of low) process.stderr.write(`Mutation score of ${file} is ${score.toFixed(2)} %, under ${PER_FILE_BREAK} %.\n`);
    if (low.length > 0) process.exitCode = 1;
  }
}

export const strykerPlugins = [{ kind: 'Reporter', name: 'per-file-threshold', injectableClass: PerFileThresholdReporter }];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/modules/accounts/accounts.policy.ts',
    'src/modules/marketplace/service-keys.policy.ts',
    'src/modules/marketplace/search-terms.ts',
    'src/platform/access/access.ts',
    'src/modules/*/*.capabilities.ts',
    'src/modules/notifications/notifications.recipients.ts',
    'src/modules/connections/connections.state.ts',
    'src/modules/connections/speed-changes.state.ts',
    'src/modules/network/ports.state.ts',
    'src/modules/partners/approvals.state.ts',
    'src/modules/compliance/checks.policy.ts',
    'src/modules/wholesale/packages.policy.ts',
    'src/modules/wholesale/dialin.ts',
  ],
  // The machine is shared: two workers at most.
  concurrency: 2,
  appendPlugins: [import.meta.url],
  reporters: ['clear-text', 'progress', 'html', 'per-file-threshold'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 95, low: 90, break: 90 },
  coverageAnalysis: 'perTest',
  tempDirName: '.stryker-tmp',
};
