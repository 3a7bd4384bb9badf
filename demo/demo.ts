// The story demo's script: the host page's controls, and the card that is given its story
// as a property. Everything else on the page is plain markup.
import './page-controls.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';

const card = document.querySelector<StoryCard>('#from-property-card')!;
const response = await fetch(new URL('./story.json', import.meta.url));
card.story = (await response.json()) as unknown;

document.addEventListener('story-error', event => console.warn('story-error', event.detail));
