/**
 * The byline of <story-card>: several authors as one list in the card's language (each
 * linked only where a safe URL is known), and the modified date as "Updated …".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { visibleText } from './support/fixtures.js';

const part = (el: StoryCard, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<story-card> byline', () => {
  it('lists several authors as one English list, linking only those with a safe URL', async () => {
    const el = await fixture<StoryCard>(html`<story-card
      .story=${{
        headline: 'H',
        author: [
          { name: 'Ann', url: 'https://a.example/ann' },
          { name: 'Ben' },
          { name: 'Cy', url: 'javascript:alert(1)' },
        ],
      }}
    ></story-card>`);
    const byline = part(el, 'byline')!;
    expect(visibleText(byline)).to.equal('By Ann, Ben, and Cy');
    expect([...byline.querySelectorAll('a')].map(a => [visibleText(a), a.getAttribute('href')])).to.deep.equal([['Ann', 'https://a.example/ann']]);
    await expect(el).to.be.accessible();
  });

  it('shows modified as "Updated …" in its own <time>, after the publication date', async () => {
    const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 'H', published: '2024-01-05', modified: '2024-01-09' }}></story-card>`);
    const times = [...part(el, 'byline')!.querySelectorAll('time')].map(time => [time.getAttribute('datetime'), visibleText(time)]);
    expect(times).to.deep.equal([
      ['2024-01-05', 'Jan 5, 2024'],
      ['2024-01-09', 'Updated Jan 9, 2024'],
    ]);
  });

  it('lists the authors and says "Updated" in the card’s language (French), and in English when lang is not a language tag', async () => {
    const story = { headline: 'H', author: [{ name: 'Ann' }, { name: 'Ben' }], published: '2024-01-05', modified: '2024-01-09' };
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><story-card .story=${story}></story-card></div>`);
    const el = wrapper.querySelector('story-card')!;
    await waitUntil(() => visibleText(part(el, 'byline')).startsWith('Par '), 'the French strings never arrived');
    const items = [...part(el, 'byline')!.children].map(visibleText);
    const updated = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2024-01-09'));
    expect([items[0], items.at(-1)]).to.deep.equal(['Par Ann et Ben', `Mis à jour le ${updated}`]);
    const odd = await fixture<StoryCard>(html`<story-card lang="not a tag!" .story=${story}></story-card>`);
    expect([...part(odd, 'byline')!.children].map(visibleText)).to.deep.equal(['By Ann and Ben', 'Jan 5, 2024', 'Updated Jan 9, 2024']);
  });

  it('a single author object still reads "By Ann"', async () => {
    const el = await fixture<StoryCard>(html`<story-card .story=${{ headline: 'H', author: { name: 'Ann', url: 'https://a.example/ann' } }}></story-card>`);
    expect(visibleText(part(el, 'byline'))).to.equal('By Ann');
    expect(part(el, 'byline')!.querySelector('a')!.getAttribute('href')).to.equal('https://a.example/ann');
  });
});
