/**
 * Registers `<story-card>`: importing this module defines the tag (safe to run twice; a tag owned by
 * another script is left alone with a warning). The class itself is in story-card.component.ts.
 */
import { defineElement } from '../internal/define-element.js';
import { StoryCard } from './story-card.component.js';

export * from './events.js';
export { StoryCard };

defineElement('story-card', StoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'story-card': StoryCard;
  }
}
