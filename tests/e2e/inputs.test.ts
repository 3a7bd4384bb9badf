/**
 * The seed story rendered by the built classic-script bundle in all four input modes: markup
 * written inside the element, the `story` property set by a classic script, inline
 * `<script type="application/json">`, and `src`. (The same page under a strict CSP is in
 * hostile-pages.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertQuietPage, consoleOf, startHarness, untilCardsRender, type Harness } from './support/harness.js';
import { seedCard, seedStory, shownCards } from './support/seed-story.js';

describe('the seed story in four input modes (classic-script bundle in <head>)', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('renders the same card from markup, the story property, inline JSON and src', async () => {
    const session = await harness.open('/tests/e2e/pages/strict-csp.html');
    try {
      await untilCardsRender(session.page);
      assert.deepEqual(
        await shownCards(session.page),
        ['from-markup', 'from-property', 'from-inline-json', 'from-src'].map(seedCard),
      );
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  // With the classic bundle in <head>, the parser lets Lit render every <quoted-reply> and the
  // enclosing <story-card> before their text has been parsed. Half-parsed markup is not yet a
  // problem: the elements say nothing until the page is parsed, then judge the whole markup.
  it(
    'prints no warning for valid markup that is still being parsed',
    async () => {
      const session = await harness.open('/tests/e2e/pages/strict-csp.html');
      try {
        await untilCardsRender(session.page);
        assert.deepEqual(consoleOf(session, 'warn'), []);
      } finally {
        await session.close();
      }
    },
  );

  it('keeps the inline JSON on the test page identical to demo/story.json', async () => {
    const session = await harness.open('/tests/e2e/pages/strict-csp.html');
    try {
      const inline = await session.page.evaluate(
        () => document.querySelector('#from-inline-json > script[type="application/json"]')!.textContent!,
      );
      assert.deepEqual(JSON.parse(inline), seedStory, 'the inline JSON drifted from demo/story.json');
    } finally {
      await session.close();
    }
  });
});
