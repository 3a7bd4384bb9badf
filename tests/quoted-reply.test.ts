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
