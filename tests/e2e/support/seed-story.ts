/**
 * The seed story (`demo/story.json`) and what a card showing it must show: the pages in
 * `tests/e2e/pages/` render it in every input mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { repoRoot } from '../../server/server-process.js';

export const seedStory = JSON.parse(readFileSync(join(repoRoot, 'demo/story.json'), 'utf8')) as {
  headline: string;
};

export interface ShownCard {
  id: string;
  headline: string | null;
  link: string | null;
  button: string | null;
  replies: number;
}

/** The seed story as a collapsed card shows it: 3 of its 5 replies. */
export function seedCard(id: string): ShownCard {
  return { id, headline: seedStory.headline, link: 'Read the full story', button: 'Show 2 more replies', replies: 3 };
}

/** What each `<story-card>` on the page shows in its shadow root, in document order. */
export function shownCards(page: Page): Promise<ShownCard[]> {
  // No named helper functions inside `evaluate`: tsx wraps them in a `__name` call that exists
  // in Node, not in the page.
  return page.evaluate(() =>
    [...document.querySelectorAll('story-card')].map(card => {
      const [headline = null, link = null, button = null] = ['headline', 'link', 'button'].map(
        part => card.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      );
      return { id: card.id, headline, link, button, replies: card.shadowRoot?.querySelectorAll('[part~="reply"]').length ?? 0 };
    }),
  );
}
