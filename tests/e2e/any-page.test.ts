/**
 * The built `cdn/` files on host pages as they really arrive: the script async, deferred,
 * injected after load, three times over and beside the ES module build, beside another build
 * of the kit with its own Lit; a `<base href>` on another origin; cards in a box shown later
 * and in a `<details>` opened later; a stylesheet that resets and restyles everything. Each
 * page: the elements render and work, with no uncaught error, console error or CSP violation,
 * and no request leaves the page's origin. Then every request a full page makes, listed.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { assertQuietPage, consoleOf, startHarness, until, untilCardsRender, type Harness, type PageSession } from './support/harness.js';
import { bundleScratchApp } from './support/scratch-app.js';

const headline = "When Serena Williams Missed Her Daughter's First Steps, Fellow Moms Knew Just What To Say";

/** Each card's rendered headline, in page order. */
function headlines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('story-card')].map(
      card => card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim() ?? '',
    ),
  );
}

/** Expands the first card's replies with a real mouse click at the button's centre. */
async function clickRepliesButton(page: Page): Promise<void> {
  const button = await page.waitForSelector('story-card >>> [part~="button"]');
  await button!.click();
  await until(page, 'the replies expand', () =>
    [...document.querySelectorAll('story-card')].some(
      card => card.shadowRoot!.querySelector('[part~="button"]')?.getAttribute('aria-expanded') === 'true',
    ),
  );
}

/** Types an email into the signup box (clicking its field) and sends it with Enter; waits for success. */
async function signUp(page: Page, email: string): Promise<void> {
  const field = await page.waitForSelector('newsletter-signup >>> input[type="email"]');
  await field!.click();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await until(page, 'signup-success', () =>
    (window as unknown as { signupEvents: Array<{ type: string }> }).signupEvents.some(event => event.type === 'signup-success'),
  );
}

/** The page's four elements (pages/script-*.html) render and work. */
async function assertKitWorks(session: PageSession): Promise<void> {
  const { page } = session;
  await untilCardsRender(page);
  assert.deepEqual(await headlines(page), [headline, headline]);
  await until(page, '<quoted-reply> renders', () => !!document.querySelector('quoted-reply')?.shadowRoot?.querySelector('[part~="quote"]'));
  await clickRepliesButton(page);
  await signUp(page, `reader+${Date.now()}@example.com`);
  await assertQuietPage(session);
  assert.deepEqual(consoleOf(session, 'warn'), []);
}

