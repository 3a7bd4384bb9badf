/**
 * The README's "No layout shift" snippet (tests/e2e/pages/reserve-story-card.css) on a plain
 * article page: a `<story-card src>` in the middle of the text moves nothing around it, at
 * phone, tablet and desktop widths, when its story answers late and when the script itself
 * arrives late (injected after load, as a tag manager does). The score is the page's
 * Cumulative Layout Shift as the browser reports it (`layout-shift` entries, without those
 * right after a reader's input), read with a `PerformanceObserver` after the story rendered.
 *
 * "Late" is made without a clock: the harness keeps the request back (`hold`) until the page
 * has painted its loading state, then lets it go. The same pages without the snippet are the
 * control: there the paragraphs under the card do jump, so a score of 0 means something.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { assertQuietPage, startHarness, until, untilCardsRender, type Harness, type PageSession } from './support/harness.js';
import { seedStory } from './support/seed-story.js';

const viewports = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** What was late: the story's `src` answer, or the kit's script (injected after load). */
const cases = [
  { late: 'the src answer', page: 'layout-shift-src', held: '/demo/story.json?embedded' },
  { late: 'the script', page: 'layout-shift-late-script', held: '/cdn/story-widgets.iife.js' },
] as const;

/** Resolves after the page has drawn two more frames: whatever was laid out has been painted. */
function twoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

interface Shifts {
  /** Sum of the `layout-shift` entries' values that had no recent input. */
  score: number;
  /** What moved in each shift, for the failure message. */
  moved: string[];
}

/** The page's layout shift so far, as a `PerformanceObserver` reports it (buffered from navigation). */
function layoutShifts(page: Page): Promise<Shifts> {
  return page.evaluate(
    () =>
      new Promise<Shifts>(resolve => {
        type LayoutShift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: Array<{ node: Node | null }>;
        };
        const seen: LayoutShift[] = [];
        const observer = new PerformanceObserver(list => seen.push(...(list.getEntries() as LayoutShift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a task of their own: wait for it, then take the rest.
        setTimeout(() => {
          seen.push(...(observer.takeRecords() as LayoutShift[]));
          observer.disconnect();
          const counted = seen.filter(entry => !entry.hadRecentInput);
          resolve({
            score: counted.reduce((sum, entry) => sum + entry.value, 0),
            moved: counted.flatMap(entry =>
              entry.sources.map(source => {
                const node = source.node;
                return node instanceof Element ? `${node.localName}${node.id ? `#${node.id}` : ''}` : String(node?.nodeName);
              }),
            ),
          });
        }, 100);
      }),
  );
}

/**
 * Opens `page` at `viewport` with the `held` request kept back, waits until the page has
 * painted its state before that answer (the card's loading skeleton, or the card not yet
 * defined), lets the request go, waits for the story and its cover image, and returns the
 * layout shift score of the whole visit.
 */
async function visit(
  harness: Harness,
  page: string,
  held: string,
  viewport: { width: number; height: number },
): Promise<{ session: PageSession; shifts: Shifts }> {
  const heldUrl = harness.origin + held;
  const session = await harness.open(`/tests/e2e/pages/${page}.html`, { viewport, hold: url => url === heldUrl });
  try {
    const giveUpAt = Date.now() + 30_000;
    while (!session.requests.includes(heldUrl)) {
      if (Date.now() > giveUpAt) throw new Error(`the page never asked for ${held}`);
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    await twoFrames(session.page);
    session.release();
    await untilCardsRender(session.page);
    await until(session.page, 'the cover image has loaded', () => {
      const image = document.querySelector('story-card')?.shadowRoot?.querySelector<HTMLImageElement>('[part~="image"]');
      return image?.complete && image.naturalWidth > 0;
    });
    await twoFrames(session.page);
    return { session, shifts: await layoutShifts(session.page) };
  } catch (error) {
    await session.close();
    throw error;
  }
}

describe('no layout shift: a card that loads late in the middle of an article', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  for (const { late, page, held } of cases) {
    for (const viewport of viewports) {
      it(`${late} late, ${viewport.width} px wide: with the snippet the layout shift score is exactly 0 and the card shows its headline`, async () => {
        const { session, shifts } = await visit(harness, page, held, viewport);
        try {
          assert.equal(shifts.score, 0, `nothing may move; moved: ${shifts.moved.join(', ')}`);
          const headline = await session.page.evaluate(
            () => document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim(),
          );
          assert.equal(headline, seedStory.headline);
          await assertQuietPage(session);
        } finally {
          await session.close();
        }
      });

      it(`${late} late, ${viewport.width} px wide: without the snippet the text under the card moves (score > 0), so the check above can fail`, async () => {
        const { session, shifts } = await visit(harness, `${page}-unreserved`, held, viewport);
        try {
          assert.ok(shifts.score > 0, `expected a shift, got ${shifts.score}`);
          assert.ok(shifts.moved.includes('p#below'), `the paragraph under the card moved; moved: ${shifts.moved.join(', ')}`);
        } finally {
          await session.close();
        }
      });
    }
  }

  it('a story taller than the reserved height scrolls inside the card, which keeps the reserved height (360 px wide)', async () => {
    const { session } = await visit(harness, 'layout-shift-src', cases[0].held, viewports[0]);
    try {
      const sizes = await session.page.evaluate(() => {
        const card = document.querySelector('story-card')!;
        const article = card.shadowRoot!.querySelector('[part~="card"]')!;
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return {
          reserved: 34 * rem,
          host: card.getBoundingClientRect().height,
          article: article.getBoundingClientRect().height,
          storyTallerThanCard: article.scrollHeight > article.clientHeight,
        };
      });
      assert.deepEqual(sizes, { reserved: sizes.reserved, host: sizes.reserved, article: sizes.reserved, storyTallerThanCard: true });
    } finally {
      await session.close();
    }
  });
});
