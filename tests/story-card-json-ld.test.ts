/**
 * <story-card> with the JSON-LD publishers' tools really emit (tests/fixtures/json-ld/, written
 * from Yoast SEO's, Rank Math's, Ghost's and Google's documented output and a news site's
 * `@graph`), through each way in: the `story` property, an inline
 * `<script type="application/ld+json">` and `src`. What a reader sees is checked: headline,
 * authors as one localized list, publisher, dates, cover image with its size and credit, tags
 * and replies.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import type { StoryLoadEvent } from '../src/story-card/events.js';
import { captureWarnings, nextEvent, visibleText } from './support/fixtures.js';

const part = (el: StoryCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: StoryCard, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const fixtureUrl = (name: string) => `/tests/fixtures/json-ld/${name}.json`;

async function jsonLd(name: string): Promise<unknown> {
  return (await fetch(fixtureUrl(name))).json();
}

type Source = 'story property' | 'inline script' | 'src';

/** A card showing fixture `name`, read from `source`, once it has fired story-load. */
async function cardFrom(name: string, source: Source, lang = 'en'): Promise<StoryCard> {
  const el = document.createElement('story-card');
  el.lang = lang;
  if (source === 'story property') el.story = await jsonLd(name);
  else if (source === 'inline script') {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(await jsonLd(name));
    el.append(script);
  } else el.src = fixtureUrl(name);
  const loaded = nextEvent<StoryLoadEvent>(el, 'story-load');
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** A date as the card shows it in English (local time zone, as the card does for a date-time). */
const shown = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));

type Expected = {
  headline: string;
  link?: string;
  /** The byline's first item as read, and each author link as [name, href]. */
  authors: string;
  authorLinks: Array<[string, string]>;
  publisher?: string;
  /** Each <time> in the byline: [datetime, text]. */
  times: Array<[string, string]>;
  image?: { src: string; width: string | null; height: string | null; credit?: string };
  tags: string[];
  /** Who wrote each reply shown. */
  replies: string[];
};

const expected: Record<string, Expected> = {
  yoast: {
    headline: 'When Serena Williams Missed Her Daughter’s First Steps',
    link: 'https://news.example/2024/01/05/serena-first-steps/',
    authors: 'By Ann Writer',
    authorLinks: [['Ann Writer', 'https://news.example/author/ann/']],
    publisher: 'News Example',
    times: [
      ['2024-01-05T08:00:00+00:00', shown('2024-01-05T08:00:00+00:00')],
      ['2024-01-09T16:42:10+00:00', `Updated ${shown('2024-01-09T16:42:10+00:00')}`],
    ],
    image: {
      src: 'https://news.example/wp-content/uploads/2024/01/serena-court.jpg',
      width: '1200',
      height: '675',
      credit: 'Image: Jimmie48 Photography / Shutterstock.com',
    },
    tags: ['Tennis', 'parenting', 'Serena Williams'],
    replies: [],
  },
  'rank-math': {
    headline: 'When Serena Williams Missed Her Daughter’s First Steps - News Example',
    link: 'https://news.example/serena-first-steps/',
    authors: 'By Ann Writer',
    authorLinks: [['Ann Writer', 'https://news.example/author/ann/']],
    publisher: 'News Example',
    // Modified the same morning: no "Updated" (nor for Ghost's 30 minutes below).
    times: [['2024-01-05T08:00:00+00:00', shown('2024-01-05T08:00:00+00:00')]],
    image: {
      src: 'https://news.example/wp-content/uploads/2024/01/serena-court.jpg',
      width: '1600',
      height: '900',
      credit: 'Image: Serena Williams at Wimbledon',
    },
    tags: ['Tennis', 'Sports', 'serena williams', 'parenting'],
    replies: [],
  },
  google: {
    headline: 'Title of a News Article',
    authors: 'By Jane Doe and John Doe',
    authorLinks: [
      ['Jane Doe', 'https://news.example/profile/janedoe123'],
      ['John Doe', 'https://news.example/profile/johndoe123'],
    ],
    times: [
      ['2024-01-05T08:00:00+08:00', shown('2024-01-05T08:00:00+08:00')],
      ['2024-02-05T09:20:00+08:00', `Updated ${shown('2024-02-05T09:20:00+08:00')}`],
    ],
    image: { src: 'https://news.example/photos/16x9/photo.jpg', width: null, height: null },
    tags: [],
    replies: [],
  },
  ghost: {
    headline: 'When Serena Williams Missed Her Daughter’s First Steps',
    link: 'https://blog.news.example/serena-first-steps/',
    authors: 'By Ann Writer',
    authorLinks: [['Ann Writer', 'https://blog.news.example/author/ann/']],
    publisher: 'News Example',
    times: [['2024-01-05T08:00:00.000Z', shown('2024-01-05T08:00:00.000Z')]],
    image: { src: 'https://blog.news.example/content/images/2024/01/serena-court.jpg', width: '2000', height: '1333' },
    tags: ['Tennis', 'Parenting'],
    replies: [],
  },
  'news-site': {
    headline: 'Serena Williams missed her daughter’s first steps. Mothers answered',
    link: 'https://www.daily.example/sport/tennis/serena-first-steps',
    authors: 'By Ann Writer and Ben Reporter',
    authorLinks: [
      ['Ann Writer', 'https://www.daily.example/people/ann-writer'],
      ['Ben Reporter', 'https://www.daily.example/people/ben-reporter'],
    ],
    publisher: 'The Daily Example',
    times: [
      ['2024-07-09T07:30:00+01:00', shown('2024-07-09T07:30:00+01:00')],
      ['2024-07-12T18:05:00+01:00', `Updated ${shown('2024-07-12T18:05:00+01:00')}`],
    ],
    image: {
      src: 'https://images.daily.example/2024/07/serena-court-16x9.jpg',
      width: '1200',
      height: '675',
      credit: 'Image: Jimmie48 Photography / Shutterstock.com',
    },
    tags: ['Serena Williams', 'parenting', 'Tennis'],
    replies: ['A Mom', 'Priya'],
  },
  'blog-posting': {
    headline: 'Notes from the practice court',
    authors: 'By Ann Writer',
    authorLinks: [],
    times: [['2024-01-05', 'Jan 5, 2024']],
    image: { src: 'https://blog.news.example/images/practice-court.jpg', width: null, height: null },
    tags: [],
    replies: [],
  },
};

