#!/usr/bin/env node
// `npm test`: unit tests (parallel), then integration tests against a throwaway PostgreSQL database (in band),
// then the browser end-to-end journeys against the H5 build in Debian chromium.
// Extra arguments are passed to jest (e.g. `npm test -- -t home`). Ends with one "N passed, N failed" line.
// Builds H5 first when it is missing or older than its sources.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extra = process.argv.slice(2);
const only = process.env.TEST_PROJECTS ? process.env.TEST_PROJECTS.split(',') : ['unit', 'integration', 'e2e'];

// A hung project (an open handle, a stuck browser) must fail CI, not hold it for 90 minutes.
const PROJECT_TIMEOUT_MS = Number(process.env.TEST_PROJECT_TIMEOUT_MS || 20 * 60 * 1000);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', timeout: PROJECT_TIMEOUT_MS, killSignal: 'SIGKILL', ...opts });
  if (r.error && r.error.code === 'ETIMEDOUT') console.error(`\n[test] ${args.join(' ')} did not finish within ${PROJECT_TIMEOUT_MS / 60000} minutes: killed`);
  return r.status ?? 1;
}

if (only.includes('e2e') && !require('./ensure-h5.cjs').ensureH5({ label: 'test' })) {
  console.error('[test] the H5 build failed: the browser tests cannot run');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRun = false;
for (const project of only) {
  const out = path.join(os.tmpdir(), `onetrip-jest-${project}-${process.pid}.json`);
  const args = [jestBin, '--selectProjects', project, '--json', '--outputFile', out, ...(project === 'unit' ? [] : ['--runInBand']), ...extra];
  console.log(`\n[test] ${project}`);
  const status = run(process.execPath, args);
  let counted = false;
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
    totals.skipped += r.numPendingTests + r.numTodoTests;
    counted = true;
    fs.rmSync(out, { force: true });
  }
  if (status !== 0) {
    failedRun = true;
    if (!counted) totals.failed += 1;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRun || totals.failed > 0 ? 1 : 0);
