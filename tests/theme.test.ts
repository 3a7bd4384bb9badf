import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';

const surface = (el: Element) => el.shadowRoot!.querySelector('.surface')!;
const isDark = (el: Element) => surface(el).classList.contains('dark');
const background = (el: Element) => getComputedStyle(surface(el)).backgroundColor;
const story = { headline: 'Theme', replies: [{ text: 'Hi', author: { name: 'A' } }] };

describe('theme', () => {
  const html_ = document.documentElement;
  afterEach(() => {
    html_.classList.remove('dark', 'light');
    delete html_.dataset.theme;
    html_.style.removeProperty('color-scheme');
    document.body.classList.remove('dark');
  });

  it('draws light or dark when told, and passes axe in both', async () => {
    const el = await fixture<StoryCard>(html`<story-card theme="dark" .story=${story}></story-card>`);
    expect(isDark(el)).to.be.true;
    expect(background(el)).to.equal('rgb(23, 24, 28)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(isDark(el)).to.be.false;
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('follows the host page switch live in auto: class, data-theme, color-scheme', async () => {
    html_.classList.add('light');
    const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
    const reply = await fixture<QuotedReply>(html`<quoted-reply author="A">Hi</quoted-reply>`);
    expect(el.theme).to.equal('auto');
    expect(isDark(el)).to.be.false;

    html_.classList.replace('light', 'dark');
    await waitUntil(() => isDark(el) && isDark(reply), 'class="dark" on <html>');

    html_.classList.remove('dark');
    html_.dataset.theme = 'light';
    await waitUntil(() => !isDark(el), 'data-theme="light"');
    html_.dataset.theme = 'dark';
    await waitUntil(() => isDark(el), 'data-theme="dark"');

    delete html_.dataset.theme;
    html_.style.setProperty('color-scheme', 'light');
    await waitUntil(() => !isDark(el), 'color-scheme: light');
    html_.style.setProperty('color-scheme', 'dark');
    await waitUntil(() => isDark(el), 'color-scheme: dark');

    html_.style.removeProperty('color-scheme');
    document.body.classList.add('dark');
    await waitUntil(() => isDark(el), 'class="dark" on <body>');
  });

  it('ignores the page when the theme is fixed', async () => {
    const el = await fixture<StoryCard>(html`<story-card theme="light" .story=${story}></story-card>`);
    html_.classList.add('dark');
    await new Promise(resolve => setTimeout(resolve));
    await el.updateComplete;
    expect(isDark(el)).to.be.false;
  });

  it('theme="auto" draws dark under an emulated prefers-color-scheme: dark when the page says nothing, and light again when the OS turns light, live', async function () {
    // Only Chromium's driver emulates media features here: WebKit's WebDriver has no command for it,
    // and puppeteer needs CDP for it, which Firefox (WebDriver BiDi) lacks.
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the emulation took').to.be.true;
      const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
      expect(isDark(el)).to.be.true;
      expect(background(el)).to.equal('rgb(23, 24, 28)');
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => !isDark(el), 'back to light when the OS is light');
      expect(background(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => isDark(el), 'dark again, without a new render asked for');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('reads the page colour scheme once for twenty cards rendering together, not once per card', async () => {
    // A reading from an earlier test's render is forgotten at the end of its task: start after it.
    await new Promise(resolve => setTimeout(resolve));
    const original = window.getComputedStyle;
    let pageReads = 0;
    window.getComputedStyle = (element: Element, pseudo?: string | null) => {
      if (element === document.documentElement) pageReads++;
      return original.call(window, element, pseudo);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 20 }, () => html`<story-card .story=${story}></story-card>`)}
      </div>`);
      const cards = [...wrapper.querySelectorAll('story-card')];
      await Promise.all(cards.map(card => card.updateComplete));
      expect(cards.every(card => surface(card))).to.be.true;
      expect(pageReads).to.equal(1);
    } finally {
      window.getComputedStyle = original;
    }
  });

  it('picks up a color-scheme set by a style sheet at its next render', async () => {
    const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
    const sheet = document.createElement('style');
    const scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'light' : 'dark';
    sheet.textContent = `:root { color-scheme: ${scheme}; }`;
    document.head.append(sheet);
    try {
      // No attribute changed on <html> or <body>: only a later render can see it.
      await new Promise(resolve => setTimeout(resolve));
      el.story = { ...story, headline: 'Again' };
      await el.updateComplete;
      expect(isDark(el)).to.equal(scheme === 'dark');
    } finally {
      sheet.remove();
    }
  });

  it('keeps focus on a reply link while the page switches theme', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      .story=${{ ...story, replies: [{ text: 'Hi', author: { name: 'A' }, url: 'https://social.example/p/1', published: '2018-07-07' }] }}
    ></story-card>`);
    const permalink = el.shadowRoot!.querySelector<HTMLAnchorElement>('.permalink')!;
    permalink.focus();
    html_.classList.add('dark');
    await waitUntil(() => isDark(el), 'class="dark" on <html>');
    expect(el.shadowRoot!.activeElement).to.equal(permalink);
    expect(permalink.isConnected).to.be.true;
  });

  it('lets the host restyle through custom properties and parts', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      theme="light"
      style="--sw-color-surface: rgb(1, 2, 3); --sw-radius: 0px"
      .story=${story}
    ></story-card>`);
    expect(background(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(surface(el)).borderTopLeftRadius).to.equal('0px');
    expect(el.shadowRoot!.querySelector('[part~="headline"]')).to.exist;
  });
});

describe('layout', () => {
  it('follows the width of its container, not the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <story-card .story=${{ ...story, image: { src: 'https://img.example/a.jpg', alt: '', width: 4, height: 3 } }}></story-card>
    </div>`);
    const el = wrapper.querySelector('story-card') as StoryCard;
    await el.updateComplete;
    const columns = () => getComputedStyle(el.shadowRoot!.querySelector('.card')!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    wrapper.style.width = '760px';
    await waitUntil(() => columns() === 2, 'two columns when wide');
  });

  it('fits 280 px without horizontal overflow, even with long unbroken text', async () => {
    const long = 'https://news.example/' + 'a'.repeat(120);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px">
      <story-card
        .story=${{
          headline: 'Supercalifragilisticexpialidocious'.repeat(3),
          image: { src: 'https://img.example/a.jpg', alt: '', width: 1200, height: 675 },
          via: [{ name: 'Source'.repeat(10), url: long }],
          replies: [{ text: `see ${long}`, author: { name: 'N'.repeat(60), handle: 'h'.repeat(40) }, context: 'Fellow mom' }],
        }}
      ></story-card>
    </div>`);
    const el = wrapper.querySelector('story-card') as StoryCard;
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(el.getBoundingClientRect().width).to.equal(280);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    for (const reply of el.shadowRoot!.querySelectorAll('.reply')) expect(reply.scrollWidth).to.be.at.most(reply.clientWidth);
  });

  it('lays out right to left under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <story-card .story=${{ ...story, dek: 'Dek' }}></story-card>
    </div>`);
    const el = wrapper.querySelector('story-card') as StoryCard;
    await el.updateComplete;
    const dek = el.shadowRoot!.querySelector('.dek')!;
    expect(getComputedStyle(dek).direction).to.equal('rtl');
    expect(getComputedStyle(dek).borderRightStyle).to.equal('solid');
    expect(getComputedStyle(dek).borderLeftStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
