// `npm run screenshot`: the partner page (demo-dist/, built first by the prescreenshot step) in
// Debian's headless Chromium, light and dark, for the top of the README:
//   demo/screenshots/partner-light.png, demo/screenshots/partner-dark.png
// Served from 127.0.0.1 by the same plain static server the tests use; nothing leaves the machine.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/harness.js';
import { startStaticServer } from '../tests/e2e/support/static-server.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'demo', 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer(join(repoRoot, 'demo-dist'));
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/`, { waitUntil: 'networkidle0' });
  const rendered = () =>
    Boolean(document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="headline"]')) &&
    Boolean(document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('[part~="button"]'));
  await page.waitForFunction(rendered, { timeout: 30_000 });
  await page.screenshot({ path: join(outDir, 'partner-light.png') });
  await page.click('#theme-toggle');
  // Two frames: the elements restyle on the next one.
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(outDir, 'partner-dark.png') });
  console.log(`screenshot: ${join('demo', 'screenshots')}/partner-light.png and partner-dark.png`);
} finally {
  await browser.close();
  await server.close();
}
