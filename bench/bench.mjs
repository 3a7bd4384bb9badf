// `npm run bench`: how the built kit (cdn/) compares with a hand-written card
// (bench/vanilla-card.js) and the signup box with Ghost's, in Debian's headless Chromium; then
// Lighthouse on the demo story page (demo/story.html). Writes the tables into BENCHMARKS.md
// (between <!-- bench --> markers) and prints them.
//
//   node bench/bench.mjs [--runs 10] [--only n100,signup] [--no-lighthouse] [--no-write]
//   node bench/bench.mjs --smoke     N = 1, one run of everything, nothing written (npm test)
//
// Method: one browser; one fresh browser context per run; runs interleaved (kit, baseline, kit,
// …) with a short pause between; one warm-up run each, then --runs measured runs each;
// medians with min–max. "Painted": see bench/probe.js. Heap and DOM nodes are read through the
// DevTools protocol after a forced garbage collection. CPU throttling is DevTools' own.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumArgs = ['--headless=new', ...chromiumFlags];
const waitLimitMs = 120_000;
const pauseMs = 150;

/** What is measured; `impls` run interleaved, the last one is the baseline the ratio is to. */
export const scenarios = [
  { id: 'n1', label: 'story property', n: 1, mode: 'property', impls: ['iife', 'vanilla'], target: 1.5 },
  { id: 'n10', label: 'story property', n: 10, mode: 'property', impls: ['iife', 'vanilla'], target: null },
  { id: 'n100', label: 'story property', n: 100, mode: 'property', impls: ['iife', 'esm', 'vanilla'], target: 1.2, heapTarget: 1.5 },
  { id: 'n1000', label: 'story property', n: 1000, mode: 'property', impls: ['iife', 'vanilla'], target: 1.2 },
  { id: 'n100json', label: 'inline JSON', n: 100, mode: 'json', impls: ['iife', 'vanilla'], target: null },
  { id: 'n100x4', label: 'story property, 4× CPU throttling', n: 100, mode: 'property', impls: ['iife', 'vanilla'], throttle: 4, target: 1.2 },
];
const implNames = {
  iife: 'story-widgets (cdn/story-widgets.iife.js)',
  esm: 'story-widgets (cdn/story-card.js, ES module)',
  vanilla: 'vanilla baseline (bench/vanilla-card.js)',
};

// ─── the server ──────────────────────────────────────────────────────────────────────────────

/** Starts bench/server.mjs; resolves with its origin and a stop() that ends it by its PID. */
function startServer() {
  const child = spawn(process.execPath, [join(repoRoot, 'bench/server.mjs'), '--port', '0'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', chunk => {
      out += chunk;
      const match = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) done({ origin: match[1], stop: () => { if (child.exitCode === null) process.kill(child.pid, 'SIGTERM'); } });
    });
    child.on('exit', code => fail(new Error(`bench server exited (${code}) before listening`)));
  });
}

// ─── one run ─────────────────────────────────────────────────────────────────────────────────

const sleep = ms => new Promise(done => setTimeout(done, ms));

/**
 * Opens `url` in a fresh browser context and returns what the page measured (probe.js), the
 * JS heap and DOM nodes after a forced GC, and the bytes the page's subresources took on the wire.
 */
async function measure(browser, url, { throttle = 1, settleMs = 0, viewport } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (viewport) await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    const documentIds = new Set();
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', event => {
      if (event.type === 'Document' && event.request.url === url) documentIds.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', event => {
      if (!documentIds.has(event.requestId)) bytes += event.encodedDataLength;
    });
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: waitLimitMs });
    await page.waitForFunction(() => window.benchResult?.paintedMs !== undefined, { timeout: waitLimitMs, polling: 50 });
    if (settleMs) await sleep(settleMs);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = name => metrics.find(entry => entry.name === name)?.value;
    const result = await page.evaluate(() => ({ ...window.benchResult }));
    return {
      ms: result.paintedMs,
      heapMB: metric('JSHeapUsedSize') / 1024 / 1024,
      nodes: metric('Nodes'),
      layoutShift: result.layoutShift,
      kB: bytes / 1024,
    };
  } finally {
    await context.close();
  }
}

