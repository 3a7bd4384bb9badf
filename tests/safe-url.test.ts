import { expect, fixture, html } from '@open-wc/testing';
import './support/define.js';
import { safeUrl } from '../src/internal/safe-url.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';
import { captureWarnings, visibleText } from './support/fixtures.js';

/** Every one of these must stay plain text: never an href, never a src. */
export const hostileUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001 javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  '\tjavascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript:/* */alert(1)',
  'javascript://%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'ftp://files.example/a',
  'about:blank',
  'intent://evil#Intent;end',
  '',
  '   ',
];

describe('safeUrl', () => {
  for (const url of hostileUrls) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, 'link')).to.be.undefined;
      expect(safeUrl(url, 'media')).to.be.undefined;
    });
  }

  it('accepts http(s) and resolves paths against the base', () => {
    expect(safeUrl('https://news.example/a?b=1#c')).to.equal('https://news.example/a?b=1#c');
    expect(safeUrl('HTTP://News.Example/a')).to.equal('http://news.example/a');
    expect(safeUrl('  https://news.example/ ')).to.equal('https://news.example/');
    expect(safeUrl('/story.json', 'media', 'https://news.example/x/')).to.equal('https://news.example/story.json');
    expect(safeUrl('./cover.svg', 'media', 'https://news.example/x/doc.json')).to.equal('https://news.example/x/cover.svg');
    expect(safeUrl('../cover.svg', 'media', 'https://news.example/x/doc.json')).to.equal('https://news.example/cover.svg');
  });

  it('accepts mailto: for links only', () => {
    expect(safeUrl('mailto:tips@news.example', 'link')).to.equal('mailto:tips@news.example');
    expect(safeUrl('mailto:tips@news.example', 'media')).to.be.undefined;
  });

  it('refuses bare words and relative paths against a non-http base', () => {
    expect(safeUrl('story.json', 'link', 'https://news.example/')).to.be.undefined;
    expect(safeUrl('/a', 'link', 'about:blank')).to.be.undefined;
    expect(safeUrl(42 as unknown)).to.be.undefined;
    expect(safeUrl(null as unknown)).to.be.undefined;
  });
});

describe('safeUrl on long input (security review row 3)', () => {
  const spaces = (count: number) => ' '.repeat(count);
  const encoded = (count: number) => `https://a.example/${'%20'.repeat(count)}b`;
  const headlineLink = (el: StoryCard) => el.shadowRoot!.querySelector('[part~="headline"] a');

  it('keeps a run of 120,000 spaces inside a URL and trims one at either end', () => {
    expect(safeUrl(`https://a.example/${spaces(120_000)}b`)).to.equal(encoded(120_000));
    expect(safeUrl(`${spaces(120_000)}https://a.example/${spaces(120_000)}`)).to.equal('https://a.example/');
    expect(safeUrl(`\u0000${spaces(120_000)}\u001f\tjavascript:alert(1)${spaces(120_000)}x`)).to.be.undefined;
    expect(safeUrl(spaces(120_000))).to.be.undefined;
  });

  it('trims what String#trim trims; a control character at the start is refused, one at the end dropped', () => {
    expect(safeUrl('\u00a0\ufeff https://news.example/a \u2028\u3000')).to.equal('https://news.example/a');
    expect(safeUrl('\u0001https://news.example/a')).to.be.undefined;
    expect(safeUrl('https://news.example/a\u0001\u001f')).to.equal('https://news.example/a');
  });

  it('renders the story of the review (a url of 120,000 spaces between two parts): the headline, without the overlong url', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 'Headline', url: `https://a.example/${spaces(120_000)}b` }}></story-card>`);
      expect(visibleText(el.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Headline');
      expect(headlineLink(el)).to.be.null;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('url must be 2048 characters at most');
    } finally {
      warnings.restore();
    }
  });

  it('links a story url with 2,000 spaces inside, and again when the card turns dark', async () => {
    const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 'Headline', url: `https://a.example/${spaces(2000)}b` }}></story-card>`);
    expect(headlineLink(el)!.getAttribute('href')).to.equal(encoded(2000));
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.surface')!.classList.contains('dark')).to.be.true;
    expect(headlineLink(el)!.getAttribute('href')).to.equal(encoded(2000));
  });
});

describe('hostile URLs in story and reply data', () => {
  const everyUrl = (root: ShadowRoot) =>
    [...root.querySelectorAll('[href], [src], [cite]')].flatMap(node =>
      ['href', 'src', 'cite'].map(name => node.getAttribute(name)).filter((value): value is string => value !== null),
    );

  it('never reach href, src or cite in <story-card>, and the text still shows', async () => {
    for (const url of hostileUrls.filter(Boolean)) {
      const story = {
        headline: 'Headline',
        url,
        author: { name: 'Author', url },
        publisher: { name: 'Publisher', url },
        image: { src: url, alt: 'Alt' },
        via: [{ name: 'Source', url }],
        replies: [{ text: `look ${url}`, url, author: { name: 'Replier', url, avatar: url } }],
      };
      const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
      // The reply's text may hold a real https URL inside the hostile one ("blob:https://…"):
      // that part may become a link; nothing else may.
      const urls = everyUrl(el.shadowRoot!);
      expect(urls.filter(found => !/^https:\/\/evil\.example\/1$/.test(found)), JSON.stringify(url)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('img'), JSON.stringify(url)).to.be.null;
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('Headline');
      expect(text).to.contain('Author');
      expect(text).to.contain('Source');
      expect(text).to.contain('Replier');
    }
  });

  // Attributes are the page author's: like a link's href, what is not an absolute URL is a
  // path on the page's own site ("java script:alert(1)" is a file name there). No other
  // scheme than http(s) may come through.
  it('never reach href, src or cite in <quoted-reply> markup, except as a path on the page’s own site', async () => {
    for (const url of hostileUrls.filter(Boolean)) {
      const el = await fixture<QuotedReply>(html`<quoted-reply
        author="Replier"
        author-href=${url}
        avatar=${url}
        href=${url}
        platform="twitter"
        >Text ${url}</quoted-reply
      >`);
      const urls = everyUrl(el.shadowRoot!);
      const ownSite = `${location.origin}/`;
      expect(
        urls.filter(found => !/^https:\/\/evil\.example\/1$/.test(found) && !found.startsWith(ownSite)),
        JSON.stringify(url),
      ).to.deep.equal([]);
      const avatar = el.shadowRoot!.querySelector('img');
      expect(avatar === null || avatar.src.startsWith(ownSite), JSON.stringify(url)).to.be.true;
      expect(el.shadowRoot!.textContent).to.contain('Replier');
    }
  });

  it('lets safe URLs through to the places they belong', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      .story=${{
        headline: 'H',
        url: 'https://news.example/s',
        author: { name: 'A', url: 'mailto:a@news.example' },
        image: { src: 'https://img.example/c.jpg', alt: '' },
      }}
    ></story-card>`);
    expect(everyUrl(el.shadowRoot!)).to.include.members([
      'https://news.example/s',
      'mailto:a@news.example',
      'https://img.example/c.jpg',
    ]);
  });
});
