import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define.js';
import { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';
import { linkify } from '../src/quoted-reply/linkify.js';
import { captureWarnings, visibleText } from './support/fixtures.js';

const q = (el: QuotedReply, selector: string) => el.shadowRoot!.querySelector(selector);
const links = (el: QuotedReply) =>
  [...el.shadowRoot!.querySelectorAll('.quote a')].map(a => [a.textContent, a.getAttribute('href')]);

describe('<quoted-reply> as markup', () => {
  it('renders every attribute a reader sees', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply
      lang="en"
      author="Chrissy Teigen"
      handle="chrissyteigen"
      author-href="https://x.com/chrissyteigen"
      avatar="https://img.example/ct.jpg"
      platform="twitter"
      href="https://twitter.com/chrissyteigen/status/1"
      datetime="2018-07-07"
      context="Fellow mom"
      >She is practicing so you can see the real ones.</quoted-reply
    >`);
    const quote = q(el, 'blockquote')!;
    expect(visibleText(quote)).to.equal('She is practicing so you can see the real ones.');
    expect(quote.getAttribute('cite')).to.equal('https://twitter.com/chrissyteigen/status/1');
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(quote.getAttribute('dir')).to.equal('ltr');
    expect(visibleText(q(el, '.name'))).to.equal('Chrissy Teigen');
    expect(q(el, 'a.name')!.getAttribute('href')).to.equal('https://x.com/chrissyteigen');
    expect(visibleText(q(el, '.handle'))).to.equal('@chrissyteigen');
    expect(visibleText(q(el, '[part~="context"]'))).to.equal('Fellow mom');
    const avatar = q(el, '[part~="avatar"] img') as HTMLImageElement;
    expect(avatar.getAttribute('src')).to.equal('https://img.example/ct.jpg');
    expect(avatar.getAttribute('loading')).to.equal('lazy');
    expect(avatar.getAttribute('alt')).to.equal('');
    expect(visibleText(q(el, '[part~="platform"] .visually-hidden'))).to.equal('Posted on Twitter');
    const permalink = q(el, 'a.permalink')!;
    expect(permalink.getAttribute('href')).to.equal('https://twitter.com/chrissyteigen/status/1');
    expect(permalink.querySelector('time')!.getAttribute('datetime')).to.equal('2018-07-07');
    expect(visibleText(permalink.querySelector('time'))).to.equal('Jul 7, 2018');
    await expect(el).to.be.accessible();
  });

  it('reads properties set from script as well as attributes', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply>Hello</quoted-reply>`);
    el.author = 'Set From Script';
    el.platform = 'bluesky';
    await el.updateComplete;
    expect(visibleText(q(el, '.name'))).to.equal('Set From Script');
    expect(visibleText(q(el, '[part~="platform"]'))).to.contain('Bluesky');
  });

  it('shows initials when there is no avatar or the image fails', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply author="Alison Bender">Text</quoted-reply>`);
    expect(visibleText(q(el, '.initials'))).to.equal('AB');
    expect(q(el, '[part~="avatar"] img')).to.be.null;

    const broken = await fixture<QuotedReply>(html`<quoted-reply author="Pink" avatar="/no-such-avatar.png">Text</quoted-reply>`);
    const image = q(broken, '[part~="avatar"] img') as HTMLImageElement;
    image.removeAttribute('loading'); // load now, not when scrolled into view
    await waitUntil(() => image.hidden, 'a broken avatar hides itself');
    expect(visibleText(q(broken, '.initials'))).to.equal('P');
  });

  it('sets dir from the quote language and lets the UI follow the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><quoted-reply author="A" lang="ar" platform="x">مرحبا</quoted-reply></div>`);
    const el = wrapper.querySelector('quoted-reply') as QuotedReply;
    await el.updateComplete;
    expect(q(el, 'blockquote')!.getAttribute('dir')).to.equal('rtl');
    expect(q(el, 'blockquote')!.getAttribute('lang')).to.equal('ar');
    expect(q(el, '.surface')!.getAttribute('lang')).to.equal('en');
    expect(visibleText(q(el, '[part~="platform"] .visually-hidden'))).to.equal('Posted on X');
    const unknown = await fixture<QuotedReply>(html`<quoted-reply author="A">text</quoted-reply>`);
    expect(q(unknown, 'blockquote')!.getAttribute('dir')).to.equal('auto');
    expect(q(unknown, 'blockquote')!.hasAttribute('lang')).to.be.false;
  });

  it('links to the original even without a date', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply author="A" href="https://bsky.app/profile/a/post/1">t</quoted-reply>`);
    expect(visibleText(q(el, 'a.permalink'))).to.equal('View the original post');
    await expect(el).to.be.accessible();
  });

  it('shows its text as written, with one warning, when it has no author', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QuotedReply>(html`<quoted-reply>Just text</quoted-reply>`);
      expect(q(el, 'figure')).to.be.null;
      expect((q(el, 'slot') as HTMLSlotElement).assignedNodes()[0]!.textContent).to.equal('Just text');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('author');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('works created with new and with createElement, removed and re-added', async () => {
    const made = new QuotedReply();
    made.reply = { text: 'From new', author: { name: 'N' } };
    document.body.append(made);
    await made.updateComplete;
    expect(visibleText(q(made, 'blockquote'))).to.equal('From new');
    made.remove();
    document.body.append(made);
    await made.updateComplete;
    expect(visibleText(q(made, 'blockquote'))).to.equal('From new');
    made.remove();

    const created = document.createElement('quoted-reply') as QuotedReply;
    created.setAttribute('author', 'C');
    created.textContent = 'From createElement';
    document.body.append(created);
    await created.updateComplete;
    expect(visibleText(q(created, 'blockquote'))).to.equal('From createElement');
    created.remove();
  });
});

describe('<quoted-reply> data', () => {
  it('renders each Reply field from the reply property', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply
      .reply=${{
        text: 'Line one\nLine two',
        author: { name: 'Bluesky Mom', handle: '@mom.bsky.social', url: 'https://bsky.app/profile/mom.bsky.social', avatar: 'https://img.example/m.jpg' },
        platform: 'bluesky',
        url: 'https://bsky.app/profile/mom.bsky.social/post/3k',
        published: '2024-05-01T12:00:00Z',
        lang: 'en',
        context: 'Fellow mom',
      }}
    ></quoted-reply>`);
    expect(visibleText(q(el, '.handle'))).to.equal('@mom.bsky.social');
    expect(q(el, 'blockquote p')!.textContent).to.equal('Line one\nLine two');
    expect(getComputedStyle(q(el, 'blockquote p')!).whiteSpace).to.equal('pre-line');
    expect(q(el, 'time')!.getAttribute('datetime')).to.equal('2024-05-01T12:00:00Z');
    await expect(el).to.be.accessible();
  });

  it('names the bad field and skips bad optional ones', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QuotedReply>(html`<quoted-reply
        .reply=${{ text: 'ok', author: { name: 'A', avatar: 42 }, platform: 'myspace', published: 'yesterday' }}
      ></quoted-reply>`);
      expect(visibleText(q(el, 'blockquote'))).to.equal('ok');
      expect(q(el, '[part~="platform"]')).to.be.null;
      expect(q(el, 'time')).to.be.null;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('author.avatar').and.contain('platform').and.contain('published');
    } finally {
      warnings.restore();
    }
  });
});