/** Every impl once per round, interleaved; the first `warmup` rounds are thrown away. */
async function interleave(browser, urls, { runs, warmup, throttle, settleMs, viewport, log }) {
  const samples = Object.fromEntries(Object.keys(urls).map(impl => [impl, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [impl, url] of Object.entries(urls)) {
      const sample = await measure(browser, url, { throttle, settleMs, viewport });
      if (round >= warmup) samples[impl].push(sample);
      await sleep(pauseMs);
    }
    log(`  round ${round + 1}/${warmup + runs}${round < warmup ? ' (warm-up)' : ''}: ${Object.entries(samples).map(([impl, list]) => `${impl} ${list.at(-1)?.ms?.toFixed(0) ?? '–'} ms`).join(', ')}`);
  }
  return samples;
}

// ─── statistics ──────────────────────────────────────────────────────────────────────────────

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

function summarize(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([impl, list]) => [
      impl,
      Object.fromEntries(['ms', 'heapMB', 'nodes', 'layoutShift', 'kB'].map(key => [key, stats(list.map(sample => sample[key]))])),
    ]),
  );
}

// ─── Lighthouse ──────────────────────────────────────────────────────────────────────────────

/**
 * Lighthouse (mobile, default throttling) on `url`: scores out of 100, the main metrics and the
 * audits below full score. Launches its own Chromium, or runs in `browser` (a Puppeteer browser
 * the caller keeps: the demo site's test runs every page in one).
 */
