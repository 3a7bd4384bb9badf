/**
 * The npm build as an app uses it: a scratch app with its own `lit` imports `story-widgets`
 * (unbundled dist/, resolved through package.json `exports`, as `npm install` would place it)
 * and is bundled by esbuild. The page must end up with one copy of Lit, shared by the app's
 * own element and the kit's, and the kit's elements must work.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertQuietPage, startHarness, until, type Harness } from './support/harness.js';
import { bundleScratchApp } from './support/scratch-app.js';

/** An app with its own `lit` that imports story-widgets, bundled (support/scratch-app.ts). */
const bundleApp = (source: string) => bundleScratchApp({ source });

describe('the npm build in an app with its own Lit', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('puts one copy of Lit on the page, shared by the app’s element and every kit element', async () => {
    const code = await bundleApp(`
      import { LitElement, html } from 'lit';
      import 'story-widgets';
      class HostApp extends LitElement {
        render() {
          return html\`<p>host app</p>\`;
        }
      }
      customElements.define('host-app', HostApp);
      document.body.innerHTML = '';
      document.body.append(document.createElement('host-app'));
      const card = document.createElement('story-card');
      card.story = { headline: 'One Lit', replies: [{ text: 'Hi', author: { name: 'Ann' } }] };
      document.body.append(card);
    `);
    // The bundle itself: Lit's version registry appears once, so Lit was included once.
    assert.equal(code.split('litElementVersions').length - 1, 1, 'one copy of lit-element in the app bundle');
    assert.equal(code.split('reactiveElementVersions').length - 1, 1, 'one copy of reactive-element');
    assert.equal(code.split('litHtmlVersions').length - 1, 1, 'one copy of lit-html');

    const session = await harness.open('/tests/e2e/pages/empty.html');
    try {
      await session.page.addScriptTag({ content: code, type: 'module' });
      await until(session.page, 'the card renders', () =>
        document.querySelector('story-card')?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.includes('One Lit'),
      );
      const versions = await session.page.evaluate(() => {
        const page = window as unknown as Record<string, string[] | undefined>;
        return {
          litElement: page['litElementVersions']?.length,
          reactiveElement: page['reactiveElementVersions']?.length,
          litHtml: page['litHtmlVersions']?.length,
          hostRendered: document.querySelector('host-app')?.shadowRoot?.textContent?.trim(),
          defined: ['story-card', 'quoted-reply', 'newsletter-signup'].map(tag => !!customElements.get(tag)),
          // The card extends the very ReactiveElement the app's LitElement extends (the card
          // is a ReactiveElement without lit-html templates; the app's class is a LitElement).
          sameBase:
            Object.getPrototypeOf(customElements.get('story-card')!) ===
            Object.getPrototypeOf(Object.getPrototypeOf(customElements.get('host-app')!)),
        };
      });
      assert.deepEqual(versions, {
        litElement: 1,
        reactiveElement: 1,
        litHtml: 1,
        hostRendered: 'host app',
        defined: [true, true, true],
        sameBase: true,
      });
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });

  it('imports the side-effect-free entry without defining any tag', async () => {
    const code = await bundleApp(`
      import { StoryCard, parseStory } from 'story-widgets/classes';
      window.__result = {
        defined: ['story-card', 'quoted-reply', 'newsletter-signup'].filter(tag => customElements.get(tag)),
        isClass: typeof StoryCard === 'function',
        parsed: parseStory({ headline: 'H' }).ok,
      };
    `);
    const session = await harness.open('/tests/e2e/pages/empty.html');
    try {
      await session.page.addScriptTag({ content: code, type: 'module' });
      const result = await until(session.page, 'the app ran', () => (window as unknown as { __result?: unknown }).__result);
      assert.deepEqual(result, { defined: [], isClass: true, parsed: true });
    } finally {
      await session.close();
    }
  });

  it('defines only the tag of the element module it imports', async () => {
    const code = await bundleApp(`
      import 'story-widgets/quoted-reply';
      window.__result = ['story-card', 'quoted-reply', 'newsletter-signup'].filter(tag => customElements.get(tag));
    `);
    assert.ok(!code.includes('newsletter-signup.component'), 'the signup box is not bundled');
    const session = await harness.open('/tests/e2e/pages/empty.html');
    try {
      await session.page.addScriptTag({ content: code, type: 'module' });
      const result = await until(session.page, 'the app ran', () => (window as unknown as { __result?: unknown }).__result);
      assert.deepEqual(result, ['quoted-reply']);
    } finally {
      await session.close();
    }
  });
});
