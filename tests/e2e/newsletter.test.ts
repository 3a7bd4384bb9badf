/**
 * `<newsletter-signup>` from the built classic bundle, on a page under a strict CSP with
 * Trusted Types (`pages/signup.html`), against the real endpoint (`server/start.ts`) and its
 * SQLite file: a reader types, presses Enter and reads the answer in the status region, and
 * the row really is (or really is not) in the file the server writes.
 *
 * The shared harness (support/harness.ts) hides its server's data directory, and one test
 * needs a second server with a rate limit of one: this file starts its own servers and
 * browser, and opens each page in a fresh browser context, so no test sees another's
 * `localStorage`. The pages get the harness's treatment: foreign requests aborted, errors,
 * console messages and CSP violations recorded.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { startServer, type ServerProcess } from '../server/server-process.js';
import { assertBundlesBuilt, chromiumArgs, chromiumPath, consoleOf, type PageSession, until } from './support/harness.js';

const pagePath = '/tests/e2e/pages/signup.html';
const subscribePath = '/api/subscribe';
const keptPrefix = 'story-widgets:signup:';
/** As in support/harness.ts: only ever a reason to fail, never measured. */
const waitLimitMs = 30_000;

/** The element's English strings, as the reader reads them. */
const says = {
  subscribed: 'Thanks! You’re subscribed.',
  already: 'You’re already subscribed. Thanks!',
  emailInvalid: 'Enter an email address like name@example.com.',
  queued: 'You’re offline. Your signup is saved and will be sent when you’re back online.',
  rateLimited: (seconds: string) => `Too many attempts. Please try again in ${seconds} seconds.`,
};

interface StoredRow {
  email: string;
  status: string;
  source: string | null;
}

/** The rows for `email` in the server's SQLite file, opened read-only beside the running server. */
function storedRows(dataDir: string, email: string): StoredRow[] {
  const db = new Database(join(dataDir, 'subscribers.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], StoredRow>('SELECT email, status, source FROM subscribers WHERE email = ?').all(email);
  } finally {
    db.close();
  }
}

interface SubscribeExchange {
  method: string;
  /** The HTTP status, once the server answered. */
  status?: number;
  retryAfter?: string | null;
  /** Why no answer came (`net::ERR_INTERNET_DISCONNECTED`), when none did. */
  failure?: string;
}

interface SignupSession extends PageSession {
  /** Every request for the subscribe endpoint, in order, and how it ended. */
  subscribe: SubscribeExchange[];
}

/** What the box shows now: its state, the status region, the email field and its error. */
function shownBox(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('newsletter-signup')!;
    const root = box.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type="email"]')!;
    const describedBy = input.getAttribute('aria-describedby');
    const described = describedBy === null ? null : root.getElementById(describedBy);
    return {
      state: (box as HTMLElement & { state: string }).state,
      status: root.querySelector('[role="status"]')!.textContent!.trim(),
      value: input.value,
      invalid: input.getAttribute('aria-invalid'),
      fieldError: described && !described.closest('[hidden]') ? described.textContent!.trim() : null,
    };
  });
}

/** Events the page's listener recorded, reduced to what a host acts on. */
function recordedEvents(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { signupEvents: { type: string; detail: Record<string, unknown> }[] }).signupEvents.map(
      ({ type, detail }) => ({
        type,
        email: detail['email'],
        ...(type === 'signup-success' ? { status: detail['status'] } : {}),
        ...(type === 'signup-error' ? { reason: detail['reason'], message: detail['message'] } : {}),
      }),
    ),
  );
}

/** Signups kept in `localStorage` for later, by key. */
function keptSignups(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    prefix =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter(key => key.startsWith(prefix))
          .map(key => [key, JSON.parse(localStorage.getItem(key)!) as unknown]),
      ),
    keptPrefix,
  );
}

/**
 * Nothing a host would see go wrong (support/harness.ts's `assertQuietPage`, plus no warning),
 * except the console errors Chromium itself logs for a request that failed or was refused.
 */
async function assertQuiet(session: PageSession, browserConsoleErrors: string[] = []): Promise<void> {
  assert.deepEqual(session.errors.map(error => error.message), [], 'uncaught exceptions');
  assert.deepEqual(consoleOf(session, 'error'), browserConsoleErrors, 'console errors');
  assert.deepEqual(consoleOf(session, 'warn'), [], 'console warnings');
  assert.deepEqual(await session.violations(), [], 'CSP violations');
  assert.deepEqual(session.foreignRequests, [], 'requests for another origin');
}

/**
 * Waits until the page's listener has heard `count` events in all. A box that answered once
 * keeps showing that answer until the next one: a later answer is awaited through its events.
 */
