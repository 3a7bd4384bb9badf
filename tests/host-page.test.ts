/**
 * What a host page's author writes, taken as a browser would: attribute values that make no
 * sense fall back to their defaults (with one warning naming the attribute), `hidden` hides,
 * relative URLs resolve against the page, nothing is added to the host's markup, and a card
 * far below the fold fetches its `src` only when the reader comes near.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/story-widgets.js';
import type { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import type { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { captureWarnings } from './support/fixtures.js';
import { newId, requests, script } from './support/recorder.js';

const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise(resolve => requestAnimationFrame(resolve));
};

/** A fresh element with `attribute="value"`, rendered once; hands back the warnings it gave. */
async function withAttribute<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  attribute: string,
  value: string,
): Promise<{ el: T; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    const el = document.createElement(tag) as T;
    el.setAttribute(attribute, value);
    if (tag === 'story-card') (el as unknown as StoryCard).story = { headline: 'H', replies: [] };
    if (tag === 'quoted-reply') (el as unknown as QuotedReply).reply = { text: 'T', author: { name: 'A' } };
    document.body.append(el);
    await el.updateComplete;
    return { el, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('bad attribute values', () => {
  const table: Array<[tag: string, attribute: string, property: string, values: string[], fallback: unknown]> = [
    ['story-card', 'timeout', 'timeout', ['soon', '0', '-5', '99999999999'], 10000],
    ['story-card', 'replies-limit', 'repliesLimit', ['many', '-1', '1.5'], 3],
    ['story-card', 'heading-level', 'headingLevel', ['h2', '0', '7', '2.5'], 2],
    ['story-card', 'excerpt-paragraphs', 'excerptParagraphs', ['all', '-2'], 2],
    ['story-card', 'theme', 'theme', ['blue', 'DARK'], 'auto'],
    ['story-card', 'loading', 'loading', ['later'], 'lazy'],
    ['quoted-reply', 'theme', 'theme', ['blue'], 'auto'],
    ['newsletter-signup', 'timeout', 'timeout', ['soon', '0'], 10000],
    ['newsletter-signup', 'min-fill-time', 'minFillTime', ['abc', '-1'], 1500],
    ['newsletter-signup', 'theme', 'theme', ['neon'], 'auto'],
    ['newsletter-signup', 'provider', 'provider', ['constructor', 'mailchimpp', '__proto__'], 'endpoint'],
  ];
  for (const [tag, attribute, property, values, fallback] of table) {
    it(`<${tag} ${attribute}=${values.map(value => `"${value}"`).join('|')}> falls back to ${String(fallback)} with one warning naming ${attribute}`, async () => {
      for (const value of values) {
        const { el, warnings } = await withAttribute(tag, attribute, value);
        expect((el as unknown as Record<string, unknown>)[property], value).to.equal(fallback);
        expect(warnings, value).to.deep.equal([
          `story-widgets: <${tag}> ${attribute}="${value}" is not ${
            attribute === 'theme'
              ? 'auto, light, dark'
              : attribute === 'loading'
                ? 'lazy, eager'
                : attribute === 'provider'
                  ? 'endpoint, form, mailchimp, buttondown, kit, ghost'
                  : attribute === 'heading-level'
                    ? 'a whole number from 1 to 6'
                    : attribute === 'min-fill-time'
                      ? 'milliseconds from 0'
                      : attribute === 'timeout'
                        ? 'milliseconds from 1'
                        : 'a whole number from 0'
          }; using ${String(fallback)}.`,
        ]);
        el.remove();
      }
    });
  }

  it('good values are kept without a warning, and removing the attribute goes back to the default quietly', async () => {
    const { el, warnings } = await withAttribute<StoryCard>('story-card', 'replies-limit', '0');
    expect(el.repliesLimit).to.equal(0);
    const later = captureWarnings();
    el.removeAttribute('replies-limit');
    await el.updateComplete;
    later.restore();
    expect(el.repliesLimit).to.equal(3);
    expect([...warnings, ...later.messages]).to.deep.equal([]);
    el.remove();
  });

  it('odd values set as properties (a Symbol, a BigInt, an object without a prototype, a throwing toString) fall back with a warning and never throw', async () => {
    const odd: Array<[string, string, unknown, unknown]> = [
      ['story-card', 'timeout', Symbol('soon'), 10000],
      ['story-card', 'headingLevel', { toString: () => { throw new Error('boom'); } }, 2],
      ['quoted-reply', 'theme', Object.create(null), 'auto'],
      ['newsletter-signup', 'timeout', 5000n, 10000],
      ['newsletter-signup', 'minFillTime', 0n, 1500],
    ];
    for (const [tag, property, value, fallback] of odd) {
      const warnings = captureWarnings();
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
      if (tag === 'story-card') el.story = { headline: 'H' };
      if (tag === 'quoted-reply') el.reply = { text: 'T', author: { name: 'A' } };
      document.body.append(el);
      await el.updateComplete;
      el[property] = value;
      await el.updateComplete;
      warnings.restore();
      expect(el[property], `${tag}.${property}`).to.equal(fallback);
      expect(warnings.messages, `${tag}.${property}`).to.have.length(1);
      el.remove();
    }
  });

  it('an empty number attribute (min-fill-time="", replies-limit="") is a typo: the default, with a warning', async () => {
    for (const [tag, attribute, property, fallback] of [
      ['newsletter-signup', 'min-fill-time', 'minFillTime', 1500],
      ['story-card', 'replies-limit', 'repliesLimit', 3],
    ] as const) {
      const { el, warnings } = await withAttribute(tag, attribute, '');
      expect((el as unknown as Record<string, unknown>)[property], attribute).to.equal(fallback);
      expect(warnings, attribute).to.have.length(1);
      expect(warnings[0]).to.contain(`${attribute}=""`);
      el.remove();
    }
  });

  it('min-fill-time="abc" keeps the bot check on: a submit at once is held, nothing is sent yet', async () => {
    const id = newId('fill');
    const warnings = captureWarnings();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="abc"></newsletter-signup>`);
    warnings.restore();
    el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'reader@example.com';
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    expect(await requests(id)).to.deep.equal([]);
    el.remove();
  });

  it('timeout="0" on a card does not fail at once: the story loads', async () => {
    const warnings = captureWarnings();
    const el = await fixture<StoryCard>(html`<story-card timeout="0" loading="eager" src="/demo/story.json"></story-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="headline"]'), 'the story never rendered');
    warnings.restore();
    expect(el.timeout).to.equal(10000);
    expect(warnings.messages).to.have.length(1);
  });
});

describe('the host page’s markup', () => {
  for (const tag of ['story-card', 'quoted-reply', 'newsletter-signup']) {
    it(`<${tag} hidden> takes no space, and shows again when hidden is removed`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.hidden = true;
      if (tag === 'story-card') (el as unknown as StoryCard).story = { headline: 'H' };
      if (tag === 'quoted-reply') (el as unknown as QuotedReply).reply = { text: 'T', author: { name: 'A' } };
      document.body.append(el);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.hidden = false;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.getBoundingClientRect().height).to.be.above(0);
      el.remove();
    });

    it(`<${tag}> adds no attribute to the host's markup (theme is not reflected)`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean>; theme: string };
      const changes: string[] = [];
      const observer = new MutationObserver(records => changes.push(...records.map(record => record.attributeName!)));
      observer.observe(el, { attributes: true });
      document.body.append(el);
      await el.updateComplete;
      el.theme = 'dark';
      await el.updateComplete;
      await frames(1);
      observer.disconnect();
      expect(el.getAttributeNames()).to.deep.equal([]);
      expect(changes).to.deep.equal([]);
      el.remove();
    });
  }
});

