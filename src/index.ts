/** The kit without side effects: classes, events, types and the Story parser. */
export { StoryCard } from './story-card/story-card.component.js';
export { QuotedReply } from './quoted-reply/quoted-reply.component.js';
export { NewsletterSignup, type SignupState } from './newsletter-signup/newsletter-signup.component.js';
export * from './story-card/events.js';
export * from './newsletter-signup/events.js';
export { parseStory, parseReply } from './story/parse-story.js';
export type { Story, Reply, Platform } from './story/schema.js';
export { registerStrings } from './internal/i18n.js';
export type { Strings } from './internal/i18n.js';
export type { Theme } from './internal/theme-controller.js';