export async function runLighthouse(url, log = () => {}, { browser: shared } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const profile = shared ? null : mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const browser = shared ?? (await puppeteer.launch({ executablePath: chromiumPath, userDataDir: profile, args: chromiumArgs }));
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result.lhr;
    const scores = Object.fromEntries(categories.map(id => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)]));
    const failing = Object.values(lhr.audits)
      .filter(audit => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
      .map(audit => `${audit.id} (${audit.displayValue ?? audit.score})`);
    const metrics = {
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    };
    log(`  lighthouse: ${JSON.stringify(scores)}${failing.length ? `; below 1: ${failing.join(', ')}` : ''}`);
    return { scores, metrics, failing, formFactor: lhr.configSettings.formFactor, version: lhr.lighthouseVersion };
  } finally {
    if (!shared) {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}

// ─── the report ──────────────────────────────────────────────────────────────────────────────

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const cell = (s, digits = 0) => `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;
const verdict = (ratio, target, lowerIsBetter = true) =>
  target === null || target === undefined ? '' : (lowerIsBetter ? ratio <= target : ratio >= target) ? '✓' : '✗';

export function report(result) {
  const lines = [];
  const { machine } = result;
  lines.push(
    `Measured ${machine.date} on ${machine.cpu} (${machine.cores} cores, ${machine.memGB} GiB), Node ${machine.node}, ` +
      `${machine.browser} headless; ${result.runs} measured runs per implementation after ${result.warmup} warm-up, interleaved, ` +
      `one fresh browser context each; load average ${machine.loadBefore} before, ${machine.loadAfter} after. ` +
      `Command: \`${result.command}\`.`,
    '',
    '### Cards: script start → painted (ms, median (min–max))',
    '',
    '| Scenario | story-widgets | vanilla baseline | Ratio | Target | Met |',
    '| --- | ---: | ---: | ---: | ---: | :---: |',
  );
  for (const scenario of result.scenarios) {
    const base = scenario.summary.vanilla;
    for (const impl of scenario.impls.filter(impl => impl !== 'vanilla')) {
      const kit = scenario.summary[impl];
      const ratio = kit.ms.median / base.ms.median;
      const target = impl === 'iife' ? scenario.target : null;
      lines.push(
        `| ${scenario.label}${impl === 'esm' ? ' — ES module' : ''} | ${cell(kit.ms)} | ${cell(base.ms)} | ${fixed(ratio, 2)}× | ${target ? `≤ ${target}×` : '–'} | ${verdict(ratio, target)} |`,
      );
    }
  }
  lines.push(
    '',
    '### Cards: JS heap after GC (MB) and DOM nodes (median)',
    '',
    '| Scenario | Heap, story-widgets | Heap, vanilla | Ratio | Target | Met | Nodes, story-widgets | Nodes, vanilla | Ratio |',
    '| --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |',
  );
  for (const scenario of result.scenarios) {
    const base = scenario.summary.vanilla;
    for (const impl of scenario.impls.filter(impl => impl !== 'vanilla')) {
      const kit = scenario.summary[impl];
      const ratio = kit.heapMB.median / base.heapMB.median;
      const target = impl === 'iife' ? scenario.heapTarget : null;
      lines.push(
        `| ${scenario.label}${impl === 'esm' ? ' — ES module' : ''} | ${fixed(kit.heapMB.median, 2)} | ${fixed(base.heapMB.median, 2)} | ${fixed(ratio, 2)}× | ${target ? `≤ ${target}×` : '–'} | ${verdict(ratio, target)} | ${fixed(kit.nodes.median, 0)} | ${fixed(base.nodes.median, 0)} | ${fixed(kit.nodes.median / base.nodes.median, 2)}× |`,
      );
    }
  }
  if (result.shift) {
    const { summary } = result.shift;
    lines.push(
      '',
      '### Layout shift: one card whose script arrives 500 ms late, above the article text (viewport 1280 × 1600)',
      '',
      '| Page | Cumulative layout shift, median (min–max) | Script start → painted (ms) |',
      '| --- | ---: | ---: |',
      `| with the README's reserved-space snippet | ${cell(summary.reserve.layoutShift, 4)} | ${cell(summary.reserve.ms)} |`,
      `| without it | ${cell(summary.none.layoutShift, 4)} | ${cell(summary.none.ms)} |`,
    );
  }
  if (result.signup) {
    const { kit, ghost } = result.signup.summary;
    const fewer = ghost.kB.median / kit.kB.median;
    const sooner = ghost.ms.median / kit.ms.median;
    lines.push(
      '',
      "### Signup box against Ghost's `@tryghost/signup-form` (served locally, brotli)",
      '',
      '| | story-widgets (cdn/newsletter-signup.js) | Ghost signup-form | Ratio | Target | Met |',
      '| --- | ---: | ---: | ---: | ---: | :---: |',
      `| KiB transferred (every request but the page) | ${cell(kit.kB, 1)} | ${cell(ghost.kB, 1)} | ${fixed(fewer, 1)}× fewer | ≥ 10× fewer | ${verdict(fewer, 10, false)} |`,
      `| script start → email field usable (ms) | ${cell(kit.ms)} | ${cell(ghost.ms)} | ${fixed(sooner, 2)}× sooner | sooner | ${verdict(sooner, 1, false)} |`,
    );
  }
  if (result.lighthouse) {
    const { scores, metrics, failing, formFactor, version } = result.lighthouse;
    const all = Object.values(scores).every(score => score === 100);
    lines.push(
      '',
      `### Lighthouse ${version} (${formFactor}, default throttling) on the demo story page (demo/story.html)`,
      '',
      '| Performance | Accessibility | Best practices | SEO | Target | Met |',
      '| ---: | ---: | ---: | ---: | ---: | :---: |',
      `| ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | 100 each | ${all ? '✓' : '✗'} |`,
      '',
      `FCP ${fixed(metrics.fcp, 0)} ms, LCP ${fixed(metrics.lcp, 0)} ms, TBT ${fixed(metrics.tbt, 0)} ms, CLS ${fixed(metrics.cls, 3)}` +
        (failing.length ? `; audits below full score: ${failing.join(', ')}` : '; every scored audit passes') + '.',
    );
  }
  return lines.join('\n');
}

