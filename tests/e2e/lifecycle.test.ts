/**
 * The built CDN files in a single-page app: `<story-card src>`, `<quoted-reply>` and
 * `<newsletter-signup>` go into the page and out again 100 times (tests/e2e/pages/lifecycle.js)
 * — removed in the same task, after a frame, and with the card's request under way — and then
 * one group is kept. What the page must show afterwards: nothing went wrong, the kept card
 * asked for its story once, no removed card rendered a story or kept listening, and the
 * memory the removed elements used is given back.
 *
 * "Under way" is made without a clock: the harness holds those requests (`hold`), so the page
 * removes the card while its request is certainly pending, and the request never answers.
 * Memory is read through DevTools after a forced garbage collection: the JS heap's used size,
 * and how many instances of each element class still exist (`queryObjects`), which names
 * exactly what leaked when the heap grows. Listeners on `window` come from
 * `DOMDebugger.getEventListeners`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CDPSession, Page } from 'puppeteer-core';
import { assertQuietPage, startHarness, until, type Harness, type PageSession } from './support/harness.js';
import { seedStory } from './support/seed-story.js';

const cycles = 100;
const manners = ['at once', 'after a frame', 'mid-fetch'] as const;
type Manner = (typeof manners)[number];
const tags = ['story-card', 'quoted-reply', 'newsletter-signup'] as const;
/** How much more the JS heap may hold after the cycles than after one warm-up card. */
const heapAllowance = 5 * 1024 * 1024;

/** The page's JS heap in use, after two forced garbage collections. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** How many listeners for `type` are on `window`. */
async function windowListeners(cdp: CDPSession, type: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.filter(listener => listener.type === type).length;
}

/** How many instances of each element's class the page's heap still holds. */
async function liveInstances(page: Page): Promise<Record<(typeof tags)[number], number>> {
  const counts = {} as Record<(typeof tags)[number], number>;
  for (const tag of tags) {
    const prototype = await page.evaluateHandle(name => customElements.get(name)!.prototype, tag);
    const instances = await page.queryObjects(prototype);
    counts[tag] = await page.evaluate(list => list.length, instances);
    await instances.dispose();
    await prototype.dispose();
  }
  return counts;
}

/** The headline a group's card shows, or null. */
function headlineOf(page: Page, index: number): Promise<string | null> {
  return page.evaluate(
    i => document.querySelectorAll('story-card')[i]?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim() ?? null,
    index,
  );
}

