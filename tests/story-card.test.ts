import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { captureWarnings, seedStory, visibleText } from './support/fixtures.js';

const part = (el: StoryCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: StoryCard, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

describe('<story-card> from the story property', () => {
  it('renders every Story field a reader sees', async () => {
    const story = await seedStory();
    const el = await fixture<StoryCard>(html`<story-card lang="en" .story=${story}></story-card>`);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article).to.exist;
    const headline = part(el, 'headline')!;
    expect(headline.getAttribute('role')).to.equal('heading');
    expect(headline.getAttribute('aria-level')).to.equal('2');
    expect(visibleText(headline)).to.equal(story.headline);
    expect(headline.querySelector('a')!.getAttribute('href')).to.equal(story.url);
    expect(visibleText(part(el, 'dek'))).to.equal(story.dek);
    const byline = part(el, 'byline')!;
    expect(visibleText(byline)).to.contain('By Story Widgets Demo Desk');
    expect(visibleText(byline)).to.contain('News Example');
    expect(byline.querySelector('time')!.getAttribute('datetime')).to.equal('2018-07-09');
    expect(visibleText(byline.querySelector('time'))).to.equal('Jul 9, 2018');
    const image = part(el, 'image') as HTMLImageElement;
    expect(image.getAttribute('alt')).to.equal(story.image!.alt);
    expect(image.getAttribute('width')).to.equal('1200');
    expect(image.getAttribute('height')).to.equal('675');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.src).to.match(/\/cover\.svg$/);
    expect(visibleText(part(el, 'credit'))).to.equal('Image: Jimmie48 Photography / Shutterstock.com');
    expect(parts(el, 'excerpt').map(visibleText)).to.deep.equal(story.body!.slice(0, 2));
    const readMore = part(el, 'link') as HTMLAnchorElement;
    expect(visibleText(readMore)).to.equal('Read the full story');
    expect(readMore.getAttribute('href')).to.equal(story.url);
    const via = part(el, 'via')!;
    expect(visibleText(via)).to.equal('H/T Hello Giggles, Today');
    expect([...via.querySelectorAll('a')].map(a => a.getAttribute('href'))).to.deep.equal([
      'https://hellogiggles.com/',
      'https://www.today.com/',
    ]);
    expect([...part(el, 'tags')!.querySelectorAll('li')].map(visibleText)).to.deep.equal(story.tags);
    await expect(el).to.be.accessible();
  });

  it('prefers the summary to body paragraphs, and shows as many paragraphs as asked', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      excerpt-paragraphs="1"
      .story=${{ headline: 'H', body: ['one', 'two', 'three'] }}
    ></story-card>`);
    expect(parts(el, 'excerpt').map(visibleText)).to.deep.equal(['one']);
    el.story = { headline: 'H', summary: 'The summary.', body: ['one'] };
    await el.updateComplete;
    expect(parts(el, 'excerpt').map(visibleText)).to.deep.equal(['The summary.']);
  });

  it('fires story-load with the validated story after rendering', async () => {
    const el = document.createElement('story-card') as StoryCard;
    const loaded = new Promise<CustomEvent>(resolve => el.addEventListener('story-load', e => resolve(e as CustomEvent)));
    el.story = { headline: '  Trimmed  ', extra: 'ignored' };
    document.body.append(el);
    const event = await loaded;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail.story).to.deep.equal({ headline: 'Trimmed' });
    expect(visibleText(part(el, 'headline'))).to.equal('Trimmed');
    el.remove();
  });

  it('uses heading-level for the headline; 9 or nonsense fall back to level 2', async () => {
    const el = await fixture<StoryCard>(html`<story-card heading-level="4" .story=${{ headline: 'H' }}></story-card>`);
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('4');
    const warnings = captureWarnings();
    el.headingLevel = 9;
    await el.updateComplete;
    warnings.restore();
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('2');
    // The value set, not the attribute still saying "4".
    expect(warnings.messages).to.deep.equal(['story-widgets: <story-card> heading-level="9" is not a whole number from 1 to 6; using 2.']);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('5');
    el.setAttribute('heading-level', 'nonsense');
    await el.updateComplete;
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('2');
  });

  it('reserves space for an image without dimensions', async () => {
    const el = await fixture<StoryCard>(
      html`<story-card .story=${{ headline: 'H', image: { src: 'https://img.example/a.jpg', alt: 'A' } }}></story-card>`,
    );
    const image = part(el, 'image') as HTMLImageElement;
    expect(image.hasAttribute('width')).to.be.false;
    expect(getComputedStyle(image).aspectRatio).to.equal('16 / 9');
  });
});

describe('<story-card> replies', () => {
  it('shows replies-limit replies and a toggle for the rest that real Enter and Space key presses expand and collapse, focus kept on it', async () => {
    const story = await seedStory();
    const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
    expect(parts(el, 'reply')).to.have.length(3);
    const button = part(el, 'button') as HTMLButtonElement;
    expect(visibleText(button)).to.equal('Show 2 more replies');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('replies');
    expect(el.shadowRoot!.getElementById('replies')).to.exist;
    await expect(el).to.be.accessible();

    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(parts(el, 'reply')).to.have.length(5);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(button)).to.equal('Show fewer replies');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(parts(el, 'reply')).to.have.length(3);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('says "1 more reply" and hides all replies behind the button at replies-limit 0', async () => {
    const reply = (text: string) => ({ text, author: { name: 'A' } });
    const el = await fixture<StoryCard>(
      html`<story-card replies-limit="1" .story=${{ headline: 'H', replies: [reply('a'), reply('b')] }}></story-card>`,
    );
    expect(visibleText(part(el, 'button'))).to.equal('Show 1 more reply');
    el.repliesLimit = 0;
    await el.updateComplete;
    expect(parts(el, 'reply')).to.have.length(0);
    expect(part(el, 'button')!.hasAttribute('aria-controls')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows no toggle when every reply fits', async () => {
    const el = await fixture<StoryCard>(
      html`<story-card .story=${{ headline: 'H', replies: [{ text: 'a', author: { name: 'A' } }] }}></story-card>`,
    );
    expect(parts(el, 'reply')).to.have.length(1);
    expect(part(el, 'button')).to.be.null;
  });
});

describe('<story-card> updates in place', () => {
  it('keeps its article and its scroll position across a theme change and a language change, and the focused toggle across "Show more"', async () => {
    const story = await seedStory();
    const el = await fixture<StoryCard>(html`<story-card theme="light" style="display: block; height: 200px" .story=${story}></story-card>`);
    const article = el.shadowRoot!.querySelector('article')!;
    // As a reader scrolls: the position is rendered before the next change comes.
    article.scrollTop = 150;
    await nextFrame();
    expect(article.scrollTop).to.equal(150);

    el.theme = 'dark';
    await el.updateComplete;
    expect(article.classList.contains('dark')).to.be.true;
    expect(el.shadowRoot!.querySelector('article')).to.equal(article);
    expect(article.scrollTop).to.equal(150);

    // A new language builds the body again (twice: English strings, then French ones), in the same article.
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    page.lang = 'fr';
    try {
      await waitUntil(() => visibleText(part(el, 'link')) === 'Lire l’article complet', 'the card re-renders in French');
      expect(el.shadowRoot!.querySelector('article')).to.equal(article);
      expect(article.getAttribute('lang')).to.equal('fr');
      expect(article.scrollTop).to.equal(150);
    } finally {
      if (before === null) page.removeAttribute('lang');
      else page.setAttribute('lang', before);
    }
    await waitUntil(() => visibleText(part(el, 'link')) === 'Read the full story', 'the card re-renders in English');

    const button = part(el, 'button') as HTMLButtonElement;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(parts(el, 'reply')).to.have.length(5);
    expect(part(el, 'button')).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(el.shadowRoot!.querySelector('article')).to.equal(article);
  });
});

describe('<story-card> beside other cards', () => {
  it('makes its replies a group named "Replies", not a landmark, so a page with the same story twice and another has no two landmarks of one name (axe)', async () => {
    const story = await seedStory();
    const other = { ...story, headline: 'Another story', url: 'https://news.example/another' };
    const page = await fixture<HTMLElement>(html`<div>
      <story-card .story=${story}></story-card>
      <story-card .story=${story}></story-card>
      <story-card .story=${other}></story-card>
    </div>`);
    const cards = [...page.querySelectorAll<StoryCard>('story-card')];
    await Promise.all(cards.map(card => card.updateComplete));
    const sections = cards.map(card => part(card, 'replies')!);
    expect(sections.map(section => [section.getAttribute('role'), section.getAttribute('aria-label')])).to.deep.equal([
      ['group', 'Replies'],
      ['group', 'Replies'],
      ['group', 'Replies'],
    ]);
    await expect(page).to.be.accessible();
  });
});

describe('<story-card> keeps the reader where they were', () => {
  it('keeps the same focused link and the expanded replies when the same story comes again as a new object (a framework re-render)', async () => {
    const story = await seedStory();
    const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
    (part(el, 'button') as HTMLElement).click();
    await el.updateComplete;
    const link = part(el, 'link') as HTMLElement;
    link.focus();
    el.story = structuredClone(story);
    await el.updateComplete;
    expect(part(el, 'link')).to.equal(link, 'the link was not built anew');
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(part(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(parts(el, 'reply').length).to.equal(story.replies!.length);
  });

  it('gives the focus back at the same place when a change rebuilds the card (heading-level, replies-limit)', async () => {
    const story = await seedStory();
    const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
    (part(el, 'link') as HTMLElement).focus();
    el.headingLevel = 4;
    await el.updateComplete;
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
    (part(el, 'button') as HTMLElement).focus();
    el.repliesLimit = 2;
    await el.updateComplete;
    expect(visibleText(part(el, 'button'))).to.equal(`Show ${story.replies!.length - 2} more replies`);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('adds no attribute from a polluted Object.prototype to anything it builds', async () => {
    const story = await seedStory();
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.onerror = 'window.__polluted = true';
    try {
      const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
      const withHandler = [...el.shadowRoot!.querySelectorAll('*')].filter(node => node.hasAttribute('onerror'));
      expect(withHandler.map(node => node.localName)).to.deep.equal([]);
    } finally {
      delete prototype.onerror;
    }
  });
});
