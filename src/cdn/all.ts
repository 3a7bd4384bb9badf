/**
 * `cdn/story-widgets.js`: every element as an ES module. It imports the three element modules
 * (vite.config.ts keeps them as imports), so a page that also loads one of them runs it once,
 * and adds the parsers and `registerStrings`: the same API as `import 'story-widgets'`.
 */
export * from '../story-card/story-card.js';
export * from '../quoted-reply/quoted-reply.js';
export * from '../newsletter-signup/newsletter-signup.js';
export { parseStory, parseReply } from '../story/parse-story.js';
export { registerStrings } from '../internal/i18n.js';
