/**
 * The built bundles on pages that make an embed's life hard: a strict CSP with Trusted
 * Types, the script loaded twice, a tag already taken, an aggressive stylesheet. And nothing
 * an embed does may reach another origin.
 *
 * The CSP arrives as `<meta http-equiv="Content-Security-Policy">`: the static server sets no
 * per-page headers, and Chromium enforces every directive used here from a meta tag,
 * `require-trusted-types-for` and `trusted-types` included (the enforcement test proves it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import {
  assertQuietPage,
  consoleOf,
  focused,
  startHarness,
  tabTo,
  until,
  untilCardsRender,
  type Harness,
  type PageSession,
} from './support/harness.js';
import { seedCard, shownCards } from './support/seed-story.js';

const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

/** See inputs.test.ts: warnings about half-parsed markup, a known bug with the bundle in <head>. */
const halfParsedMarkupWarning =
  /^story-widgets: <(?:quoted-reply> cannot show|story-card> left out invalid markup): (?:replies\.\d+\.)?text /;

/** Waits for the standalone `<quoted-reply>` to render its post. */
function untilReplyRenders(page: Page): Promise<boolean> {
  return until(page, '<quoted-reply> renders', () =>
    [...document.querySelectorAll('body > quoted-reply')].every(
      reply => reply.shadowRoot?.querySelector('[part~="reply"]') !== null,
    ),
  );
}

/** Clicks the first card's replies button; resolves once all five replies show. */
async function expandReplies(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="button"]') as HTMLElement).click();
  });
  await until(page, 'the replies expand', () => {
    const root = document.querySelector('story-card')!.shadowRoot!;
    return (
      root.querySelector('[part~="button"]')?.getAttribute('aria-expanded') === 'true' &&
      root.querySelectorAll('[part~="reply"]').length === 5
    );
  });
}

