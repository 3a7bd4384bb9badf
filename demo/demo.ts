// The demo page's own script: the host page's theme switch and language, and the card that
// is given its story as a property. Everything else on the page is plain markup.
import type { StoryCard } from '../src/story-card/story-card.js';

const toggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
toggle.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});

const language = document.querySelector<HTMLSelectElement>('#lang')!;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  document.documentElement.dir = language.value === 'ar' ? 'rtl' : 'ltr';
});

const card = document.querySelector<StoryCard>('#from-property-card')!;
const response = await fetch(new URL('./story.json', import.meta.url));
card.story = (await response.json()) as unknown;

document.addEventListener('story-error', event => console.warn('story-error', event.detail));
