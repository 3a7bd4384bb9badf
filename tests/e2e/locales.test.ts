/**
 * Languages load on demand from the CDN builds: a page in French that has only the script tag
 * gets French strings with no setup (the kit fetches `cdn/locales/fr.js` from beside its own
 * script), whether the script is the classic bundle, an element's ES module, or injected
 * after load; a page whose CSP refuses that file stays in English with one warning.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertQuietPage, consoleOf, startHarness, until, untilCardsRender, type Harness } from './support/harness.js';

const french = 'Lire l’article complet';
const english = 'Read the full story';

/** The text of the card's "read the full story" link. */
const readMoreText = () =>
  document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="link"]')?.textContent?.trim() ?? '';

describe('languages on demand (cdn/)', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  for (const [page, how] of [
    ['locale-fr.html', 'the classic script'],
    ['locale-fr-module.html', 'cdn/story-card.js as a module'],
    ['locale-fr-injected.html', 'the classic script injected after load'],
  ] as const) {
    it(`a lang="fr" page with ${how} shows French strings, loading cdn/locales/fr.js once`, async () => {
      const session = await harness.open(`/tests/e2e/pages/${page}`);
      try {
        await untilCardsRender(session.page);
        await until(session.page, 'the card shows French', () =>
          document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="link"]')?.textContent?.trim() === 'Lire l’article complet',
        );
        assert.equal(await session.page.evaluate(readMoreText), french);
        const localeRequests = session.requests.filter(url => url.includes('/locales/'));
        assert.deepEqual(localeRequests, [`${harness.origin}/cdn/locales/fr.js`]);
        if (page === 'locale-fr.html') {
          const button = await session.page.evaluate(
            () => document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('button[type="submit"], button')?.textContent?.trim(),
          );
          assert.equal(button, 'S’abonner', 'the signup box speaks French too');
        }
        await assertQuietPage(session);
      } finally {
        await session.close();
      }
    });
  }

  it('a lang="fr" page whose CSP refuses cdn/locales/fr.js stays in English with one warning and no page error', async () => {
    const session = await harness.open('/tests/e2e/pages/locale-fr-csp-blocks.html');
    try {
      await untilCardsRender(session.page);
      await until(session.page, 'the kit has warned', () => true);
      const giveUp = Date.now() + 10_000;
      while (!consoleOf(session, 'warn').some(text => text.includes('"fr"')) && Date.now() < giveUp) {
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      assert.equal(await session.page.evaluate(readMoreText), english);
      const warnings = consoleOf(session, 'warn').filter(text => text.startsWith('story-widgets'));
      assert.equal(warnings.length, 1, `one warning, got ${JSON.stringify(warnings)}`);
      assert.match(warnings[0]!, /could not load the "fr" strings, showing English/);
      assert.deepEqual(session.errors.map(error => error.message), [], 'no uncaught exception');
      const violations = await session.violations();
      assert.ok(
        violations.length > 0 && violations.every(violation => violation.blockedURI.endsWith('/cdn/locales/fr.js')),
        `the only CSP violation is the language file: ${JSON.stringify(violations)}`,
      );
    } finally {
      await session.close();
    }
  });
});