describe('any host page', () => {
  let harness: Harness;
  let otherBuild: string;
  before(async () => {
    otherBuild = await bundleOtherBuild();
    harness = await startHarness({ serve: { '/other-build/': otherBuild } });
  });
  after(async () => {
    await harness?.stop();
    await rm(otherBuild, { recursive: true, force: true });
  });

  describe('however the script arrives', () => {
    for (const [page, what] of [
      ['script-async.html', 'the classic script with async'],
      ['script-defer.html', 'the classic script with defer, in the head'],
      ['script-after-load.html', 'the classic script injected after load'],
      ['script-thrice-and-module.html', 'the classic script three times (plain, async, defer) and the ES module'],
      ['script-element-modules.html', "each element's own ES module"],
    ] as const) {
      it(`${what}: both cards, the reply and the signup box render and work, quietly`, async () => {
        const session = await harness.open(`/tests/e2e/pages/${page}`);
        try {
          await assertKitWorks(session);
        } finally {
          await session.close();
        }
      });
    }

    it('beside another build of the kit with its own Lit (an app bundle of the npm package): the first to load defines the tags, both work, quietly', async () => {
      const session = await harness.open('/tests/e2e/pages/script-async.html?other-build');
      try {
        const { page } = session;
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = '/other-build/app.js';
          document.head.append(script);
        });
        await until(page, 'the other build ran', () => (window as unknown as { otherBuildRan?: boolean }).otherBuildRan === true);
        const litCopies = await page.evaluate(() => (window as unknown as { reactiveElementVersions: string[] }).reactiveElementVersions.length);
        assert.equal(litCopies, 2, 'two copies of Lit on the page: the kit’s and the other build’s');
        await assertKitWorks(session);
      } finally {
        await session.close();
      }
    });
  });

  for (const [page, what] of [
    ['base-other-origin.html', 'classic script'],
    ['base-other-origin-module.html', 'ES module build'],
  ] as const) {
    it(`with <base href> on another origin (${what}): strings, readers and parts load from beside the kit, nothing is asked of the other origin`, async () => {
      const session = await harness.open(`/tests/e2e/pages/${page}`);
      try {
        const { page: tab } = session;
        await untilCardsRender(tab);
        const cards = await headlines(tab);
        assert.deepEqual(cards.slice(0, 1), ['Serena Williams a manqué les premiers pas de sa fille']);
        if (cards.length > 1) assert.equal(cards[1], 'Les mamans répondent à Serena Williams');
        // French strings arrived: the read-more link is in French.
        const readMore = await tab.evaluate(
          () => document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="link"]')?.textContent?.trim(),
        );
        assert.equal(readMore, 'Lire l’article complet');
        const own = session.requests.filter(url => url.startsWith(harness.origin));
        assert.ok(own.some(url => url.endsWith('/cdn/locales/fr.js')), 'the French strings came from beside the kit');
        assert.ok(own.some(url => url.endsWith('/cdn/parts/from-markup.js')), 'the markup reader came from beside the kit');
        await assertQuietPage(session);
      } finally {
        await session.close();
      }
    });
  }

  it('with page markup that shadows document.currentScript (<img name="currentScript"> twice): strings and readers still load from beside the kit, nothing throws', async () => {
    const session = await harness.open('/tests/e2e/pages/clobbered-current-script.html');
    try {
      const { page } = session;
      await untilCardsRender(page);
      const readMore = await page.evaluate(
        () => document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="link"]')?.textContent?.trim(),
      );
      assert.equal(readMore, 'Lire l’article complet');
      assert.ok(session.requests.includes(`${harness.origin}/cdn/locales/fr.js`), 'the French strings came from beside the kit');
      // The only request for the other origin is the page's own image (asked once for both), never the kit's.
      assert.deepEqual([...new Set(session.foreignRequests)], ['https://evil.example/cdn/story-widgets.iife.js']);
      assert.deepEqual(session.errors.map(error => error.message), []);
      assert.deepEqual(await session.violations(), []);
    } finally {
      await session.close();
    }
  });

  it('a card in a box shown later and one in a <details> opened later: neither fetches before it shows, both render at their width when shown', async () => {
    const session = await harness.open('/tests/e2e/pages/hidden-containers.html');
    try {
      const { page } = session;
      await until(page, 'the kit is defined', () => !!customElements.get('story-card'));
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const fetched = () => session.requests.filter(url => url.includes('/demo/story.json?'));
      assert.deepEqual(fetched(), []);
      await page.evaluate(() => document.getElementById('tab')!.classList.add('shown'));
      await until(page, 'the card in the shown box renders', () =>
        !!document.getElementById('in-hidden-box')!.shadowRoot!.querySelector('[part~="headline"]'),
      );
      await page.evaluate(() => ((document.getElementById('more') as HTMLDetailsElement).open = true));
      // The reader opens it and reads on (the card is lazy: it loads when near).
      await until(page, 'the card in <details> renders', () => {
        const card = document.getElementById('in-details')!;
        card.scrollIntoView();
        return !!card.shadowRoot!.querySelector('[part~="headline"]');
      });
      const layout = await page.evaluate(() =>
        ['in-hidden-box', 'in-details'].map(id => {
          const card = document.getElementById(id)!;
          const article = card.shadowRoot!.querySelector('article')!;
          return [Math.round(card.getBoundingClientRect().width), getComputedStyle(article).gridTemplateColumns.split(' ').length];
        }),
      );
      // 700 px wide: the card's container query gives it two columns (image beside the text).
      assert.deepEqual(layout, [
        [700, 2],
        [700, 2],
      ]);
      assert.deepEqual(fetched().map(url => new URL(url).search), ['?in-hidden-box', '?in-details']);
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('under a stylesheet that resets and restyles everything with !important: the card keeps its layout in its column, container queries work, the replies button and the signup field work', async () => {
    const session = await harness.open('/tests/e2e/pages/hostile-everything.html');
    try {
      const { page } = session;
      await untilCardsRender(page);
      const layout = () =>
        page.evaluate(() => {
          const column = document.getElementById('column')!.getBoundingClientRect();
          const card = document.querySelector('story-card')!;
          const box = card.getBoundingClientRect();
          const article = card.shadowRoot!.querySelector('article')!;
          const style = getComputedStyle(article);
          const headline = getComputedStyle(card.shadowRoot!.querySelector('[part~="headline"]')!);
          const image = card.shadowRoot!.querySelector('img')!.getBoundingClientRect();
          return {
            display: getComputedStyle(card).display,
            insideColumn: box.left >= column.left - 0.5 && box.right <= column.right + 0.5,
            columns: style.gridTemplateColumns.split(' ').length,
            overflowsSideways: article.scrollWidth > article.clientWidth,
            textTransform: headline.textTransform,
            whiteSpace: headline.whiteSpace,
            direction: style.direction,
            imageInsideCard: image.width > 50 && image.right <= box.right + 0.5,
          };
        });
      const common = {
        display: 'block',
        insideColumn: true,
        overflowsSideways: false,
        textTransform: 'none',
        whiteSpace: 'normal',
        direction: 'ltr',
        imageInsideCard: true,
      };
      assert.deepEqual(await layout(), { ...common, columns: 2 });
      await page.evaluate(() => document.getElementById('column')!.classList.add('narrow'));
      assert.deepEqual(await layout(), { ...common, columns: 1 });
      await clickRepliesButton(page);
      await signUp(page, `reader+${Date.now()}@example.com`);
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('asks for nothing but its own files, the story, the signup endpoint and the images in the data', async () => {
    const session = await harness.open('/tests/e2e/pages/script-defer.html');
    try {
      const { page } = session;
      await untilCardsRender(page);
      await clickRepliesButton(page);
      // Bring every image into view (they are lazy), then wait for them.
      await page.evaluate(async () => {
        for (const card of document.querySelectorAll('story-card')) {
          card.scrollIntoView();
          await new Promise(resolve => requestAnimationFrame(resolve));
        }
      });
      await until(page, 'every image in the cards has loaded', () =>
        [...document.querySelectorAll('story-card')].every(card => [...card.shadowRoot!.querySelectorAll('img')].every(image => image.complete)),
      );
      await signUp(page, `reader+${Date.now()}@example.com`);
      // The browser's own request for the page's icon is not the kit's.
      const paths = [...new Set(session.requests.map(url => new URL(url).pathname))].filter(path => path !== '/favicon.ico').sort();
      assert.deepEqual(paths, [
        '/api/subscribe',
        '/cdn/parts/from-markup.js',
        '/cdn/story-widgets.iife.js',
        '/demo/cover.svg',
        '/demo/story.json',
        '/tests/e2e/pages/script-defer.html',
        '/tests/e2e/pages/signup-events.js',
      ]);
      assert.deepEqual(session.foreignRequests, []);
    } finally {
      await session.close();
    }
  });
});

/**
 * Another build of the kit: an app that bundled the npm package with its own Lit (esbuild,
 * as npm-package.test.ts does), served at /other-build/app.js. It imports every element.
 */
async function bundleOtherBuild(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'other-build-'));
  await writeFile(join(folder, 'app.js'), await bundleScratchApp({ source: "import 'story-widgets';\nwindow.otherBuildRan = true;\n" }));
  return folder;
}
