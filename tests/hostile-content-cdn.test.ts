/**
 * The hostile-content corpus against the built classic script (`cdn/story-widgets.iife.js`,
 * which `npm test` builds before the element tests), in Chromium, Firefox and WebKit: the same
 * batches as tests/hostile-content.test.ts runs against the source elements. This page loads
 * no source element, so every tag is the bundle's.
 */
import { expect } from '@open-wc/testing';
import { loadCorpus, naughtyStrings, type HostileCorpus } from './support/hostile-corpus.js';
import { describeBatches } from './support/hostile-corpus-batches.js';

let corpus: HostileCorpus;
let strings: string[];

before(async () => {
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/cdn/story-widgets.iife.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('cdn/story-widgets.iife.js is missing: run `npm run build` first'));
    document.head.append(script);
  });
  corpus = await loadCorpus();
  strings = corpus.buildCorpus(await naughtyStrings());
});

describe('hostile content (cdn/ classic script): the page', () => {
  it('has the three elements from the bundle and no other copy', () => {
    const global = (window as unknown as { StoryWidgets?: Record<string, unknown> }).StoryWidgets;
    expect(global !== undefined, 'window.StoryWidgets').to.be.true;
    // Compared as booleans: chai would print the classes, which is slow and unreadable.
    const same = ['story-card', 'quoted-reply', 'newsletter-signup'].map(
      (tag, index) => customElements.get(tag) === global![['StoryCard', 'QuotedReply', 'NewsletterSignup'][index]!],
    );
    expect(same).to.deep.equal([true, true, true]);
  });
});

describeBatches(() => corpus, () => strings, ' (cdn/ classic script)');
