/**
 * What every end-to-end test needs: the real server (`server/start.ts --static`, serving its
 * allowlist plus the test pages, so pages load the built bundles) and Debian's Chromium, both started
 * once per test file and stopped in `after`; and pages that record what a host would see go
 * wrong — uncaught exceptions, console errors and warnings, CSP violations — and every
 * request they make. A request for another origin is aborted before it leaves the machine.
 *
 * Functions passed to `page.evaluate` must not define named functions inside: tsx (esbuild's
 * keepNames) wraps those in a `__name(…)` call that exists in Node, not in the page.
 *
 * Puppeteer's `waitForFunction` and custom selectors build functions with `new Function`
 * inside the page, which a strict CSP (and Trusted Types) rightly blocks: waiting here polls
 * with `page.evaluate` instead, which DevTools runs outside the page's CSP.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { repoRoot, startServer, type ServerProcess } from '../../server/server-process.js';
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.mjs';

/** Debian's Chromium, with what a closed network and running as root need (scripts/chromium.mjs). */
export { chromiumPath };
export const chromiumArgs = ['--headless=new', ...chromiumFlags];

/** A slow, shared 2-core machine: generous, and only ever a reason to fail, never measured. */
const waitLimitMs = 30_000;

export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

export interface ConsoleEntry {
  type: string;
  text: string;
}

export interface PageSession {
  page: Page;
  /** Uncaught exceptions and unhandled rejections (`pageerror`). */
  errors: Error[];
  /** Every console message, in order. */
  console: ConsoleEntry[];
  /** Every request's URL, in order, including the aborted ones. */
  requests: string[];
  /** Requests for another origin than the server's: aborted, never sent. */
  foreignRequests: string[];
  /** `securitypolicyviolation` events seen since the document started. */
  violations(): Promise<Violation[]>;
  /** Sends the requests `hold` kept back (see OpenOptions); later ones are held again. */
  release(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The page's size, set before it loads (Puppeteer's default is 800×600). */
  viewport?: { width: number; height: number };
  /**
   * Requests (for this origin) to keep back, unanswered, until `session.release()`: a slow
   * server, without a clock. A held request the page cancels meanwhile is never sent.
   */
  hold?: (url: string) => boolean;
}

export interface Harness {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Opens `path` (on the server) in a new page and waits for its `load` event. */
  open(path: string, options?: OpenOptions): Promise<PageSession>;
  stop(): Promise<void>;
}

/** Fails early, with the fix, when the bundles have not been built. */
export function assertBundlesBuilt(): void {
  for (const file of ['cdn/story-widgets.iife.js', 'cdn/story-widgets.js', 'dist/story-widgets.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
}

// Runs in every page before its own scripts (DevTools injects it; the page's CSP does not apply).
function recordViolations(): void {
  const seen: Array<{ directive: string; blockedURI: string; sample: string }> = [];
  Object.defineProperty(window, '__e2eViolations', { value: seen });
  window.addEventListener(
    'securitypolicyviolation',
    event => seen.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample }),
    true,
  );
}

export interface HarnessOptions {
  /** More folders the server shows, `{ '/prefix/': folder }`: a test's own built files. */
  serve?: Record<string, string>;
}