function writeBenchmarks(table) {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const marked = /(<!-- bench -->\n)[\s\S]*?(<!-- \/bench -->)/;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n<!-- bench -->\n<!-- /bench -->\n';
  if (!marked.test(text)) throw new Error('BENCHMARKS.md has no <!-- bench --> … <!-- /bench --> markers');
  writeFileSync(file, text.replace(marked, (_whole, open, close) => `${open}${table}\n${close}`));
}

// ─── the whole bench ─────────────────────────────────────────────────────────────────────────

/**
 * Runs the bench and returns every number it measured. `smoke`: every scenario at N = 1, one
 * run, no warm-up (npm test runs this so the bench cannot rot; it asserts no time).
 */
export async function runBench({ runs = 10, warmup = 1, only, smoke = false, lighthouse = true, write = !smoke, log = console.log, command = 'npm run bench' } = {}) {
  if (!existsSync(join(repoRoot, 'cdn/story-widgets.iife.js'))) throw new Error('cdn/ is missing: run `npm run build` first');
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: run \`npm run test:browsers\` first`);
  if (smoke) {
    runs = 1;
    warmup = 0;
  }
  const picked = scenarios
    .filter(scenario => !only || only.includes(scenario.id))
    .map(scenario => (smoke ? { ...scenario, n: 1 } : scenario))
    .map(scenario => ({ ...scenario, label: `N = ${scenario.n}, ${scenario.label}` }));
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const loadBefore = loadavg()[0].toFixed(2);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    userDataDir: profile,
    args: chromiumArgs,
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const result = {
      runs,
      warmup,
      command,
      machine: {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: cpus().length,
        memGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        browser: (await browser.version()).replace('HeadlessChrome', 'Chromium'),
        loadBefore,
      },
      scenarios: [],
    };
    for (const scenario of picked) {
      log(`${scenario.label}`);
      const urls = Object.fromEntries(
        scenario.impls.map(impl => [impl, `${server.origin}/page/cards?impl=${impl}&n=${scenario.n}&mode=${scenario.mode}`]),
      );
      const samples = await interleave(browser, urls, { runs, warmup, throttle: scenario.throttle ?? 1, log });
      result.scenarios.push({ ...scenario, samples, summary: summarize(samples) });
    }
    if (!only || only.includes('shift')) {
      log('layout shift, late card');
      const urls = { reserve: `${server.origin}/page/shift?reserve=1&ms=500`, none: `${server.origin}/page/shift?reserve=0&ms=500` };
      const samples = await interleave(browser, urls, { runs, warmup, settleMs: 500, viewport: { width: 1280, height: 1600 }, log });
      result.shift = { samples, summary: summarize(samples) };
    }
    if (!only || only.includes('signup')) {
      log('signup box');
      const urls = { kit: `${server.origin}/page/signup?impl=kit`, ghost: `${server.origin}/page/signup?impl=ghost` };
      const samples = await interleave(browser, urls, { runs, warmup, settleMs: 500, log });
      result.signup = { samples, summary: summarize(samples) };
    }
    await browser.close();
    if (lighthouse && (!only || only.includes('lighthouse'))) {
      log('lighthouse');
      result.lighthouse = await runLighthouse(`${server.origin}/demo/story.html`, log);
    }
    result.machine.loadAfter = loadavg()[0].toFixed(2);
    const table = report(result);
    log(`\n${table}`);
    if (write) {
      writeBenchmarks(table);
      log('\nBENCHMARKS.md written');
    }
    return result;
  } finally {
    if (browser.connected) await browser.close();
    server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '1' },
      only: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  await runBench({
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    only: values.only?.split(','),
    smoke: values.smoke,
    lighthouse: !values['no-lighthouse'],
    write: !values['no-write'] && !values.smoke,
    command,
  });
}
