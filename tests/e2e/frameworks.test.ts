/**
 * The kit inside real framework apps: a React 19 app and a Vue 3 app, written here, bundled
 * by esbuild from the npm build (`story-widgets` resolved to this repository through a
 * scratch app's node_modules, as in npm-package.test.ts) and served from a scratch folder
 * under `/tests/e2e/apps/`. Each page (pages/react-app.html, …) keeps the kit's strict CSP
 * with Trusted Types, so nothing may need inline script, eval or another policy.
 *
 * Each app renders what it received from the elements (the `story-load` and `signup-success`
 * events), and the tests read that back from the app's own markup: the events reached the
 * app's state, not only a listener.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { assertQuietPage, startHarness, until, type Harness } from './support/harness.js';
import { bundleScratchApp } from './support/scratch-app.js';

const appsPrefix = '/tests/e2e/apps/';

/** The two stories every app shows, one after the other: only the headline tells them apart. */
const firstHeadline = 'Fellow Moms Knew Just What To Say';
const secondHeadline = 'Wimbledon Starts With a New Champion';
const storiesSource = `
  const firstStory = {
    headline: ${JSON.stringify(firstHeadline)},
    replies: [{ text: 'She is practicing so you can see the real ones.', author: { name: 'Chrissy Teigen' } }],
  };
  const secondStory = { headline: ${JSON.stringify(secondHeadline)} };
`;

/**
 * A React 19 app (production build, as shipped): `<story-card>` with the `story` property and
 * `onstory-load`, a button that swaps in the next story, and `<newsletter-signup>` posting to
 * the real endpoint with `onsignup-success`. It lists what each event told it.
 */
const reactApp = `
  import { useState } from 'react';
  import { createRoot } from 'react-dom/client';
  import 'story-widgets';
  import type {} from 'story-widgets/types/react';
  ${storiesSource}

  function App() {
    const [story, setStory] = useState<object>(firstStory);
    const [loaded, setLoaded] = useState<string[]>([]);
    const [signups, setSignups] = useState<string[]>([]);
    return (
      <>
        <story-card story={story} onstory-load={event => setLoaded(seen => [...seen, event.detail.story.headline])} />
        <button type="button" onClick={() => setStory(secondStory)}>Show the next story</button>
        <newsletter-signup
          action="/api/subscribe"
          min-fill-time={0}
          onsignup-success={event => setSignups(seen => [...seen, event.detail.status + ' ' + event.detail.email])}
        />
        <ul id="stories-loaded">{loaded.map((headline, index) => <li key={index}>{headline}</li>)}</ul>
        <ul id="signups">{signups.map((signup, index) => <li key={index}>{signup}</li>)}</ul>
      </>
    );
  }

  createRoot(document.getElementById('root')!).render(<App />);
`;

/**
 * React's development build (StrictMode does nothing in production): `<story-card src>`
 * inside `<StrictMode>`, which mounts every component, runs its effects' cleanups and mounts
 * it again. The app counts its own effect runs, to show the double mount really happened.
 */
const reactStrictModeApp = `
  import { StrictMode, useEffect, useState } from 'react';
  import { createRoot } from 'react-dom/client';
  import 'story-widgets';
  import type {} from 'story-widgets/types/react';

  function App() {
    const [effectRuns, setEffectRuns] = useState(0);
    const [loaded, setLoaded] = useState<string[]>([]);
    useEffect(() => setEffectRuns(runs => runs + 1), []);
    return (
      <>
        <story-card src="/demo/story.json" onstory-load={event => setLoaded(seen => [...seen, event.detail.story.headline])} />
        <p id="effect-runs">{effectRuns}</p>
        <ul id="stories-loaded">{loaded.map((headline, index) => <li key={index}>{headline}</li>)}</ul>
      </>
    );
  }

  createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`;

/**
 * The same app in Vue 3 with render functions (the runtime-only build: a template compiled in
 * the page would need eval, which the CSP forbids; an SFC's template is compiled at build
 * time into these same calls). The story lives in a `ref`, so the card gets Vue's reactive
 * proxy of it, as in a real app. `onStoryLoad` is what `@story-load` compiles to.
 */
const vueApp = `
  import { createApp, defineComponent, h, ref } from 'vue';
  import 'story-widgets';
  ${storiesSource}

  const App = defineComponent({
    setup() {
      const story = ref(firstStory);
      const loaded = ref([]);
      const signups = ref([]);
      return () => [
        h('story-card', { story: story.value, onStoryLoad: event => loaded.value.push(event.detail.story.headline) }),
        h('button', { type: 'button', onClick: () => (story.value = secondStory) }, 'Show the next story'),
        h('newsletter-signup', {
          action: '/api/subscribe',
          'min-fill-time': '0',
          onSignupSuccess: event => signups.value.push(event.detail.status + ' ' + event.detail.email),
        }),
        h('ul', { id: 'stories-loaded' }, loaded.value.map(headline => h('li', headline))),
        h('ul', { id: 'signups' }, signups.value.map(signup => h('li', signup))),
      ];
    },
  });

  createApp(App).mount('#root');
`;

/**
 * Bundles `source` (TSX) as an app would (support/scratch-app.ts), with the frameworks
 * installed, React's automatic JSX runtime, and `process.env.NODE_ENV` and Vue's feature
 * flags defined as Vite defines them.
 */
