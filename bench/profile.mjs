// Where a bench page's time goes: a CPU profile (self time by function, top 25) and Chromium's
// own counters (script, style recalculation, layout), from start to painted.
//   node bench/profile.mjs [impl=iife|esm|vanilla] [n=100] [mode=property|json] [throttle=1]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';

const options = Object.fromEntries(process.argv.slice(2).map(arg => arg.split('=')));
const { impl = 'iife', n = '100', mode = 'property', throttle = '1' } = options;

const server = spawn(process.execPath, [new URL('./server.mjs', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
const origin = await new Promise(done => server.stdout.on('data', chunk => {
  const match = /listening (\S+)/.exec(String(chunk));
  if (match) done(match[1]);
}));
const profileDir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  userDataDir: profileDir,
  args: ['--headless=new', ...chromiumFlags],
  defaultViewport: { width: 1280, height: 900 },
});
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(throttle) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto('about:blank');
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/page/cards?impl=${impl}&n=${n}&mode=${mode}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.benchResult?.paintedMs !== undefined, { polling: 50, timeout: 120_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  const painted = await page.evaluate(() => window.benchResult.paintedMs);

  const self = new Map();
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(origin, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${impl} n=${n} ${mode} throttle=${throttle}: painted ${painted.toFixed(0)} ms; profile ${total.toFixed(0)} ms`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  const metric = (list, name) => list.find(entry => entry.name === name)?.value ?? 0;
  for (const name of ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration']) {
    console.log(`${name.padEnd(20)} ${((metric(after, name) - metric(before, name)) * 1000).toFixed(1)} ms`);
  }
  for (const name of ['RecalcStyleCount', 'LayoutCount']) console.log(`${name.padEnd(20)} ${metric(after, name) - metric(before, name)}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(profileDir, { recursive: true, force: true });
}