describe('relative URLs an author writes', () => {
  it('<story-card src="demo/story.json"> (no ./ or /) loads from the page’s own site', async () => {
    const el = await fixture<StoryCard>(html`<story-card loading="eager" src="demo/story.json"></story-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="headline"]'), 'the story never rendered');
  });

  it('src resolves against the document’s <base href>', async () => {
    const base = document.createElement('base');
    base.href = `${location.origin}/demo/`;
    document.head.prepend(base);
    try {
      const el = await fixture<StoryCard>(html`<story-card loading="eager" src="story.json"></story-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="headline"]'), 'the story never rendered');
    } finally {
      base.remove();
    }
  });

  it('<form action="…"> written relative inside <newsletter-signup> posts there', async () => {
    const id = newId('relative');
    const page = new URL(location.href);
    await script(id, { body: { status: 'subscribed' } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup min-fill-time="0"
      ><form action="__rec/${id}/subscribe" method="post"><label>Email <input type="email" name="email" /></label><button>Join</button></form
    ></newsletter-signup>`);
    expect(page.pathname.endsWith('/'), 'the test page lives at the root, so the relative path resolves to /__rec/…').to.be.true;
    el.querySelector('input')!.value = 'reader@example.com';
    const success = new Promise(resolve => el.addEventListener('signup-success', resolve, { once: true }));
    el.querySelector('form')!.requestSubmit();
    await success;
    expect((await requests(id)).map(request => request.path)).to.deep.equal(['/subscribe']);
  });

  it('<quoted-reply href avatar author-href> written relative resolve against the page', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply author="A" href="posts/1" author-href="people/a" avatar="avatars/a.png"
      >Text</quoted-reply
    >`);
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLAnchorElement>('a.permalink')!.href).to.equal(new URL('posts/1', document.baseURI).href);
    expect(root.querySelector<HTMLAnchorElement>('a.name')!.href).to.equal(new URL('people/a', document.baseURI).href);
    expect(root.querySelector('img')!.getAttribute('src')).to.equal(new URL('avatars/a.png', document.baseURI).href);
  });

  it('a Story document keeps its own rules: a bare relative URL in data is left out', async () => {
    const warnings = captureWarnings();
    const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 'H', url: 'story.html' }}></story-card>`);
    warnings.restore();
    expect(el.shadowRoot!.querySelector('[part~="headline"] a')).to.be.null;
  });
});

describe('lazy src', () => {
  /** A card with `src` under a spacer `screens` viewports tall. */
  async function farCard(id: string, attributes = ''): Promise<{ card: StoryCard; spacer: HTMLElement }> {
    await script(id, { body: { headline: `Far ${id}` } });
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: ${innerHeight * 5}px"></div></div>`);
    const card = document.createElement('story-card') as StoryCard;
    if (attributes) card.setAttribute('loading', attributes);
    card.src = `/__rec/${id}/story.json`;
    wrapper.append(card);
    await card.updateComplete;
    await frames();
    return { card, spacer: wrapper.firstElementChild as HTMLElement };
  }

  afterEach(() => scrollTo(0, 0));

  it('a card five screens below the fold does not fetch until the reader scrolls near it', async () => {
    const id = newId('lazy');
    const { card } = await farCard(id);
    expect(await requests(id)).to.deep.equal([]);
    card.scrollIntoView();
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the far card never loaded');
    expect((await requests(id)).length).to.equal(1);
  });

  it('a far card waiting to come near fetches at once when loading turns to eager', async () => {
    const id = newId('turned-eager');
    const { card } = await farCard(id);
    expect(await requests(id)).to.deep.equal([]);
    card.loading = 'eager';
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the card never loaded');
    expect((await requests(id)).length).to.equal(1);
  });

  it('loading="eager" fetches at once, wherever the card is', async () => {
    const id = newId('eager');
    const { card } = await farCard(id, 'eager');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the eager card never loaded');
    expect((await requests(id)).length).to.equal(1);
  });

  it('inline JSON and the story property render at once, however far below', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="height: ${innerHeight * 5}px"></div>
      <story-card id="inline"><script type="application/json">{"headline": "Inline"}</script></story-card>
      <story-card id="property" .story=${{ headline: 'Property' }}></story-card>
    </div>`);
    for (const id of ['inline', 'property']) {
      const card = wrapper.querySelector<StoryCard>(`#${id}`)!;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="headline"]')?.textContent?.trim()).to.equal(id[0]!.toUpperCase() + id.slice(1));
    }
  });

  it('a card removed while it waits never fetches, and fetches once when put back near', async () => {
    const id = newId('removed');
    const { card, spacer } = await farCard(id);
    const parent = card.parentElement!;
    card.remove();
    scrollTo(0, spacer.offsetHeight + 100);
    await frames();
    expect(await requests(id)).to.deep.equal([]);
    spacer.remove();
    parent.append(card);
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the card put back never loaded');
    expect((await requests(id)).length).to.equal(1);
  });

  it('a card inside display: none waits, and fetches when shown', async () => {
    const id = newId('shown');
    await script(id, { body: { headline: 'Shown' } });
    const wrapper = await fixture<HTMLElement>(html`<div style="display: none"><story-card src="/__rec/${id}/story.json"></story-card></div>`);
    const card = wrapper.querySelector<StoryCard>('story-card')!;
    await card.updateComplete;
    await frames();
    expect(await requests(id)).to.deep.equal([]);
    wrapper.style.display = '';
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the shown card never loaded');
  });

  it('a card inside a closed <details> fetches when it is opened', async () => {
    const id = newId('details');
    await script(id, { body: { headline: 'Opened' } });
    const details = await fixture<HTMLDetailsElement>(
      html`<details><summary>More</summary><story-card src="/__rec/${id}/story.json"></story-card></details>`,
    );
    const card = details.querySelector<StoryCard>('story-card')!;
    await card.updateComplete;
    await frames();
    expect(await requests(id)).to.deep.equal([]);
    details.open = true;
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="headline"]'), 'the card in <details> never loaded');
  });
});
