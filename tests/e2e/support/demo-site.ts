/**
 * What the demo site's tests share: `demo-dist/` (npm run build:demo) served by a plain static
 * server, a second one for "another origin", and Debian's Chromium with pages that record
 * what would go wrong (uncaught exceptions, console errors, failed requests) and abort any
 * request that would leave 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { repoRoot } from '../../server/server-process.js';
import { chromiumArgs, chromiumPath } from './harness.js';
import { startStaticServer, type StaticServer } from './static-server.js';

export const demoDist = join(repoRoot, 'demo-dist');

/** Every page of the demo site, as demo-dist/ has them. */
export const demoPages = ['/', '/builder/', '/reference/', '/demo/', '/demo/newsletter.html', '/demo/cdn.html', '/demo/story.html'];

export interface DemoPage {
  page: Page;
  errors: string[];
  consoleErrors: string[];
  /** Answers with a status of 400 or more, and requests that failed. */
  failed: string[];
  /** Requests for anything but 127.0.0.1: aborted, never sent. */
  offMachine: string[];
}

export interface DemoSite {
  /** demo-dist/, `http://127.0.0.1:PORT`. */
  site: StaticServer;
  /** Another origin (another port): a publisher's page. */
  other: StaticServer;
  browser: Browser;
  open(url: string, viewport?: { width: number; height: number }): Promise<DemoPage>;
  stop(): Promise<void>;
}

export async function startDemoSite(): Promise<DemoSite> {
  if (!existsSync(join(demoDist, 'index.html'))) throw new Error('demo-dist/ is missing: run `npm run build:demo` first');
  const profile = await mkdtemp(join(tmpdir(), 'demo-site-chromium-'));
  const site = await startStaticServer(demoDist);
  const other = await startStaticServer(null);
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, userDataDir: profile, args: chromiumArgs, timeout: 60_000 });
  await browser.defaultBrowserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  return {
    site,
    other,
    browser,
    async open(url, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      const opened: DemoPage = { page, errors: [], consoleErrors: [], failed: [], offMachine: [] };
      page.on('pageerror', error => opened.errors.push(error instanceof Error ? error.message : String(error)));
      page.on('console', message => {
        if (message.type() === 'error') opened.consoleErrors.push(message.text());
      });
      page.on('requestfailed', request => {
        if (!opened.offMachine.includes(request.url())) opened.failed.push(`${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', response => {
        if (response.status() >= 400) opened.failed.push(`${response.url()} → ${response.status()}`);
      });
      await page.setRequestInterception(true);
      page.on('request', request => {
        const target = new URL(request.url());
        if (target.protocol === 'data:' || target.hostname === '127.0.0.1') return void request.continue();
        opened.offMachine.push(request.url());
        void request.abort('blockedbyclient');
      });
      await page.setViewport(viewport);
      await page.goto(url, { waitUntil: 'load' });
      return opened;
    },
    async stop() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      await site.close();
      await other.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (shadow roots included): `rule: targets`. */
export async function axeViolations(page: Page, skipRules: string[] = []): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async skip => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const rules = Object.fromEntries(skip.map(rule => [rule, { enabled: false }]));
    const { violations } = await axe.run(document, { resultTypes: ['violations'], rules });
    return violations.map(violation => `${violation.id}: ${JSON.stringify(violation.nodes.map(node => node.target))}`);
  }, skipRules);
}