export async function startHarness({ serve }: HarnessOptions = {}): Promise<Harness> {
  assertBundlesBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'e2e-data-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  const stop = async () => {
    // Each step runs even when an earlier one failed: nothing may outlive the test file.
    await browser?.close().catch(() => browser?.process()?.kill('SIGKILL'));
    await server?.stop().catch(() => {});
    await rm(profileDir, { recursive: true, force: true }).catch(() => {});
    await rm(dataDir, { recursive: true, force: true }).catch(() => {});
  };

  try {
    server = await startServer({ dataDir, serve });
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      userDataDir: profileDir,
      args: chromiumArgs,
      timeout: 60_000,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const { origin } = server;
  const openBrowser = browser;

  return {
    origin,
    stop,
    async open(path, { viewport, hold }: OpenOptions = {}) {
      const page = await openBrowser.newPage();
      const held: HTTPRequest[] = [];
      const session: PageSession = {
        page,
        errors: [],
        console: [],
        requests: [],
        foreignRequests: [],
        violations: () =>
          page.evaluate(() => (window as unknown as { __e2eViolations: Violation[] }).__e2eViolations.slice()),
        release: () => {
          // One the page cancelled meanwhile cannot be continued: nothing to send.
          for (const request of held.splice(0)) request.continue().catch(() => {});
        },
        close: () => page.close(),
      };
      page.on('pageerror', error => session.errors.push(error instanceof Error ? error : new Error(String(error))));
      page.on('console', message => session.console.push({ type: message.type(), text: message.text() }));
      await page.setRequestInterception(true);
      page.on('request', request => {
        const url = request.url();
        session.requests.push(url);
        if (url === `${origin}/favicon.ico`) {
          // The browser asks for it on its own and the repository has none: a 404 here would
          // be a console error that no page caused.
          void request.respond({ status: 204 });
        } else if (url.startsWith('data:') || new URL(url).origin === origin) {
          if (hold?.(url)) held.push(request);
          else void request.continue();
        } else {
          session.foreignRequests.push(url);
          void request.abort('blockedbyclient');
        }
      });
      await page.evaluateOnNewDocument(recordViolations);
      if (viewport) await page.setViewport(viewport);
      await page.goto(origin + path, { waitUntil: 'load' });
      return session;
    },
  };
}

/** Polls `condition` in the page until it returns something truthy; fails with `what` when it never does. */
export async function until<T>(page: Page, what: string, condition: () => T): Promise<T> {
  const giveUpAt = Date.now() + waitLimitMs;
  for (;;) {
    const value = await page.evaluate(condition);
    if (value) return value as T;
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/**
 * Waits until every `<story-card>` on the page shows a story (its headline is rendered),
 * scrolling to the first one still waiting as a reader would: a card far below the fold
 * fetches its `src` only when the reader comes near.
 */
export function untilCardsRender(page: Page): Promise<boolean> {
  return until(page, 'every <story-card> renders its headline', () => {
    const cards = [...document.querySelectorAll('story-card')];
    const waiting = cards.find(card => !card.shadowRoot?.querySelector('[part~="headline"]'));
    waiting?.scrollIntoView();
    return cards.length > 0 && !waiting;
  });
}

/** Console messages of one type (`error`, `warn`, …). */
export function consoleOf(session: PageSession, type: string): string[] {
  return session.console.filter(entry => entry.type === type).map(entry => entry.text);
}

export interface Focused {
  /** Tag names from the document down to the focused element, through shadow roots: `story-card > button`. */
  path: string;
  /** Its text, whitespace collapsed. */
  text: string;
}

/** The element that has focus, looking inside shadow roots (`document.activeElement` stops at the host). */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    if (!element || element === document.body) return null;
    const tags = [element.localName];
    while (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
      tags.push(element.localName);
    }
    return { path: tags.join(' > '), text: element!.textContent!.replace(/\s+/g, ' ').trim() };
  });
}

/** Presses Tab until `text` has focus; returns everything focused on the way, `text` last. */
export async function tabTo(page: Page, text: string, maxPresses = 30): Promise<Focused[]> {
  const visited: Focused[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now) visited.push(now);
    if (now?.text === text) return visited;
  }
  throw new Error(`Tab never reached "${text}"; it visited ${JSON.stringify(visited.map(item => item.text))}`);
}

/**
 * Nothing a host would see go wrong: no uncaught exception, no console error, no CSP
 * violation, no request for another origin. (Warnings are each test's own business.)
 */
export async function assertQuietPage(session: PageSession): Promise<void> {
  assert.deepEqual(session.errors.map(error => error.message), [], 'uncaught exceptions');
  assert.deepEqual(consoleOf(session, 'error'), [], 'console errors');
  assert.deepEqual(await session.violations(), [], 'CSP violations');
  assert.deepEqual(session.foreignRequests, [], 'requests for another origin');
}
