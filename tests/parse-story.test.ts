import { expect, fixture, html } from '@open-wc/testing';
import './support/define.js';
import { parseReply, parseStory } from '../src/story/parse-story.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { StoryErrorEvent } from '../src/story-card/events.js';
import { captureWarnings, nextEvent, seedStory, visibleText } from './support/fixtures.js';

describe('parseStory', () => {
  it('accepts the seed story whole', async () => {
    const seed = await seedStory();
    const parsed = parseStory(seed);
    expect(parsed.ok).to.be.true;
    expect(parsed.problems).to.deep.equal([]);
  });

  it('fails only without a usable headline', () => {
    for (const input of [undefined, null, 42, 'story', [], {}, { headline: '' }, { headline: '   ' }, { headline: 7 }]) {
      const parsed = parseStory(input);
      expect(parsed.ok, JSON.stringify(input)).to.be.false;
      expect(parsed.problems.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
  });

  it('drops each invalid optional field and names it', () => {
    const parsed = parseStory({
      headline: 'H',
      url: 5,
      dek: {},
      author: { url: 'https://a.example' },
      publisher: 'P',
      published: 'last Tuesday',
      image: { src: 'https://img.example/a.jpg', width: -1 },
      summary: ['x'],
      body: ['ok', 3, 'fine'],
      via: [{ name: 'Good', url: 'https://g.example' }, { url: 'no name' }],
      tags: ['a', '', 'b'],
      replies: [
        { text: 'good', author: { name: 'A' } },
        { text: 'no author' },
        { text: 'bad platform', author: { name: 'B' }, platform: 'myspace' },
      ],
    });
    expect(parsed.ok).to.be.true;
    if (!parsed.ok) return;
    expect(parsed.value).to.deep.equal({
      headline: 'H',
      image: { src: 'https://img.example/a.jpg', alt: '' },
      body: ['ok', 'fine'],
      via: [{ name: 'Good', url: 'https://g.example' }],
      tags: ['a', 'b'],
      replies: [
        { text: 'good', author: { name: 'A' } },
        { text: 'bad platform', author: { name: 'B' } },
      ],
    });
    const named = parsed.problems.join('\n');
    for (const field of ['url', 'dek', 'author.name', 'publisher', 'published', 'image.width', 'summary', 'body.1', 'via.1.name', 'tags.1', 'replies.1.author', 'replies.2.platform']) {
      expect(named, field).to.contain(field);
    }
  });

  it('never throws on strange input', () => {
    const cyclic: Record<string, unknown> = { headline: 'H' };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({ headline: 'H' }, 'tags', { get: () => { throw new Error('no tags'); } });
    let deep: unknown = [];
    for (let level = 0; level < 20000; level++) deep = [deep];
    const strange = [cyclic, throwing, { headline: 'H', tags: [''], extra: deep }, Object.create(null), { headline: 'H', replies: 'nope' }, { headline: 'H', replies: [null, 1, 'x'] }, new Date(), { '@type': 'NewsArticle' }, { '@type': 'NewsArticle', headline: 'H', comment: 'x', image: [null], author: 42, isBasedOn: 'http://' }];
    for (const input of strange) expect(() => parseStory(input)).not.to.throw();
    expect(parseStory(throwing)).to.deep.equal({ ok: false, problems: ['unreadable data (no tags)'] });
    expect(parseStory({ headline: 'H', tags: [''], extra: deep })).to.deep.equal({ ok: true, value: { headline: 'H', tags: [] }, problems: ['tags.0 must not be empty'] });
    const ld = parseStory({ '@type': 'NewsArticle', headline: 'H', comment: 'x', image: [null], author: 42, isBasedOn: 'http://' });
    expect(ld.ok).to.be.true;
  });

  it('names each problem as "path message"', () => {
    const parsed = parseStory({ headline: 'H', replies: [{ text: 'ok', author: { name: 'A' } }, { text: 'ok', author: { name: ' ' } }], tags: [5] });
    expect(parsed.problems).to.deep.equal(['tags.0 must be a string', 'replies.1.author.name must not be empty']);
  });

  it('reads replies on their own', () => {
    expect(parseReply({ text: 'hi', author: { name: 'A' } }).ok).to.be.true;
    expect(parseReply({ text: 'hi' }).ok).to.be.false;
    expect(parseReply({ text: 'hi', author: { name: 'A', handle: 5 } })).to.deep.include({ ok: true, value: { text: 'hi', author: { name: 'A' } } });
  });
});

describe('<story-card> with bad input', () => {
  it('renders what is valid and warns once, naming the fields', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card
        .story=${{ headline: 'Still here', image: { alt: 'no src' }, replies: [{ text: 'ok', author: { name: 'A' } }, { text: 'bad' }] }}
      ></story-card>`);
      expect(visibleText(el.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Still here');
      expect(el.shadowRoot!.querySelectorAll('[part~="reply"]')).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('image.src').and.contain('replies.1.author');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('a story property that is a throwing Proxy, or has a throwing url getter and no headline: story-error "invalid", no exception reaches the page', async () => {
    const trap = () => {
      throw new Error('host trap');
    };
    const hostile = [
      new Proxy({}, { has: trap, get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
      Object.defineProperty({}, 'url', { get: trap, enumerable: true }),
    ];
    const warnings = captureWarnings();
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      for (const story of hostile) {
        const el = document.createElement('story-card') as StoryCard;
        const failed = new Promise<StoryErrorEvent>(resolve => el.addEventListener('story-error', event => resolve(event as StoryErrorEvent)));
        el.story = story;
        document.body.append(el);
        expect((await failed).detail.reason).to.equal('invalid');
        expect(el.shadowRoot!.querySelector('.unavailable')).to.not.equal(null);
        el.remove();
      }
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
    }
  });

  it('shows "Story unavailable" with the link when known, and fires story-error', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('story-card') as StoryCard;
      el.story = { url: 'https://news.example/s' };
      const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.reason).to.equal('invalid');
      expect(event.detail.message).to.contain('headline');
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('[part~="card"]')!;
      expect([...card.children].map(paragraph => visibleText(paragraph))).to.deep.equal(['Story unavailable', 'Read the full story']);
      expect(card.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/s');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('shows the host markup instead when there is some', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 42 }}><p>The host's own words</p></story-card>`);
      expect(el.shadowRoot!.querySelector('[part~="card"]')).to.be.null;
      expect((el.shadowRoot!.querySelector('.fallback') as HTMLElement).hidden).to.be.false;
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('recovers when good data follows bad', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card .story=${{}}></story-card>`);
      el.story = { headline: 'Good now' };
      await el.updateComplete;
      expect(visibleText(el.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Good now');
    } finally {
      warnings.restore();
    }
  });
});