describe('hostile pages', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  describe('a strict CSP with Trusted Types, no unsafe-inline', () => {
    it('is the policy the page really carries', async () => {
      const session = await harness.open('/tests/e2e/pages/strict-csp.html');
      try {
        const policy = await session.page.evaluate(
          () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        );
        assert.equal(policy, strictCsp);
      } finally {
        await session.close();
      }
    });

    it('renders all four input modes with their styles, without a single violation', async () => {
      const session = await harness.open('/tests/e2e/pages/strict-csp.html');
      try {
        const { page } = session;
        await untilCardsRender(page);
        assert.deepEqual(
          await shownCards(page),
          ['from-markup', 'from-property', 'from-inline-json', 'from-src'].map(seedCard),
        );
        const radii = await page.evaluate(() =>
          [...document.querySelectorAll('story-card')].map(
            card => getComputedStyle(card.shadowRoot!.querySelector('article[part~="card"]')!).borderTopLeftRadius,
          ),
        );
        assert.deepEqual(radii, ['12px', '12px', '12px', '12px'], 'the shadow styles apply');
        await assertQuietPage(session);
        assert.deepEqual(consoleOf(session, 'warn').filter(text => !halfParsedMarkupWarning.test(text)), []);
      } finally {
        await session.close();
      }
    });

    it('is enforced, so the check above cannot pass vacuously', async () => {
      const session = await harness.open('/tests/e2e/pages/strict-csp.html');
      try {
        const { page } = session;
        await untilCardsRender(page);
        const outcome = await page.evaluate(() => {
          try {
            document.createElement('div').innerHTML = '<b>a plain string</b>';
            return 'assigned';
          } catch (error) {
            return (error as Error).name;
          }
        });
        assert.equal(outcome, 'TypeError', 'Trusted Types blocks a plain string reaching innerHTML');
        const violations = await session.violations();
        assert.deepEqual(
          violations.map(violation => violation.directive),
          ['require-trusted-types-for'],
          'the violation listener hears what the policy blocks',
        );
      } finally {
        await session.close();
      }
    });
  });

  describe('the script loaded twice', () => {
    // Under Trusted Types (no 'allow-duplicates') a second copy asking for the same policy would
    // be refused: the kit asks for none unless Mailchimp needs one, and the second copy defines
    // nothing, so it neither throws nor reports a violation.
    for (const [page, what] of [
      ['twice-iife.html', 'the classic bundle twice'],
      ['iife-and-module.html', 'the classic bundle, then the ES module bundle'],
      ['twice-iife-trusted-types.html', 'the classic bundle twice under Trusted Types'],
      ['iife-and-module-trusted-types.html', 'the classic bundle, then the ES module bundle, under Trusted Types'],
    ] as const) {
      it(`works with ${what}: no exception, no console error, no violation`, async () => {
        const session = await harness.open(`/tests/e2e/pages/${page}`);
        try {
          await untilCardsRender(session.page);
          await untilReplyRenders(session.page);
          assert.deepEqual(await shownCards(session.page), [seedCard('')]);
          await expandReplies(session.page);
          await assertQuietPage(session);
          assert.deepEqual(consoleOf(session, 'warn'), []);
        } finally {
          await session.close();
        }
      });
    }

  });

  // The host's own Lit (lit-html served from node_modules, loaded first) holds the `lit-html`
  // policy. The kit asks for its own, `story-widgets` (src/internal/trusted-types.ts).
  describe('beside a host that runs its own Lit under Trusted Types', () => {
    /** The kit's card shows its story, and the host's own Lit rendered too. */
    async function bothRender(session: PageSession): Promise<void> {
      const { page } = session;
      await until(page, "the host's Lit renders", () => document.getElementById('host-rendered') !== null);
      await untilCardsRender(page);
      assert.deepEqual(await shownCards(page), [seedCard('')]);
    }

    for (const [page, what] of [
      ['host-lit-trusted-types.html', 'trusted-types lit-html story-widgets (the documented directive), classic script'],
      ['host-lit-trusted-types-module.html', 'trusted-types lit-html story-widgets, ES module build'],
      ['host-lit-trusted-types-any.html', 'trusted-types *'],
    ] as const) {
      it(`works under ${what}: both Lits render, no exception, no violation`, async () => {
        const session = await harness.open(`/tests/e2e/pages/${page}`);
        try {
          await bothRender(session);
          await expandReplies(session.page);
          await assertQuietPage(session);
          assert.deepEqual(consoleOf(session, 'warn'), []);
        } finally {
          await session.close();
        }
      });
    }

    it("under the host Lit's own name alone (trusted-types lit-html): every element is defined and renders, no warning, no violation", async () => {
      const session = await harness.open('/tests/e2e/pages/host-lit-trusted-types-own-name.html');
      try {
        await bothRender(session);
        const defined = await session.page.evaluate(() =>
          ['story-card', 'quoted-reply', 'newsletter-signup'].filter(tag => customElements.get(tag)),
        );
        assert.deepEqual(defined, ['story-card', 'quoted-reply', 'newsletter-signup']);
        await expandReplies(session.page);
        await assertQuietPage(session);
        assert.deepEqual(consoleOf(session, 'warn'), []);
      } finally {
        await session.close();
      }
    });
  });

  it('leaves a tag taken by another script alone: one warning naming it, the other elements work', async () => {
    const session = await harness.open('/tests/e2e/pages/foreign-tag.html');
    try {
      const { page } = session;
      await untilReplyRenders(page);
      const state = await page.evaluate(() => ({
        storyCardIsOurs: 'kit' in customElements.get('story-card')!,
        storyCardShadow: document.querySelector('story-card')!.shadowRoot !== null,
        quote: document.querySelector('quoted-reply')!.shadowRoot!.querySelector('[part~="quote"]')!.textContent!.trim(),
      }));
      assert.deepEqual(state, {
        storyCardIsOurs: false,
        storyCardShadow: false,
        quote: 'She is practicing so you can see the real ones.',
      });
      assert.deepEqual(consoleOf(session, 'warn'), [
        'story-widgets: <story-card> is already defined by another script; leaving it alone.',
      ]);
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  // What the host's `*`, `a` and `button` rules can and cannot reach: they restyle the
  // <story-card> host itself (CSS lets outer rules win there: it becomes inline) and inherited
  // values flow in on purpose (font family, and 1rem follows the root's 40px), but nothing
  // inside the shadow root is matched.
  it('keeps its own styling under an aggressive host stylesheet', async () => {
    const session = await harness.open('/tests/e2e/pages/hostile-css.html');
    try {
      const { page } = session;
      await untilCardsRender(page);
      const styles = await page.evaluate(() => {
        const root = document.querySelector('story-card')!.shadowRoot!;
        const [card, headlineLink, readMore, button] = [
          '[part~="card"]',
          '[part~="headline"] a',
          '[part~="link"]',
          '[part~="button"]',
        ].map(selector => getComputedStyle(root.querySelector(selector)!));
        return {
          card: [card!.display, card!.borderTopStyle, card!.borderTopLeftRadius],
          headlineLink: [headlineLink!.color, headlineLink!.textDecorationLine],
          readMore: [readMore!.color, readMore!.textDecorationLine],
          button: [
            button!.display,
            button!.borderTopStyle,
            button!.borderTopLeftRadius,
            button!.backgroundColor,
            button!.color,
            button!.fontWeight,
            button!.minHeight,
          ],
        };
      });
      assert.deepEqual(styles, {
        card: ['grid', 'solid', '12px'],
        headlineLink: ['rgb(27, 27, 31)', 'none'],
        readMore: ['rgb(11, 87, 208)', 'underline'],
        button: ['block', 'solid', '999px', 'rgba(0, 0, 0, 0)', 'rgb(11, 87, 208)', '600', '44px'],
      });
      // The host's `:focus { outline: none !important }` does not take the focus ring away.
      await tabTo(page, 'Show 2 more replies');
      const ring = await page.evaluate(() => {
        const button = document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="button"]')!;
        return getComputedStyle(button).outlineStyle;
      });
      assert.equal((await focused(page))?.path, 'story-card > button');
      assert.notEqual(ring, 'none');
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('sends no request beyond the page’s own origin, with every reply shown', async () => {
    const session = await harness.open('/tests/e2e/pages/strict-csp.html');
    try {
      const { page } = session;
      await untilCardsRender(page);
      await page.evaluate(() => {
        for (const card of document.querySelectorAll('story-card')) {
          (card.shadowRoot!.querySelector('[part~="button"]') as HTMLElement).click();
        }
      });
      await until(page, 'every card shows all its replies', () =>
        [...document.querySelectorAll('story-card')].every(card => card.shadowRoot!.querySelectorAll('[part~="reply"]').length === 5),
      );
      // Lazy images load only near the viewport: bring each card into view, and wait for every image.
      await page.evaluate(async () => {
        for (const card of document.querySelectorAll('story-card')) {
          card.scrollIntoView();
          await new Promise(resolve => requestAnimationFrame(resolve));
        }
      });
      await until(page, 'every image in the cards has loaded', () =>
        [...document.querySelectorAll('story-card')].every(card =>
          [...card.shadowRoot!.querySelectorAll('img')].every(image => image.complete),
        ),
      );
      assert.ok(session.requests.some(url => url.endsWith('/demo/story.json')), 'the cards did fetch');
      assert.deepEqual(
        session.requests.filter(url => new URL(url).origin !== harness.origin),
        [],
      );
      assert.match(harness.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await session.close();
    }
  });
});
