/**
 * The entry of the classic script (`cdn/story-widgets.iife.js`): registers every element and
 * exposes `window.StoryWidgets` with the classes, the event classes and `registerStrings`.
 * `parseStory`/`parseReply` are left to the ES module builds: the classic script reads JSON-LD
 * with a reader it loads only when a page has JSON-LD, so a synchronous parser would carry it.
 */
import '../quoted-reply/quoted-reply.js';
import '../story-card/story-card.js';
import '../newsletter-signup/newsletter-signup.js';

export { StoryCard } from '../story-card/story-card.component.js';
export { QuotedReply } from '../quoted-reply/quoted-reply.component.js';
export { NewsletterSignup } from '../newsletter-signup/newsletter-signup.component.js';
export * from '../story-card/events.js';
export * from '../newsletter-signup/events.js';
export { registerStrings } from '../internal/i18n.js';