function bundleApp(source: string, mode: 'production' | 'development'): Promise<string> {
  return bundleScratchApp({
    source,
    file: 'app.tsx',
    packages: ['lit', 'react', 'react-dom', 'vue'],
    options: {
      jsx: 'automatic',
      conditions: [mode],
      define: {
        'process.env.NODE_ENV': JSON.stringify(mode),
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    },
  });
}

/** What the app rendered from the events it received: headlines of `story-load`, `status email` of `signup-success`. */
function appState(page: Page): Promise<{ storiesLoaded: string[]; signups: string[] }> {
  return page.evaluate(() => ({
    storiesLoaded: [...document.querySelectorAll('#stories-loaded li')].map(item => item.textContent!),
    signups: [...document.querySelectorAll('#signups li')].map(item => item.textContent!),
  }));
}

/** What the card shows and how it got its story: the rendered headline, and whether `story` became an attribute. */
function shownCard(page: Page): Promise<{ headline: string | undefined; storyAttribute: string | null }> {
  return page.evaluate(() => {
    const card = document.querySelector('story-card')!;
    return {
      headline: card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim(),
      storyAttribute: card.getAttribute('story'),
    };
  });
}

/** Types `email` into the signup box's email field and presses Enter in it, as a reader does. */
async function signUp(page: Page, email: string): Promise<void> {
  await until(page, '<newsletter-signup> renders its email field', () =>
    !!document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('input[type="email"]'),
  );
  const input = await page.$('newsletter-signup >>> input[type="email"]');
  assert.ok(input, 'the box renders an email field');
  await input.type(email);
  await page.keyboard.press('Enter');
  await input.dispose();
}

/**
 * One app's whole run: the first story arrives as a property and its `story-load` reaches the
 * app, a signup's `signup-success` reaches the app, then the app swaps the story and the card
 * shows it and fires `story-load` again.
 */
async function checkApp(harness: Harness, pagePath: string, email: string): Promise<void> {
  const session = await harness.open(pagePath);
  try {
    const { page } = session;
    await until(page, 'the app lists the first story-load', () => document.querySelectorAll('#stories-loaded li').length >= 1);
    assert.deepEqual(await shownCard(page), { headline: firstHeadline, storyAttribute: null }, 'story set as a property');
    assert.deepEqual(await appState(page), { storiesLoaded: [firstHeadline], signups: [] });

    await signUp(page, email);
    await until(page, 'the app lists the signup-success', () => document.querySelectorAll('#signups li').length >= 1);
    assert.deepEqual(await appState(page), { storiesLoaded: [firstHeadline], signups: [`subscribed ${email}`] });
    assert.equal(
      session.requests.filter(url => url === `${harness.origin}/api/subscribe`).length,
      1,
      'one request to the real endpoint',
    );

    const next = await page.$('#root > button');
    assert.ok(next, 'the app renders its button');
    await next.click();
    await next.dispose();
    await until(page, 'the app lists the second story-load', () => document.querySelectorAll('#stories-loaded li').length >= 2);
    assert.deepEqual(await shownCard(page), { headline: secondHeadline, storyAttribute: null });
    assert.deepEqual(await appState(page), { storiesLoaded: [firstHeadline, secondHeadline], signups: [`subscribed ${email}`] });
    await assertQuietPage(session);
  } finally {
    await session.close();
  }
}

describe('the npm build inside React 19 and Vue 3 apps', () => {
  let harness: Harness;
  let appsDir: string;
  before(async () => {
    appsDir = await mkdtemp(join(tmpdir(), 'framework-apps-'));
    const [react, reactStrictMode, vue] = await Promise.all([
      bundleApp(reactApp, 'production'),
      bundleApp(reactStrictModeApp, 'development'),
      bundleApp(vueApp, 'production'),
    ]);
    await writeFile(join(appsDir, 'react-app.js'), react);
    await writeFile(join(appsDir, 'react-strict-mode.js'), reactStrictMode);
    await writeFile(join(appsDir, 'vue-app.js'), vue);
    harness = await startHarness({ serve: { [appsPrefix]: appsDir } });
  });
  after(async () => {
    await harness?.stop();
    if (appsDir) await rm(appsDir, { recursive: true, force: true });
  });

  it('React 19: the story property renders, story-load and signup-success reach the app’s state, and a new story re-renders and fires story-load again', async () => {
    await checkApp(harness, '/tests/e2e/pages/react-app.html', 'react-reader@example.com');
  });

  it('Vue 3: the story property renders, story-load and signup-success reach the app’s state, and a new story re-renders and fires story-load again', async () => {
    await checkApp(harness, '/tests/e2e/pages/vue-app.html', 'vue-reader@example.com');
  });

  it('React 19 StrictMode’s double mount sends one request for a card’s src and fires story-load once', async () => {
    const session = await harness.open('/tests/e2e/pages/react-strict-mode.html');
    try {
      const { page } = session;
      await until(page, 'the app lists the story-load', () => document.querySelectorAll('#stories-loaded li').length >= 1);
      const effectRuns = await page.evaluate(() => document.getElementById('effect-runs')!.textContent);
      assert.equal(effectRuns, '2', 'StrictMode ran the app’s mount effect twice (the double mount happened)');
      assert.deepEqual(session.requests.filter(url => url === `${harness.origin}/demo/story.json`), [`${harness.origin}/demo/story.json`]);
      assert.deepEqual((await appState(page)).storiesLoaded, [
        "When Serena Williams Missed Her Daughter's First Steps, Fellow Moms Knew Just What To Say",
      ]);
      await assertQuietPage(session);
    } finally {
      await session.close();
    }
  });
});
