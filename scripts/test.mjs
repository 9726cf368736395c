#!/usr/bin/env node
// `npm test`: every check and test NetStudio has, in one run, closing with the line CI
// counts: `N passed, N failed`. Steps: typecheck (three runtimes), lint, unit and
// integration tests (vitest), end-to-end tests of the web studio (Playwright + Chromium).
// `npm test -- --quick` runs vitest only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const out = mkdtempSync(join(tmpdir(), 'netstudio-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`── ${label}: ${r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`} in ${seconds} s`);
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

if (!quick) {
  check('typecheck core', 'npx', ['tsc', '-p', 'src/core/tsconfig.json']);
  check('typecheck node', 'npx', ['tsc', '-p', 'tsconfig.node.json']);
  check('typecheck web', 'npx', ['tsc', '-p', 'tsconfig.web.json']);
  check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
}

const vitestJson = join(out, 'vitest.json');
const vitestOk = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests) failures.push(`${r.numFailedTests} vitest test(s)`);
  if (!vitestOk && r.numFailedTests === 0) {
    failed++;
    failures.push('vitest exited with an error outside any test');
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

const hasE2e = existsSync(join(root, 'e2e')) && readdirSync(join(root, 'e2e')).some((f) => f.endsWith('.spec.ts'));
if (!quick && hasE2e) {
  const pwJson = join(out, 'playwright.json');
  const pwOk = run('e2e (Playwright, Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    if (s.unexpected) failures.push(`${s.unexpected} e2e test(s)`);
    if (!pwOk && s.unexpected === 0) {
      failed++;
      failures.push('Playwright exited with an error outside any test');
    }
  } else {
    failed++;
    failures.push('Playwright produced no report');
  }
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
