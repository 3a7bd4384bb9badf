/**
 * Registers every element: `import 'story-widgets'`, and the entry of the all-in-one bundles
 * (`cdn/story-widgets.js`, `cdn/story-widgets.iife.js`). Safe to run twice; tags owned by
 * other scripts are left alone.
 */
import './quoted-reply/quoted-reply.js';
import './story-card/story-card.js';
import './newsletter-signup/newsletter-signup.js';

export * from './index.js';