describe('linkify', () => {
  it('links URLs, mentions and hashtags per platform, leaving the rest as text', () => {
    expect(linkify('see https://news.example/a. @serena #tennis', 'x')).to.deep.equal([
      { text: 'see ' },
      { text: 'https://news.example/a', href: 'https://news.example/a' },
      { text: '. ' },
      { text: '@serena', href: 'https://x.com/serena' },
      { text: ' ' },
      { text: '#tennis', href: 'https://x.com/hashtag/tennis' },
    ]);
    expect(linkify('@alice.bsky.social #moms', 'bluesky').filter(part => part.href).map(part => part.href)).to.deep.equal([
      'https://bsky.app/profile/alice.bsky.social',
      'https://bsky.app/hashtag/moms',
    ]);
    expect(linkify('@bob@mastodon.social @local #tag', 'mastodon', 'home.example').map(part => part.href).filter(Boolean)).to.deep.equal([
      'https://mastodon.social/@bob',
      'https://home.example/@local',
      'https://home.example/tags/tag',
    ]);
  });

  it('leaves e-mail addresses, C#, entities and unknown platforms as text', () => {
    expect(linkify('mail me@news.example about C# &#35;1', 'x')).to.deep.equal([{ text: 'mail me@news.example about C# &#35;1' }]);
    expect(linkify('@someone #tag', 'facebook')).to.deep.equal([{ text: '@someone #tag' }]);
    expect(linkify('@someone #tag')).to.deep.equal([{ text: '@someone #tag' }]);
  });

  it('renders links inside the quote with rel="ugc nofollow"', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply author="A" platform="twitter">Go @serena! https://news.example/s</quoted-reply>`);
    expect(links(el)).to.deep.equal([
      ['@serena', 'https://x.com/serena'],
      ['https://news.example/s', 'https://news.example/s'],
    ]);
    expect(q(el, '.quote a')!.getAttribute('rel')).to.contain('ugc');
  });
});

