import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/define.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { seedStory } from './support/fixtures.js';

/** The element focused now, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a keyboard user lands on: link text or button label. */
const describeFocus = () => deepActiveElement()?.textContent?.replace(/\s+/g, ' ').trim();

describe('keyboard', () => {
  it('reaches every link and the replies toggle in reading order, and Enter/Space toggle it', async () => {
    const story = await seedStory();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <story-card .story=${{ ...story, replies: story.replies!.map(reply => ({ ...reply, url: 'https://x.com/i/status/1' })) }}></story-card>
    </div>`);
    const el = wrapper.querySelector('story-card') as StoryCard;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const visited: Array<string | undefined> = [];
    for (let i = 0; i < 15; i++) {
      await sendKeys({ press: 'Tab' });
      visited.push(describeFocus());
      if (deepActiveElement()?.matches('button.toggle')) break;
    }
    expect(visited).to.deep.equal([
      story.headline,
      'Story Widgets Demo Desk',
      'News Example',
      'Read the full story',
      'Hello Giggles',
      'Today',
      'Jul 7, 2018 — View the original post',
      '#workingmoms',
      'Jul 7, 2018 — View the original post',
      'Jul 7, 2018 — View the original post',
      'Show 2 more replies',
    ]);

    const toggle = deepActiveElement() as HTMLButtonElement;
    // A visible focus ring, which axe cannot check.
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(toggle).outlineWidth)).to.be.at.least(2);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part~="reply"]')).to.have.length(5);
    expect(deepActiveElement()).to.equal(toggle);

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelectorAll('[part~="reply"]')).to.have.length(3);
    expect(deepActiveElement()).to.equal(toggle);
  });
});