/** Resolves once `url` has been requested (it may be held, unanswered). */
async function untilRequested(session: PageSession, url: string): Promise<void> {
  const giveUpAt = Date.now() + 30_000;
  while (!session.requests.includes(url)) {
    if (Date.now() > giveUpAt) throw new Error(`the page never asked for ${url}`);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

function whenDefined(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    Promise.all(['story-card', 'quoted-reply', 'newsletter-signup'].map(tag => customElements.whenDefined(tag))),
  );
}

interface Run {
  session: PageSession;
  onlineListeners: { before: number; oneGroup: number; afterCycles: number };
  heap: { afterWarmUp: number; afterCycles: number };
  instances: Record<(typeof tags)[number], number>;
  /** Requests that got an answer / that failed (cancelled), by URL. */
  finished: string[];
  failed: string[];
  events: Record<'story-load' | 'story-error', Partial<Record<Manner | 'warm-up' | 'kept', number>>>;
  urls: Record<Manner, string[]>;
  kept: string;
}

/** Warm-up group, 100 cycles, one kept group: everything the assertions read. */
async function runCycles(harness: Harness, pagePath: string): Promise<Run> {
  const url = (query: string) => `${harness.origin}/demo/story.json?${query}`;
  const session = await harness.open(pagePath, { hold: requested => requested.includes('?mid-fetch=') });
  const { page } = session;
  const finished: string[] = [];
  const failed: string[] = [];
  page.on('requestfinished', request => finished.push(request.url()));
  page.on('requestfailed', request => failed.push(request.url()));
  await whenDefined(page);
  const cdp = await page.createCDPSession();

  const before = await windowListeners(cdp, 'online');
  await page.evaluate(src => window.lifecycle.insert('warm-up', src, 'warm-up'), url('warm-up'));
  await until(page, 'the warm-up card renders', () => !!document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="headline"]'));
  const oneGroup = await windowListeners(cdp, 'online');
  await page.evaluate(() => window.lifecycle.remove('warm-up'));
  const afterWarmUp = await heapAfterGc(cdp);

  const urls: Record<Manner, string[]> = { 'at once': [], 'after a frame': [], 'mid-fetch': [] };
  for (let i = 0; i < cycles; i++) {
    const manner = manners[i % manners.length]!;
    const name = `cycle-${i}`;
    if (manner === 'at once') {
      const src = url(`at-once=${i}`);
      urls[manner].push(src);
      await page.evaluate((n, s) => window.lifecycle.atOnce(n, s), name, src);
    } else if (manner === 'after a frame') {
      const src = url(`after-a-frame=${i}`);
      urls[manner].push(src);
      await page.evaluate((n, s) => window.lifecycle.afterFrame(n, s), name, src);
    } else {
      const src = url(`mid-fetch=${i}`);
      urls[manner].push(src);
      await page.evaluate((n, s) => window.lifecycle.insert(n, s, 'mid-fetch'), name, src);
      await untilRequested(session, src);
      await page.evaluate(n => window.lifecycle.remove(n), name);
    }
  }

  const kept = url('kept');
  await page.evaluate(src => window.lifecycle.insert('kept', src, 'kept'), kept);
  await until(page, 'the kept card renders', () => !!document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="headline"]'));
  // Two more frames and a round trip: time for a duplicate request or a late event to show.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const afterCycles = await heapAfterGc(cdp);
  const instances = await liveInstances(page);
  const onlineAfter = await windowListeners(cdp, 'online');
  const events = await page.evaluate(() => window.lifecycle.events);
  await cdp.detach();
  return {
    session,
    onlineListeners: { before, oneGroup, afterCycles: onlineAfter },
    heap: { afterWarmUp, afterCycles },
    instances,
    finished,
    failed,
    events,
    urls,
    kept,
  };
}

declare global {
  interface Window {
    lifecycle: {
      events: Run['events'];
      insert(name: string, src: string, manner: string): void;
      remove(name: string): void;
      takeOut(name: string): void;
      putBack(name: string): void;
      atOnce(name: string, src: string): void;
      afterFrame(name: string, src: string): Promise<void>;
    };
  }
}

describe('in a single-page app: elements inserted and removed at any time', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  for (const [bundle, pagePath] of [
    ['the classic bundle (story-widgets.iife.js)', '/tests/e2e/pages/lifecycle-iife.html'],
    ['one ES module per element (story-card.js, quoted-reply.js, newsletter-signup.js)', '/tests/e2e/pages/lifecycle-modules.html'],
  ] as const) {
    describe(`${bundle}: ${cycles} insert/remove cycles (removed at once, after a frame, mid-fetch), then one group kept`, () => {
      let run: Run;
      before(async () => {
        run = await runCycles(harness, pagePath);
      });
      after(async () => {
        await run?.session.close();
      });

      it('the kept card renders its story; no uncaught exception, console error or CSP violation', async () => {
        assert.equal(await headlineOf(run.session.page, 0), seedStory.headline);
        assert.equal(await run.session.page.evaluate(() => document.querySelectorAll('story-card').length), 1);
        await assertQuietPage(run.session);
      });

      it('the kept card’s src is requested exactly once', () => {
        assert.deepEqual(run.session.requests.filter(url => url === run.kept), [run.kept]);
      });

      it('cards removed before they came near (at once, after a frame) never request their src', () => {
        const requested = run.session.requests.filter(url => run.urls['at once'].includes(url) || run.urls['after a frame'].includes(url));
        assert.deepEqual(requested, []);
      });

      it('a request under way when its card is removed is cancelled: none answered, no story-load, no story-error', () => {
        const midFetch = run.urls['mid-fetch'];
        assert.equal(midFetch.length, Math.floor(cycles / 3));
        assert.deepEqual(run.finished.filter(url => midFetch.includes(url)), [], 'answered');
        assert.deepEqual(run.failed.filter(url => midFetch.includes(url)).sort(), [...midFetch].sort(), 'cancelled');
        assert.deepEqual(run.events, { 'story-load': { 'warm-up': 1, kept: 1 }, 'story-error': {} });
      });

      it('removed signup boxes take their window `online` listener with them: back to one, for the kept box', () => {
        assert.deepEqual(run.onlineListeners, { before: 0, oneGroup: 1, afterCycles: 1 });
      });

      it('after a forced GC no removed element is left in memory: one instance of each class, the kept group', () => {
        assert.deepEqual(run.instances, { 'story-card': 1, 'quoted-reply': 1, 'newsletter-signup': 1 });
      });

      it(`after a forced GC the JS heap is within +5 MB of its level after one warm-up group`, () => {
        const growth = run.heap.afterCycles - run.heap.afterWarmUp;
        assert.ok(growth <= heapAllowance, `the heap grew by ${(growth / 1024 / 1024).toFixed(2)} MB`);
      });
    });
  }

  it('a card removed mid-fetch and put back asks again and renders; one removed after it rendered and put back keeps its story without a request', async () => {
    const session = await harness.open('/tests/e2e/pages/lifecycle-iife.html', { hold: url => url.includes('?mid-fetch=') });
    try {
      const { page } = session;
      await whenDefined(page);
      const again = `${harness.origin}/demo/story.json?mid-fetch=again`;
      await page.evaluate(src => window.lifecycle.insert('again', src, 'again'), again);
      await untilRequested(session, again);
      await page.evaluate(() => window.lifecycle.takeOut('again'));
      await page.evaluate(() => window.lifecycle.putBack('again'));
      const giveUpAt = Date.now() + 30_000;
      while (session.requests.filter(url => url === again).length < 2) {
        if (Date.now() > giveUpAt) throw new Error('the card put back never asked again');
        await new Promise(resolve => setTimeout(resolve, 20));
      }
      session.release();
      await until(page, 'the card put back renders', () => !!document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="headline"]'));

      await page.evaluate(() => window.lifecycle.takeOut('again'));
      await page.evaluate(() => window.lifecycle.putBack('again'));
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.equal(await headlineOf(page, 0), seedStory.headline);
      assert.equal(session.requests.filter(url => url === again).length, 2, 'one cancelled request, one answered; none after it rendered');
      assert.deepEqual(await page.evaluate(() => window.lifecycle.events), { 'story-load': { again: 1 }, 'story-error': {} });
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });
});
