import type { Story } from '../story/schema.js';

/** Why a card could not show a story. */
export type StoryErrorReason = 'invalid' | 'network' | 'timeout' | 'http';

/** Fired after the card rendered a story from data (property, inline JSON or `src`). */
export class StoryLoadEvent extends Event {
  static readonly eventName = 'story-load';
  constructor(readonly detail: { story: Story }) {
    super(StoryLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when nothing could be shown: the card falls back to the host's markup or a short notice. */
export class StoryErrorEvent extends Event {
  static readonly eventName = 'story-error';
  constructor(readonly detail: { reason: StoryErrorReason; message: string }) {
    super(StoryErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'story-load': StoryLoadEvent;
    'story-error': StoryErrorEvent;
  }
}
