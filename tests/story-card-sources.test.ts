/**
 * The card's readers load on demand (the markup reader, the JSON-LD reader). While one is on
 * its way, the page and the host go on: re-renders must not drop it, and a newer source must
 * win over it. This file runs in a fresh page, so each test meets its reader before it loads,
 * and the test server answers for the readers 300 ms late (web-test-runner.config.mjs).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { StoryLoadEvent } from '../src/story-card/events.js';
import { visibleText } from './support/fixtures.js';

const headline = (el: StoryCard) => visibleText(el.shadowRoot!.querySelector('[part~="headline"]'));

/** Answers fetch() from a table of URL endings, each after its own delay. */
function stubFetch(answers: Record<string, { body: unknown; delayMs: number }>) {
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const ending = Object.keys(answers).find(key => url.endsWith(key));
    if (!ending) throw new TypeError(`no stub for ${url}`);
    const { body, delayMs } = answers[ending]!;
    await new Promise(resolve => setTimeout(resolve, delayMs));
    return Response.json(body);
  }) as typeof fetch;
  return () => (window.fetch = original);
}

describe('<story-card> sources while a reader is on its way', () => {
  it('a markup card keeps its reader through a page-wide re-render (theme switch), and a markup card given a src meanwhile shows the fetched story, not its markup', async () => {
    const restore = stubFetch({ '/b.json': { body: { headline: 'Fetched B' }, delayMs: 0 } });
    const host = document.createElement('div');
    document.body.append(host);
    try {
      render(html`<story-card id="one"><h2>Markup one</h2></story-card><story-card id="two"><h2>Markup two</h2></story-card>`, host);
      const one = host.querySelector<StoryCard>('#one')!;
      const two = host.querySelector<StoryCard>('#two')!;
      await one.updateComplete;
      expect(one.shadowRoot!.querySelector('[part~="headline"]'), 'the markup reader has not arrived yet').to.equal(null);
      // The page switches theme: every card re-renders before the reader lands.
      document.documentElement.classList.add('dark');
      await one.updateComplete;
      // The host gives the second card a URL before the reader lands.
      const loaded = new Promise<StoryLoadEvent>(resolve => two.addEventListener('story-load', event => resolve(event as StoryLoadEvent)));
      two.src = '/b.json';
      expect((await loaded).detail.story.headline).to.equal('Fetched B');
      await waitUntil(() => headline(one) === 'Markup one', 'the markup card never rendered its markup');
      // Give the reader every chance to land on the second card too.
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(headline(two)).to.equal('Fetched B');
    } finally {
      document.documentElement.classList.remove('dark');
      host.remove();
      restore();
    }
  });

  it('JSON-LD from src a.json waiting for its reader, then src b.json: the card shows b.json and fires story-load once, for b', async () => {
    const restore = stubFetch({
      '/a.json': { body: { '@type': 'NewsArticle', headline: 'Old A' }, delayMs: 0 },
      '/b.json': { body: { headline: 'New B' }, delayMs: 0 },
    });
    const el = document.createElement('story-card') as StoryCard;
    const loads: string[] = [];
    el.addEventListener('story-load', event => loads.push((event as StoryLoadEvent).detail.story.headline));
    try {
      el.src = '/a.json';
      document.body.append(el);
      // a.json has arrived and waits for the JSON-LD reader: the card shows its loading state.
      await waitUntil(() => el.shadowRoot!.querySelector('.loading'), 'a.json never reached the reader');
      el.src = '/b.json';
      await waitUntil(() => loads.length > 0, 'b.json never loaded');
      await new Promise(resolve => setTimeout(resolve, 600)); // the reader (300 ms late) lands meanwhile
      expect(headline(el)).to.equal('New B');
      expect(loads).to.deep.equal(['New B']);
    } finally {
      el.remove();
      restore();
    }
  });
});