function untilEvents(page: Page, count: number): Promise<void> {
  return poll(`${count} signup events`, () =>
    page.evaluate(n => (window as unknown as { signupEvents: unknown[] }).signupEvents.length >= n, count),
  );
}

/** Waits until the box has answered its first submission (any state but idle and submitting). */
function untilAnswered(page: Page): Promise<string> {
  return until(page, 'the box answers', () => {
    const state = (document.querySelector('newsletter-signup') as (HTMLElement & { state?: string }) | null)?.state;
    return state && state !== 'idle' && state !== 'submitting' ? state : '';
  });
}

/**
 * Waits until `count` requests for the endpoint have ended, answered or failed: DevTools
 * reports them on its own channel, which may trail what the page already shows.
 */
async function untilRequestsEnd(session: SignupSession, count: number): Promise<SubscribeExchange[]> {
  await poll(`${count} subscribe requests ending`, async () =>
    session.subscribe.length >= count &&
    session.subscribe.every(exchange => exchange.status !== undefined || exchange.failure !== undefined),
  );
  return session.subscribe;
}

/** Checks until `check` says yes (support/harness.ts's `until`, for checks that need arguments or run in Node). */
async function poll(what: string, check: () => Promise<boolean>): Promise<void> {
  const giveUpAt = Date.now() + waitLimitMs;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** Waits until the box has rendered its email field. */
function untilRendered(page: Page): Promise<boolean> {
  return until(page, '<newsletter-signup> renders its email field', () =>
    !!document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('input[type="email"]'),
  );
}

/**
 * Waits until the box has looked for a kept signup on this page view: it takes it out under a
 * Web Lock of this name, so once the page gets the lock too, the box's look is over.
 */
async function untilKeptSignupsChecked(page: Page, lockName: string): Promise<void> {
  await page.evaluate(async name => {
    await (document.querySelector('newsletter-signup') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await navigator.locks.request(name, () => {});
    await new Promise(resolve => setTimeout(resolve));
  }, lockName);
}

/** Types `email` into the box's email field (replacing what is there) and presses Enter in it. */
async function typeAndSubmit(page: Page, email: string): Promise<void> {
  const input = await page.$('newsletter-signup >>> input[type="email"]');
  assert.ok(input, 'the box renders an email field');
  await input.click({ count: 3 }); // selects what is there, so typing replaces it
  await page.keyboard.press('Backspace');
  await input.type(email);
  await page.keyboard.press('Enter');
  await input.dispose();
}

describe('<newsletter-signup> from the built bundle against the real endpoint', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  let browser: Browser;

  /** Starts a server on its own temporary data directory; stopped (and the directory removed) in `after`. */
  async function serverWith(env: Record<string, string> = {}): Promise<{ server: ServerProcess; dataDir: string }> {
    const dataDir = await mkdtemp(join(tmpdir(), 'e2e-signup-data-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await startServer({ dataDir, env });
    cleanups.push(() => server.stop());
    return { server, dataDir };
  }

  /** Opens the signup page from `origin` in a fresh browser context (its own storage). */
  async function openSignupPage(origin: string): Promise<SignupSession> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const session: SignupSession = {
      page,
      errors: [],
      console: [],
      requests: [],
      foreignRequests: [],
      subscribe: [],
      violations: () => page.evaluate(() => (window as unknown as { __e2eViolations: [] }).__e2eViolations.slice()),
      // This page holds no requests back (see harness.ts `hold`): nothing to let go.
      release: () => {},
      close: () => context.close(),
    };
    page.on('pageerror', error => session.errors.push(error instanceof Error ? error : new Error(String(error))));
    page.on('console', message => session.console.push({ type: message.type(), text: message.text() }));
    const exchanges = new Map<HTTPRequest, SubscribeExchange>();
    page.on('request', request => {
      const url = request.url();
      session.requests.push(url);
      if (url === `${origin}${subscribePath}`) {
        const exchange: SubscribeExchange = { method: request.method() };
        exchanges.set(request, exchange);
        session.subscribe.push(exchange);
      }
      if (url === `${origin}/favicon.ico`) {
        void request.respond({ status: 204 }); // the browser's own request; the repository has none
      } else if (url.startsWith('data:') || new URL(url).origin === origin) {
        void request.continue();
      } else {
        session.foreignRequests.push(url);
        void request.abort('blockedbyclient');
      }
    });
    page.on('response', response => {
      const exchange = exchanges.get(response.request());
      if (exchange) {
        exchange.status = response.status();
        exchange.retryAfter = response.headers()['retry-after'] ?? null;
      }
    });
    page.on('requestfailed', request => {
      const exchange = exchanges.get(request);
      if (exchange) exchange.failure = request.failure()?.errorText ?? 'failed';
    });
    await page.setRequestInterception(true);
    await page.evaluateOnNewDocument(() => {
      const seen: { directive: string; blockedURI: string; sample: string }[] = [];
      Object.defineProperty(window, '__e2eViolations', { value: seen });
      window.addEventListener(
        'securitypolicyviolation',
        event => seen.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample }),
        true,
      );
    });
    await page.goto(origin + pagePath, { waitUntil: 'load' });
    await untilRendered(page);
    return session;
  }

  let main: { server: ServerProcess; dataDir: string };

  before(async () => {
    assertBundlesBuilt();
    const profileDir = await mkdtemp(join(tmpdir(), 'e2e-signup-chromium-'));
    cleanups.push(() => rm(profileDir, { recursive: true, force: true }));
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      userDataDir: profileDir,
      args: chromiumArgs,
      timeout: 60_000,
    });
    cleanups.push(() => browser.close().catch(() => browser.process()?.kill('SIGKILL')));
    main = await serverWith();
  });

  after(async () => {
    // Last started, first stopped; every step runs even when an earlier one failed.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  });

  it('subscribes a reader who types an email and presses Enter; the same email again is "already", one row', async () => {
    const session = await openSignupPage(main.server.origin);
    try {
      const { page } = session;
      await typeAndSubmit(page, 'Ann.Reader@Example.COM');
      assert.equal(await untilAnswered(page), 'subscribed');
      assert.deepEqual(await shownBox(page), {
        state: 'subscribed',
        status: says.subscribed,
        value: 'Ann.Reader@Example.COM',
        invalid: 'false',
        fieldError: null,
      });
      // The domain is lowercased, the local part kept as typed (README, "Request").
      const stored = 'Ann.Reader@example.com';
      assert.deepEqual(storedRows(main.dataDir, stored), [
        { email: stored, status: 'subscribed', source: main.server.origin + pagePath },
      ]);

      await typeAndSubmit(page, 'Ann.Reader@Example.COM');
      await untilEvents(page, 4); // submit and success, twice
      assert.equal((await shownBox(page)).state, 'already');
      assert.equal((await shownBox(page)).status, says.already);
      assert.equal(storedRows(main.dataDir, stored).length, 1, 'still exactly one row');

      assert.deepEqual(await recordedEvents(page), [
        { type: 'signup-submit', email: stored },
        { type: 'signup-success', email: stored, status: 'subscribed' },
        { type: 'signup-submit', email: stored },
        { type: 'signup-success', email: stored, status: 'already' },
      ]);
      assert.deepEqual(await untilRequestsEnd(session, 2), [
        { method: 'POST', status: 201, retryAfter: null },
        { method: 'POST', status: 200, retryAfter: null },
      ]);
      await assertQuiet(session);
    } finally {
      await session.close();
    }
  });

  it('ties an inline error to a malformed email, sends nothing and keeps what was typed', async () => {
    const session = await openSignupPage(main.server.origin);
    try {
      const { page } = session;
      await typeAndSubmit(page, 'ann@example');
      assert.equal(await untilAnswered(page), 'error');
      assert.deepEqual(await shownBox(page), {
        state: 'error',
        status: says.emailInvalid,
        value: 'ann@example',
        invalid: 'true',
        fieldError: says.emailInvalid,
      });
      assert.deepEqual(await recordedEvents(page), [
        { type: 'signup-error', email: 'ann@example', reason: 'invalid', message: says.emailInvalid },
      ]);
      // Validation is synchronous: the box said "error" without ever being "submitting".
      assert.deepEqual(session.subscribe, []);
      await assertQuiet(session);
    } finally {
      await session.close();
    }
  });

  it('keeps a signup made offline and sends it exactly once when the browser is back online', async () => {
    const session = await openSignupPage(main.server.origin);
    try {
      const { page } = session;
      const email = 'offline.reader@example.com';
      await page.setOfflineMode(true);
      await typeAndSubmit(page, email);
      assert.equal(await untilAnswered(page), 'error');
      assert.deepEqual(await shownBox(page), {
        state: 'error',
        status: says.queued,
        value: email,
        invalid: 'false',
        fieldError: null,
      });
      const kept = await keptSignups(page);
      const { savedAt, ...signup } = kept[`${keptPrefix}endpoint ${main.server.origin}${subscribePath}`] as Record<string, unknown>;
      assert.equal(Object.keys(kept).length, 1);
      assert.deepEqual(signup, { email, source: main.server.origin + pagePath, tags: [] });
      assert.ok(typeof savedAt === 'number' && Math.abs(Date.now() - savedAt) < waitLimitMs, 'kept with the time it was kept');
      assert.deepEqual(storedRows(main.dataDir, email), []);
      assert.deepEqual(
        await untilRequestsEnd(session, 1),
        [{ method: 'POST', failure: 'net::ERR_INTERNET_DISCONNECTED' }],
        'nothing reached the server',
      );

      await page.evaluate(() => {
        addEventListener('online', () => ((window as unknown as { sawOnline: boolean }).sawOnline = true), { once: true });
      });
      await page.setOfflineMode(false);
      await until(page, "the browser's online event", () => (window as unknown as { sawOnline?: boolean }).sawOnline);
      await untilEvents(page, 3); // submit, error (kept), then the kept signup's success
      assert.equal((await shownBox(page)).state, 'subscribed');
      assert.equal((await shownBox(page)).status, says.subscribed);
      assert.deepEqual(await keptSignups(page), {});
      assert.deepEqual(storedRows(main.dataDir, email).map(row => row.email), [email]);
      assert.deepEqual(await recordedEvents(page), [
        { type: 'signup-submit', email },
        { type: 'signup-error', email, reason: 'network', message: says.queued },
        { type: 'signup-success', email, status: 'subscribed' },
      ]);
      const sent = [
        { method: 'POST', failure: 'net::ERR_INTERNET_DISCONNECTED' },
        { method: 'POST', status: 201, retryAfter: null },
      ];
      assert.deepEqual(await untilRequestsEnd(session, 2), sent, 'exactly one POST reached the server');

      // A new page view sends what is kept: nothing is, so nothing goes.
      await page.reload({ waitUntil: 'load' });
      await untilRendered(page);
      await untilKeptSignupsChecked(page, `${keptPrefix}endpoint ${main.server.origin}${subscribePath}`);
      assert.equal((await shownBox(page)).state, 'idle');
      assert.deepEqual(session.subscribe, sent, 'the reload sent nothing');
      assert.equal(storedRows(main.dataDir, email).length, 1);
      await assertQuiet(session, ['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    } finally {
      await session.close();
    }
  });

  it("shows the endpoint's 429 with the wait from Retry-After and keeps the email", async () => {
    // One request an hour: the window cannot run out while a slow machine opens the page.
    const limited = await serverWith({ RATE_LIMIT_MAX: '1', RATE_LIMIT_WINDOW_MS: '3600000' });
    // Another signup from this address (127.0.0.1) uses up the one request allowed.
    const first = await fetch(limited.server.origin + subscribePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.com' }),
    });
    assert.equal(first.status, 201);
    const session = await openSignupPage(limited.server.origin);
    try {
      const { page } = session;
      const email = 'limited.reader@example.com';
      await typeAndSubmit(page, email);
      assert.equal(await untilAnswered(page), 'error');
      const [exchange] = await untilRequestsEnd(session, 1);
      assert.match(exchange?.retryAfter ?? '', /^[1-9]\d*$/, 'the 429 carries Retry-After in seconds');
      assert.deepEqual(session.subscribe, [{ method: 'POST', status: 429, retryAfter: exchange!.retryAfter }]);
      const message = says.rateLimited(exchange!.retryAfter!);
      assert.deepEqual(await shownBox(page), { state: 'error', status: message, value: email, invalid: 'false', fieldError: null });
      assert.deepEqual(await recordedEvents(page), [
        { type: 'signup-submit', email },
        { type: 'signup-error', email, reason: 'rate-limited', message },
      ]);
      assert.deepEqual(storedRows(limited.dataDir, email), []);
      await assertQuiet(session, ['Failed to load resource: the server responded with a status of 429 (Too Many Requests)']);
    } finally {
      await session.close();
    }
  });

  it('shows a filled honeypot success but sends nothing, fires nothing and stores nothing', async () => {
    const session = await openSignupPage(main.server.origin);
    try {
      const { page } = session;
      const email = 'bot@example.com';
      await page.evaluate(() => {
        const trap = document.querySelector('newsletter-signup')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="sw-hp"]')!;
        trap.value = 'https://spam.example/';
      });
      await typeAndSubmit(page, email);
      assert.equal(await untilAnswered(page), 'subscribed');
      assert.equal((await shownBox(page)).status, says.subscribed);
      // The box answers a caught submission synchronously: no request can follow.
      assert.deepEqual(session.subscribe, []);
      assert.deepEqual(await recordedEvents(page), []);
      assert.deepEqual(storedRows(main.dataDir, email), []);
      await assertQuiet(session);
    } finally {
      await session.close();
    }
  });
});