describe('linkify on long input (security review row 4)', () => {
  const dots = (count: number) => '.'.repeat(count);

  it('links https:// then 20,000 dots then a letter as one URL', () => {
    expect(linkify(`see https://${dots(20_000)}a`)).to.deep.equal([
      { text: 'see ' },
      { text: `https://${dots(20_000)}a/`, href: `https://${dots(20_000)}a/` },
    ]);
  });

  it('leaves 20,000 dots that end a sentence out of the link', () => {
    expect(linkify(`see https://a.example/${dots(20_000)}`)).to.deep.equal([
      { text: 'see ' },
      { text: 'https://a.example/', href: 'https://a.example/' },
      { text: dots(20_000) },
    ]);
  });

  it('renders the reply of the review cut at 10,000 characters, where no URL is left', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<QuotedReply>(html`<quoted-reply .reply=${{ text: `see https://${dots(20_000)}a`, author: { name: 'A' } }}></quoted-reply>`);
      expect(links(el)).to.deep.equal([]);
      expect(q(el, 'blockquote p')!.textContent).to.equal(`see https://${dots(10_000 - 12)}`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('text is longer than 10000 characters');
    } finally {
      warnings.restore();
    }
  });

  it('renders https:// then 9,900 dots then a letter as one link', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply .reply=${{ text: `see https://${dots(9900)}a`, author: { name: 'A' } }}></quoted-reply>`);
    expect(links(el)).to.deep.equal([[`https://${dots(9900)}a/`, `https://${dots(9900)}a/`]]);
  });
});

