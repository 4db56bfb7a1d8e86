// npm test: builds the site (browser tests run against dist/), runs every test (unit and browser)
// with Vitest, and ends with one line "N passed, N failed" totalling them all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = '.cache/test-results.json';
const node = process.execPath;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(node, ['scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed, so no test ran.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('.cache', { recursive: true });
rmSync(resultsFile, { force: true });
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
const vitest = spawnSync(
  node,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...extra],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: Array<{ status: string; assertionResults: unknown[] }> };
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  // A test file that fails to load has no test results but must count as a failure.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  failed = Math.max(failed, 1);
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