/** What a reader sees of the card, in the shape of `Expected`. */
function view(el: StoryCard): Expected {
  const byline = part(el, 'byline')!;
  const [authors, ...rest] = [...byline.children];
  const image = part(el, 'image');
  const credit = part(el, 'credit');
  const link = part(el, 'headline')!.querySelector('a');
  const publisher = rest.find(item => item.localName !== 'time' && !item.querySelector('time'));
  return {
    headline: visibleText(part(el, 'headline')),
    ...(link && { link: link.getAttribute('href')! }),
    authors: visibleText(authors),
    authorLinks: [...authors!.querySelectorAll('a')].map(a => [visibleText(a), a.getAttribute('href')!]),
    ...(publisher && { publisher: visibleText(publisher) }),
    times: [...byline.querySelectorAll('time')].map(time => [time.getAttribute('datetime')!, visibleText(time)]),
    ...(image && {
      image: {
        src: image.getAttribute('src')!,
        width: image.getAttribute('width'),
        height: image.getAttribute('height'),
        ...(credit && { credit: visibleText(credit) }),
      },
    }),
    tags: [...(part(el, 'tags')?.querySelectorAll('li') ?? [])].map(visibleText),
    replies: parts(el, 'reply').map(reply => visibleText(reply.querySelector('.name'))),
  };
}

describe('<story-card> with real-world JSON-LD', () => {
  for (const [name, wanted] of Object.entries(expected)) {
    for (const source of ['story property', 'inline script', 'src'] as const) {
      it(`${name}.json through the ${source}: headline, authors, publisher, dates, cover image with its size and credit, tags and replies`, async () => {
        const el = await cardFrom(name, source);
        try {
          expect(view(el)).to.deep.equal(wanted);
        } finally {
          el.remove();
        }
      });
    }
  }

  it('names "Updated …" in the card’s language and lists several authors in it: Spanish for the news site', async () => {
    const el = await cardFrom('news-site', 'story property', 'es');
    try {
      await waitUntil(() => visibleText(part(el, 'link')) === 'Leer la historia completa', 'the Spanish strings never arrived');
      const items = [...part(el, 'byline')!.children].map(visibleText);
      expect(items[0]).to.equal('Por Ann Writer y Ben Reporter');
      const updated = new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date('2024-07-12T18:05:00+01:00'));
      expect(items.at(-1)).to.equal(`Actualizado el ${updated}`);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('reads JSON-LD given as a list of objects, through the story property and an inline script', async () => {
    const list = [{ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Site' }, { '@type': 'NewsArticle', headline: 'From a list' }];
    const byProperty = await fixture<StoryCard>(html`<story-card .story=${list}></story-card>`);
    await waitUntil(() => part(byProperty, 'headline'), 'the list never rendered');
    expect(visibleText(part(byProperty, 'headline'))).to.equal('From a list');
    const inline = await fixture<StoryCard>(html`<story-card><script type="application/ld+json">${JSON.stringify(list)}</script></story-card>`);
    await waitUntil(() => part(inline, 'headline'), 'the inline list never rendered');
    expect(visibleText(part(inline, 'headline'))).to.equal('From a list');
  });

  it('names a reference that does not resolve and a node of the wrong type in its one console warning, and shows the rest', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StoryCard>(html`<story-card
        .story=${{
          '@graph': [
            { '@type': 'NewsArticle', headline: 'Partly broken', author: [{ '@id': '#gone' }, { '@id': '#ann' }], image: { '@type': 'VideoObject', url: 'https://v.example/a.mp4' } },
            { '@type': 'Person', '@id': '#ann', name: 'Ann Writer' },
          ],
        }}
      ></story-card>`);
      await waitUntil(() => part(el, 'headline'), 'the story never rendered');
      expect(visibleText(part(el, 'byline'))).to.equal('By Ann Writer');
      expect(part(el, 'image')).to.be.null;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('author.0 refers to "#gone", which is not in the document');
      expect(warnings.messages[0]).to.contain('image is a VideoObject, not an ImageObject');
    } finally {
      warnings.restore();
    }
  });
});
