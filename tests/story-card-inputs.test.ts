import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { StoryErrorEvent, StoryLoadEvent } from '../src/story-card/events.js';
import { captureWarnings, nextEvent, seedStory, visibleText } from './support/fixtures.js';

const part = (el: StoryCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: StoryCard, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const fallback = (el: StoryCard) => el.shadowRoot!.querySelector('.fallback') as HTMLElement;

/** Replaces fetch for one test; `answer` decides what each call does. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const original = window.fetch;
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push({ url, init });
    return answer(url, init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** A fetch that never answers until its signal aborts. */
const hanging = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('<story-card> from host markup', () => {
  it('shows the markup a host wrote as written until its reader loads (first use on the page), then reads it into the same card', async () => {
    const el = await fixture<StoryCard>(html`
      <story-card>
        <h3><a href="https://news.example/story">Serena's first steps</a></h3>
        <p data-story="dek">“She is practicing so you can see the real ones.”</p>
        <p>By <a rel="author" href="https://news.example/a">Ann Writer</a>, <time datetime="2018-07-09">July 9</time></p>
        <figure>
          <img src="https://img.example/cover.jpg" alt="A tennis court" width="1200" height="675" />
          <figcaption>Jimmie48 Photography</figcaption>
        </figure>
        <p>First paragraph.</p>
        <p>Second paragraph.</p>
        <p data-story="via">H/T <a href="https://hellogiggles.com/">Hello Giggles</a> | <a href="https://www.today.com/">Today</a></p>
        <quoted-reply author="Chrissy Teigen" handle="chrissyteigen" platform="twitter">She is practicing so you can see the real ones.</quoted-reply>
      </story-card>
    `);
    // The first card written as markup on this page: the reader is on its way.
    expect(part(el, 'card'), 'no card before the reader arrives').to.be.null;
    expect(fallback(el).hidden, 'the host markup shows meanwhile').to.be.false;
    await waitUntil(() => part(el, 'headline'), 'the markup reader never arrived');
    expect(visibleText(part(el, 'headline'))).to.equal("Serena's first steps");
    expect(part(el, 'headline')!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/story');
    expect(visibleText(part(el, 'dek'))).to.equal('“She is practicing so you can see the real ones.”');
    expect(visibleText(part(el, 'byline'))).to.contain('By Ann Writer');
    expect(part(el, 'byline')!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-07-09');
    expect((part(el, 'image') as HTMLImageElement).getAttribute('alt')).to.equal('A tennis court');
    expect(visibleText(part(el, 'credit'))).to.equal('Image: Jimmie48 Photography');
    expect(parts(el, 'excerpt').map(visibleText)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    expect(visibleText(part(el, 'via'))).to.equal('H/T Hello Giggles, Today');
    expect(parts(el, 'reply')).to.have.length(1);
    expect(visibleText(part(el, 'reply'))).to.contain('@chrissyteigen');
    expect(fallback(el).hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('follows markup added after the element connected (script in <head>, frameworks)', async () => {
    const el = await fixture<StoryCard>(html`<story-card></story-card>`);
    const heading = document.createElement('h2');
    heading.textContent = 'Arrived later';
    el.append(heading);
    await waitUntil(() => part(el, 'headline'), 'the card reads the new markup');
    expect(visibleText(part(el, 'headline'))).to.equal('Arrived later');
    heading.textContent = 'Changed again';
    await waitUntil(() => visibleText(part(el, 'headline')) === 'Changed again');
  });

  it('shows markup it cannot read as a story exactly as written', async () => {
    const el = await fixture<StoryCard>(html`<story-card><p>Just a paragraph, no headline.</p></story-card>`);
    expect(part(el, 'card')).to.be.null;
    expect(fallback(el).hidden).to.be.false;
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<story-card> from inline JSON', () => {
  it('reads a Story document from <script type="application/json">', async () => {
    const story = await seedStory();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story);
    const el = document.createElement('story-card') as StoryCard;
    el.append(script);
    const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
    document.body.append(el);
    expect((await loaded).detail.story.headline).to.equal(story.headline);
    expect(parts(el, 'reply')).to.have.length(3);
    el.remove();
  });

  it('reads schema.org NewsArticle JSON-LD (its reader loaded on first use), comments becoming replies', async () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'From JSON-LD',
      alternativeHeadline: 'The dek',
      url: 'https://news.example/ld',
      datePublished: '2018-07-09T10:00:00Z',
      author: [{ '@type': 'Person', name: 'Ann Writer', url: 'https://news.example/ann' }],
      publisher: { '@type': 'Organization', name: 'News Example' },
      image: { '@type': 'ImageObject', url: 'https://img.example/c.jpg', width: 800, height: '450', caption: 'A court', creditText: 'Photo Agency' },
      description: 'The summary.',
      keywords: 'tennis, parenting',
      isBasedOn: ['https://www.today.com/story'],
      comment: [
        {
          '@type': 'Comment',
          text: 'Please don’t feel bad',
          url: 'https://bsky.app/profile/mom.example/post/3k',
          datePublished: '2018-07-08',
          author: { '@type': 'Person', name: 'A Mom', alternateName: 'mom.example', image: 'https://img.example/a.png' },
        },
        { '@type': 'Comment', text: 'no author' },
      ],
    };
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card lang="en">
        <script type="application/ld+json">${JSON.stringify(article)}</script>
      </story-card>`);
      await waitUntil(() => part(el, 'headline'), 'the JSON-LD story never rendered');
      expect(visibleText(part(el, 'headline'))).to.equal('From JSON-LD');
      expect(visibleText(part(el, 'dek'))).to.equal('The dek');
      expect(visibleText(part(el, 'byline'))).to.contain('By Ann Writer');
      expect(parts(el, 'excerpt').map(visibleText)).to.deep.equal(['The summary.']);
      expect(visibleText(part(el, 'credit'))).to.equal('Image: Photo Agency');
      expect(part(el, 'image')!.getAttribute('height')).to.equal('450');
      expect(visibleText(part(el, 'via'))).to.equal('H/T today.com');
      expect([...part(el, 'tags')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(['tennis', 'parenting']);
      const replies = parts(el, 'reply');
      expect(replies).to.have.length(1);
      expect(visibleText(replies[0])).to.contain('@mom.example');
      expect(visibleText(replies[0])).to.contain('Posted on Bluesky');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('replies.1.author');
    } finally {
      warnings.restore();
    }
  });

  it('accepts JSON-LD as the story property and inside an @graph', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      .story=${{ '@graph': [{ '@type': 'WebPage' }, { '@type': ['Article'], name: 'Graph headline' }] }}
    ></story-card>`);
    await waitUntil(() => part(el, 'headline'), 'the JSON-LD story never rendered');
    expect(visibleText(part(el, 'headline'))).to.equal('Graph headline');
  });

  it('reports broken inline JSON and keeps the host markup', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('story-card') as StoryCard;
      el.innerHTML = '<h2>Host headline</h2><script type="application/json">{ not json</script>';
      const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.reason).to.equal('invalid');
      expect(event.detail.message).to.contain('not valid JSON');
      expect(fallback(el).hidden).to.be.false;
      expect(warnings.messages).to.have.length(1);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('<story-card> from src', () => {
  it('fetches the Story document without credentials and resolves its relative URLs against it', async () => {
    const story = await seedStory();
    const fetchSpy = stubFetch(async () =>
      Response.json({ ...story, image: { ...story.image, src: './cover.svg' } }),
    );
    try {
      const el = document.createElement('story-card') as StoryCard;
      el.src = '/demo/story.json';
      const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
      document.body.append(el);
      await loaded;
      expect(fetchSpy.calls).to.have.length(1);
      expect(fetchSpy.calls[0]!.url).to.equal(new URL('/demo/story.json', location.href).href);
      expect(fetchSpy.calls[0]!.init!.credentials).to.equal('omit');
      expect(visibleText(part(el, 'headline'))).to.equal(story.headline);
      el.remove();
    } finally {
      fetchSpy.restore();
    }
  });

  it('loads a real document from the server', async () => {
    const el = document.createElement('story-card') as StoryCard;
    el.setAttribute('src', '/demo/story.json');
    const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
    document.body.append(el);
    await loaded;
    expect((part(el, 'image') as HTMLImageElement).src).to.equal(new URL('/demo/cover.svg', location.href).href);
    el.remove();
  });

  it('refuses a src document over 5 MiB of JSON with story-error "invalid", by its declared size without reading it, and by its length', async () => {
    const limit = 5 * 1024 * 1024;
    // A body that never arrives: reading it would never end, so only the header can refuse it.
    const declared = new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), {
      headers: { 'content-type': 'application/json', 'content-length': String(limit + 1) },
    });
    const oversized = JSON.stringify({ headline: 'H', summary: 'x'.repeat(limit) });
    for (const answer of [declared, new Response(oversized, { headers: { 'content-type': 'application/json' } })]) {
      const fetchSpy = stubFetch(async () => answer);
      const warnings = captureWarnings();
      try {
        const el = document.createElement('story-card') as StoryCard;
        el.src = '/huge.json';
        const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
        document.body.append(el);
        const { detail } = await failed;
        expect(detail.reason).to.equal('invalid');
        expect(detail.message).to.contain(`is larger than ${limit} characters`);
        expect(part(el, 'headline')).to.be.null;
        expect(warnings.messages).to.have.length(1);
        el.remove();
      } finally {
        warnings.restore();
        fetchSpy.restore();
      }
    }
  });

  it('refuses inline JSON over 5 MiB with story-error "invalid" and keeps the host markup', async () => {
    const limit = 5 * 1024 * 1024;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ headline: 'H', summary: 'x'.repeat(limit) });
    const el = document.createElement('story-card') as StoryCard;
    el.append(script, Object.assign(document.createElement('p'), { textContent: 'Host text' }));
    const warnings = captureWarnings();
    try {
      const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.reason).to.equal('invalid');
      expect(detail.message).to.contain(`larger than ${limit} characters`);
      expect(fallback(el).hidden).to.be.false;
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('keeps the host markup on screen while loading', async () => {
    const fetchSpy = stubFetch(hanging);
    try {
      const el = await fixture<StoryCard>(html`<story-card src="/slow.json"><p>Host text</p></story-card>`);
      expect(fallback(el).hidden).to.be.false;
      expect(part(el, 'card')).to.be.null;
      el.remove();
    } finally {
      fetchSpy.restore();
    }
  });

  it('cancels the request when removed, and starts again when re-added', async () => {
    const fetchSpy = stubFetch(hanging);
    try {
      const el = await fixture<StoryCard>(html`<story-card loading="eager" src="/slow.json"></story-card>`);
      expect(fetchSpy.calls).to.have.length(1);
      const parent = el.parentElement!;
      el.remove();
      expect(fetchSpy.calls[0]!.init!.signal!.aborted).to.be.true;
      parent.append(el);
      await el.updateComplete;
      expect(fetchSpy.calls).to.have.length(2);
      el.remove();
    } finally {
      fetchSpy.restore();
    }
  });

  it('cancels the request when src changes', async () => {
    const fetchSpy = stubFetch(hanging);
    try {
      const el = await fixture<StoryCard>(html`<story-card loading="eager" src="/one.json"></story-card>`);
      el.src = '/two.json';
      await el.updateComplete;
      expect(fetchSpy.calls.map(call => new URL(call.url).pathname)).to.deep.equal(['/one.json', '/two.json']);
      expect(fetchSpy.calls[0]!.init!.signal!.aborted).to.be.true;
      expect(fetchSpy.calls[1]!.init!.signal!.aborted).to.be.false;
      el.remove();
    } finally {
      fetchSpy.restore();
    }
  });

  it('gives up after timeout with story-error "timeout"', async () => {
    const fetchSpy = stubFetch(hanging);
    const warnings = captureWarnings();
    try {
      const el = document.createElement('story-card') as StoryCard;
      el.timeout = 10;
      el.src = '/slow.json';
      const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(visibleText(part(el, 'card'))).to.equal('Story unavailable');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      fetchSpy.restore();
      warnings.restore();
    }
  });

  const failures: Array<[string, string, string]> = [
    ['a 404', '/no-such-story.json', 'http'],
    ['an unreachable server', 'http://127.0.0.1:9/story.json', 'network'],
    ['a javascript: URL', 'javascript:alert(1)', 'invalid'],
    ['a document that is not a story', '/package.json', 'invalid'],
  ];
  for (const [what, src, reason] of failures) {
    it(`reports ${what} as story-error "${reason}"`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('story-card') as StoryCard;
        el.src = src;
        const failed = nextEvent<StoryErrorEvent>(el, 'story-error');
        document.body.append(el);
        const event = await failed;
        expect(event.detail.reason).to.equal(reason);
        expect(event.detail.message).to.be.a('string').and.not.be.empty;
        expect(event.bubbles && event.composed).to.be.true;
        expect(warnings.messages).to.have.length(1);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('<story-card> switching sources', () => {
  it('drops a fetch still under way when src is removed', async () => {
    let answer!: (response: Response) => void;
    const fetchSpy = stubFetch(() => new Promise<Response>(resolve => (answer = resolve)));
    try {
      const el = await fixture<StoryCard>(html`<story-card loading="eager" src="/slow.json"><h2>Host headline</h2></story-card>`);
      const events: string[] = [];
      for (const type of ['story-load', 'story-error']) el.addEventListener(type, () => events.push(type));
      el.removeAttribute('src');
      await el.updateComplete;
      expect(fetchSpy.calls[0]!.init!.signal!.aborted).to.be.true;
      answer(Response.json({ headline: 'Old src story' }));
      await new Promise(resolve => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(visibleText(part(el, 'headline'))).to.equal('Host headline');
      expect(events).to.deep.equal([]);
    } finally {
      fetchSpy.restore();
    }
  });

  it('goes back to src when the story property is cleared', async () => {
    const fetchSpy = stubFetch(async () => Response.json({ headline: 'From src' }));
    try {
      const el = document.createElement('story-card') as StoryCard;
      el.src = '/story.json';
      const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
      document.body.append(el);
      await loaded;
      el.story = { headline: 'From the property' };
      await el.updateComplete;
      expect(visibleText(part(el, 'headline'))).to.equal('From the property');
      const again = nextEvent<StoryLoadEvent>(el, 'story-load');
      el.story = undefined;
      await again;
      expect(visibleText(part(el, 'headline'))).to.equal('From src');
      el.remove();
    } finally {
      fetchSpy.restore();
    }
  });

  it('fires story-load once, and changes to its own attributes neither re-read nor collapse replies', async () => {
    const story = await seedStory();
    const el = document.createElement('story-card') as StoryCard;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(story);
    el.append(script);
    let loads = 0;
    el.addEventListener('story-load', () => loads++);
    document.body.append(el);
    await el.updateComplete;
    await new Promise(resolve => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(loads).to.equal(1);
    (part(el, 'button') as HTMLButtonElement).click();
    await el.updateComplete;
    el.classList.add('host-class');
    el.setAttribute('data-anything', '1');
    await new Promise(resolve => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(part(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(loads).to.equal(1);
    el.remove();
  });

  it('survives cyclic data', async () => {
    const warnings = captureWarnings();
    try {
      const cyclic: Record<string, unknown> = { headline: 'Cyclic', dek: 5 };
      cyclic.self = cyclic;
      const el = await fixture<StoryCard>(html`<story-card .story=${cyclic}></story-card>`);
      expect(visibleText(part(el, 'headline'))).to.equal('Cyclic');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('resolves relative URLs in host markup as the browser does', async () => {
    const el = await fixture<StoryCard>(html`<story-card>
      <h2><a href="story.html">Relative</a></h2>
      <img src="cover.jpg" alt="Cover" width="4" height="3" />
    </story-card>`);
    expect((part(el, 'image') as HTMLImageElement).src).to.equal(new URL('cover.jpg', document.baseURI).href);
    expect(part(el, 'headline')!.querySelector('a')!.href).to.equal(new URL('story.html', document.baseURI).href);
  });

  it('keeps keyboard focus in the card when the story replaces the host markup', async () => {
    let answer!: (response: Response) => void;
    const fetchSpy = stubFetch(() => new Promise<Response>(resolve => (answer = resolve)));
    try {
      const el = await fixture<StoryCard>(html`<story-card loading="eager" src="/slow.json"><a href="https://news.example/">Host link</a></story-card>`);
      el.querySelector('a')!.focus();
      const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
      answer(Response.json({ headline: 'Loaded', url: 'https://news.example/s' }));
      await loaded;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Loaded');
    } finally {
      fetchSpy.restore();
    }
  });
});
