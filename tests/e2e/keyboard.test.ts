/**
 * A reader with a keyboard, on a page with one card (the seed story, from `src`) and nothing
 * focusable before it: real key presses, focus read through the shadow root.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import {
  assertQuietPage,
  focused,
  startHarness,
  tabTo,
  until,
  untilCardsRender,
  type Harness,
  type PageSession,
} from './support/harness.js';
import { seedStory } from './support/seed-story.js';

/** The replies button's state, and whether it is the element with focus (host, then shadow root). */
function buttonState(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('story-card')!;
    const button = card.shadowRoot!.querySelector('[part~="button"]')!;
    return {
      expanded: button.getAttribute('aria-expanded'),
      label: button.textContent!.replace(/\s+/g, ' ').trim(),
      replies: card.shadowRoot!.querySelectorAll('[part~="reply"]').length,
      hostHasFocus: document.activeElement === card,
      buttonHasFocus: card.shadowRoot!.activeElement === button,
    };
  });
}

describe('keyboard', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  /** Opens the keyboard page once the card has rendered. */
  async function openCard(): Promise<PageSession> {
    const session = await harness.open('/tests/e2e/pages/keyboard.html');
    await untilCardsRender(session.page);
    return session;
  }

  it("reaches every link in the card and the replies button, in document order", async () => {
    const session = await openCard();
    try {
      const visited = await tabTo(session.page, 'Show 2 more replies');
      assert.deepEqual(visited, [
        { path: 'story-card > a', text: seedStory.headline },
        { path: 'story-card > a', text: 'Story Widgets Demo Desk' },
        { path: 'story-card > a', text: 'News Example' },
        { path: 'story-card > a', text: 'Read the full story' },
        { path: 'story-card > a', text: 'Hello Giggles' },
        { path: 'story-card > a', text: 'Today' },
        { path: 'story-card > a', text: '#workingmoms' },
        { path: 'story-card > button', text: 'Show 2 more replies' },
      ]);
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('expands the replies with Enter and keeps focus on the button', async () => {
    const session = await openCard();
    try {
      const { page } = session;
      await tabTo(page, 'Show 2 more replies');
      assert.deepEqual(await buttonState(page), {
        expanded: 'false',
        label: 'Show 2 more replies',
        replies: 3,
        hostHasFocus: true,
        buttonHasFocus: true,
      });
      await page.keyboard.press('Enter');
      await until(page, 'the replies expand', () =>
        document.querySelector('story-card')!.shadowRoot!.querySelector('[aria-expanded="true"]') !== null,
      );
      assert.deepEqual(await buttonState(page), {
        expanded: 'true',
        label: 'Show fewer replies',
        replies: 5,
        hostHasFocus: true,
        buttonHasFocus: true,
      });
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('shows a focus ring on the focused button', async () => {
    const session = await openCard();
    try {
      const { page } = session;
      await tabTo(page, 'Show 2 more replies');
      const ring = await page.evaluate(() => {
        const button = document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="button"]')!;
        const style = getComputedStyle(button);
        return { focusVisible: button.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth };
      });
      assert.equal((await focused(page))?.path, 'story-card > button');
      assert.equal(ring.focusVisible, true);
      assert.notEqual(ring.style, 'none');
      assert.notEqual(ring.width, '0px');
    } finally {
      await session.close();
    }
  });
});