describe('links that cannot lie about where they go (security review row 5)', () => {
  // Reads "…https://accounts.google.com/signin" where bidi text runs right to left; goes to ni.ht.
  const bidiLink = 'https://ni.ht/\u202enigis/moc.elgoog.stnuocca//:sptth';
  const bidiAndInvisible = [
    '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
    '\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\u180e', '\u3164', '\ufe0f', '\u{e0041}', '\u0001', '\u007f', '\u0085',
  ];
  const hostOfLink = (el: QuotedReply) => new URL(q(el, '.quote a')!.getAttribute('href')!).host;

  it('leaves a URL holding a bidi control or an invisible character as text', () => {
    for (const character of bidiAndInvisible) {
      const text = `see https://a.example/x${character}y now`;
      expect(linkify(text, 'x'), JSON.stringify(character)).to.deep.equal([{ text }]);
    }
    expect(linkify(`see ${bidiLink}`)).to.deep.equal([{ text: `see ${bidiLink}` }]);
  });

  it('renders the bidi example as text, not as a link', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply .reply=${{ text: `sign in: ${bidiLink}`, author: { name: 'A' } }}></quoted-reply>`);
    expect(links(el)).to.deep.equal([]);
    expect(q(el, 'blockquote p')!.textContent).to.equal(`sign in: ${bidiLink}`);
  });

  it('shows the real host of a homoglyph URL, in ASCII', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply .reply=${{ text: 'log in at https://g\u043e\u043egle.com/x today', author: { name: 'A' } }}></quoted-reply>`);
    expect(links(el)).to.deep.equal([['https://xn--ggle-55da.com/x', 'https://xn--ggle-55da.com/x']]);
    expect(q(el, '.quote a')!.textContent).to.contain(hostOfLink(el));
    expect(visibleText(q(el, 'blockquote'))).to.equal('log in at https://xn--ggle-55da.com/x today');
  });

  it('shows a URL as written only when it starts with the scheme and host it goes to', () => {
    const shown = (text: string) => linkify(text).filter(part => part.href);
    expect(shown('https://news.example/a/b?c#d')).to.deep.equal([{ text: 'https://news.example/a/b?c#d', href: 'https://news.example/a/b?c#d' }]);
    expect(shown('https://de.wikipedia.org/wiki/Straße')).to.deep.equal([
      { text: 'https://de.wikipedia.org/wiki/Straße', href: 'https://de.wikipedia.org/wiki/Stra%C3%9Fe' },
    ]);
    expect(shown('HTTPS://News.Example:443/a')).to.deep.equal([{ text: 'https://news.example/a', href: 'https://news.example/a' }]);
    expect(shown('https:///evil.example/x')).to.deep.equal([{ text: 'https://evil.example/x', href: 'https://evil.example/x' }]);
    expect(shown('https://goo\ufe00gle.com')).to.deep.equal([]);
    // A user name that reads as a host stays text.
    expect(linkify('https://accounts.google.com@ni.ht/signin')).to.deep.equal([{ text: 'https://accounts.google.com@ni.ht/signin' }]);
    for (const text of ['https://münchen.example/', 'https://[::1]:8080/a', 'https://0x7f.1/', 'https://news.example']) {
      const [link] = shown(text);
      expect(link!.text, text).to.contain(new URL(link!.href!).host);
    }
  });

  it('keeps a link in order inside right-to-left text, whatever bidi controls surround it', async () => {
    const url = 'https://ni.ht/nigis/moc.elgoog.stnuocca//:sptth';
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 60em"><quoted-reply
      .reply=${{ text: `مرحبا \u202e${url} شكرا`, author: { name: 'A' }, lang: 'ar' }}
    ></quoted-reply></div>`);
    const el = wrapper.querySelector('quoted-reply') as QuotedReply;
    await el.updateComplete;
    expect(links(el)).to.deep.equal([[url, url]]);
    const link = q(el, '.quote a') as HTMLAnchorElement;
    expect(getComputedStyle(link).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(link).direction).to.equal('ltr');
    expect(getComputedStyle(q(el, 'blockquote')!).direction).to.equal('rtl');
    // Where each character of the link is drawn: one line, every one right of the one before.
    const text = [...link.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.textContent) as Text;
    const boxes = [...url].map((_, index) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect();
    });
    expect(new Set(boxes.map(box => Math.round(box.top))).size, 'one line').to.equal(1);
    const outOfOrder = boxes.findIndex((box, index) => index > 0 && box.left <= boxes[index - 1]!.left);
    expect(outOfOrder, `character ${outOfOrder} of ${url}`).to.equal(-1);
    await expect(el).to.be.accessible();
  });
});

describe('<quoted-reply> updates in place', () => {
  it('keeps its post, and the focus on its permalink, across a theme change; a new post replaces it', async () => {
    const el = await fixture<QuotedReply>(html`<quoted-reply
      theme="light"
      author="A"
      platform="twitter"
      href="https://twitter.com/a/status/1"
      datetime="2018-07-07"
      >Hi</quoted-reply
    >`);
    const figure = q(el, 'figure')!;
    const permalink = q(el, 'a.permalink') as HTMLAnchorElement;
    permalink.focus();
    el.theme = 'dark';
    await el.updateComplete;
    expect(q(el, '.surface')!.classList.contains('dark')).to.be.true;
    expect(q(el, 'figure')).to.equal(figure);
    expect(el.shadowRoot!.activeElement).to.equal(permalink);

    el.setAttribute('author', 'B');
    await el.updateComplete;
    expect(q(el, 'figure')).not.to.equal(figure);
    expect(visibleText(q(el, '.name'))).to.equal('B');
    expect(el.shadowRoot!.querySelectorAll('figure')).to.have.length(1);
  });
});
