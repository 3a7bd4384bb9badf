/**
 * Registers every element. This is the entry of both bundles (`<script src>` and ES module);
 * it is safe to run twice and leaves tags owned by other scripts alone.
 */
import { defineElement } from './internal/define-element.js';
import { litRunningFlag } from './internal/lit-running-flag.js';
import { StoryCard } from './story-card/story-card.js';
import { QuotedReply } from './quoted-reply/quoted-reply.js';
import { NewsletterSignup } from './newsletter-signup/newsletter-signup.js';

// Lit is running by now: a second copy of the bundle must not ask Trusted Types for another
// `lit-html` policy, which a strict page refuses with an exception (scripts/one-lit-policy.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for(litRunningFlag)] = true;

defineElement('quoted-reply', QuotedReply);
defineElement('story-card', StoryCard);
defineElement('newsletter-signup', NewsletterSignup);

export * from './index.js';
