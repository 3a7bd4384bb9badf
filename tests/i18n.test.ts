import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { english } from '../src/internal/locales.js';
import es from '../src/locales/data/es.js';
import fr from '../src/locales/data/fr.js';
import de from '../src/locales/data/de.js';
import ar from '../src/locales/data/ar.js';
import ja from '../src/locales/data/ja.js';
import { languageOf, registerStrings } from '../src/internal/i18n.js';
import { formatDate } from '../src/internal/language-format.js';
import { visibleText } from './support/fixtures.js';

const story = {
  headline: 'H',
  url: 'https://news.example/s',
  published: '2018-07-09',
  replies: [1, 2, 3, 4].map(n => ({ text: `r${n}`, author: { name: 'A' } })),
};
const part = (el: StoryCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('language', () => {
  it('has every string in every built-in language', () => {
    for (const [lang, strings] of Object.entries({ es, fr, de, ar, ja })) {
      expect(Object.keys(strings).sort(), lang).to.deep.equal(Object.keys(english).sort());
    }
  });

  const cases: Array<[string, string, string]> = [
    ['es', 'Leer la historia completa', 'Mostrar 1 respuesta más'],
    ['fr', 'Lire l’article complet', 'Afficher 1 réponse de plus'],
    ['de', 'Ganzen Artikel lesen', '1 weitere Antwort anzeigen'],
    ['ar', 'اقرأ القصة كاملة', 'عرض رد واحد آخر'],
    ['ja', '記事全文を読む', 'ほかの返信を1件表示'],
  ];
  for (const [lang, readMore, showMore] of cases) {
    it(`loads the ${lang} strings on first use and follows the nearest lang="${lang}" for strings and dates`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<section lang=${lang}><story-card .story=${story}></story-card></section>`);
      const el = wrapper.querySelector('story-card') as StoryCard;
      // English until the language module arrives, then a re-render.
      await waitUntil(() => visibleText(part(el, 'link')) === readMore, `the ${lang} strings never arrived`);
      expect(visibleText(part(el, 'button'))).to.equal(showMore);
      const time = part(el, 'byline')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2018-07-09');
      expect(visibleText(time)).to.equal(
        new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2018-07-09')),
      );
      expect(visibleText(time)).not.to.equal('Jul 9, 2018');
      await expect(el).to.be.accessible();
    });
  }

  it('falls back from a regional tag to its language, then to English', async () => {
    expect(formatDate('2018-07-09', 'en')).to.equal('Jul 9, 2018');
    const wrapper = await fixture<HTMLElement>(html`<div lang="es-MX"><story-card .story=${story}></story-card></div>`);
    const card = wrapper.querySelector('story-card') as StoryCard;
    await waitUntil(() => visibleText(part(card, 'link')) === 'Leer la historia completa', 'es-MX did not fall back to es');
    const other = await fixture<HTMLElement>(html`<div lang="xx"><story-card .story=${story}></story-card></div>`);
    expect(visibleText(part(other.querySelector('story-card') as StoryCard, 'link'))).to.equal('Read the full story');
  });

  it('finds lang across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(languageOf(inner)).to.equal('de');
  });

  it('follows a change of <html lang> live', async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute('lang');
    try {
      const el = await fixture<StoryCard>(html`<story-card .story=${story}></story-card>`);
      html_.setAttribute('lang', 'fr');
      await waitUntil(() => visibleText(part(el, 'link')) === 'Lire l’article complet');
    } finally {
      if (before === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', before);
    }
  });

  it('lets every string be overridden per element and per language', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      .strings=${{ readFullStory: 'Keep reading', showMoreReplies: '+{count} more' }}
      replies-limit="1"
      .story=${story}
    ></story-card>`);
    expect(visibleText(part(el, 'link'))).to.equal('Keep reading');
    expect(visibleText(part(el, 'button'))).to.equal('+3 more');

    registerStrings('pt', { readFullStory: 'Leia a matéria completa' });
    const wrapper = await fixture<HTMLElement>(html`<div lang="pt-BR"><story-card .story=${story}></story-card></div>`);
    expect(visibleText(part(wrapper.querySelector('story-card') as StoryCard, 'link'))).to.equal('Leia a matéria completa');
  });

  it('shows a full timestamp in the reader’s language and ignores a bad date', () => {
    expect(formatDate('2018-07-09T23:30:00Z', 'en')).to.be.a('string');
    expect(formatDate('not a date', 'en')).to.be.undefined;
    expect(formatDate(undefined, 'en')).to.be.undefined;
  });
});
