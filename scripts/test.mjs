// `npm test`: every test, in the order a fresh machine needs them, ending in one line
// "N passed, N failed" summed over all suites (CI reads that last line).
//   1. the Debian browsers, installed when missing
//   2. type check (browser code and Node code), lint, build dist/ and cdn/ and the demo site
//      (demo-dist/), check the typings for hosts, regenerate the API docs
//   3. element tests in Chromium, Firefox and WebKit (Web Test Runner)
//   4. Node tests: the subscribe endpoint, end-to-end tests of the built bundles and of the
//      demo site (demo-dist/ on a static server: axe, the builder's round trip, the reference,
//      Lighthouse), and one smoke run of the benchmark (tests/e2e/bench-smoke.test.ts: N = 1,
//      one run, no time asserted)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0 };

/** Runs a command with inherited output; returns its exit status. */
function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, command, args, env) {
  if (run(label, command, args, env) === 0) totals.passed++;
  else {
    totals.failed++;
    console.log(`✗ ${label} failed`);
  }
}

const node = process.execPath;
const bin = name => join('node_modules', '.bin', name);

check('browsers', node, ['scripts/ensure-browsers.mjs']);
check('types (browser)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('types (node)', bin('tsc'), ['--noEmit', '-p', 'server/tsconfig.json']);
check('lint (eslint: Lit templates, accessibility, custom elements)', bin('eslint'), ['--max-warnings', '0', 'src']);
check('lint (lit-analyzer: template bindings against element types)', node, ['scripts/lit-analyzer.mjs', 'src', '--maxWarnings=0']);
check('build (dist/ and cdn/)', node, ['--import', 'tsx', 'scripts/build.mjs']);
check('build the demo site (demo-dist/)', node, ['--import', 'tsx', 'scripts/build-demo.ts']);
check('types for hosts (TypeScript, React, Preact, Vue)', node, ['scripts/check-types.mjs']);
check('api docs', node, ['--import', 'tsx', 'scripts/analyze.mjs', '--check']);
check('story schema', node, ['--import', 'tsx', 'scripts/write-schema.ts', '--check']);

// Web Test Runner prints its own "N passed, N failed" last line; read it back from a log.
{
  const log = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'out.log');
  const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
  console.log(`\n── element tests (${browsers})`);
  const result = spawnSync(
    'bash',
    ['-o', 'pipefail', '-c', `xvfb-run -a ${bin('wtr')} 2>&1 | tee ${JSON.stringify(log)}`],
    { stdio: 'inherit', env: { ...process.env, BROWSERS: browsers } },
  );
  const last = readFileSync(log, 'utf8').trim().split('\n').findLast(l => /^\d+ passed, \d+ failed/.test(l));
  if (last) {
    const [, passed, failed] = /^(\d+) passed, (\d+) failed/.exec(last);
    totals.passed += Number(passed);
    totals.failed += Number(failed);
    if (result.status !== 0 && Number(failed) === 0) totals.failed++;
  } else {
    totals.failed++;
    console.log('✗ element tests printed no summary');
  }
}

// Node's test runner: spec output to the console, TAP to a file for the counts.
// Node 20 neither expands globs nor finds `.ts` tests in a directory: list the files.
{
  const testFiles = ['tests/node', 'tests/server', 'tests/e2e'].flatMap(dir =>
    existsSync(dir)
      ? readdirSync(dir).filter(name => name.endsWith('.test.ts')).sort().map(name => join(dir, name))
      : [],
  );
  const tap = join(mkdtempSync(join(tmpdir(), 'node-test-')), 'out.tap');
  const status = run('node tests', node, [
    '--import', 'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...testFiles,
  ]);
  const text = readFileSync(tap, 'utf8');
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (status !== 0 && fail === 0 ? 1 : 0);
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
