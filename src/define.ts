/**
 * Registers every element. This is the entry of both bundles (`<script src>` and ES module);
 * it is safe to run twice and leaves tags owned by other scripts alone.
 */
import { defineElement } from './internal/define-element.js';
import { StoryCard } from './story-card/story-card.js';
import { QuotedReply } from './quoted-reply/quoted-reply.js';
import { NewsletterSignup } from './newsletter-signup/newsletter-signup.js';

defineElement('quoted-reply', QuotedReply);
defineElement('story-card', StoryCard);
defineElement('newsletter-signup', NewsletterSignup);

export * from './index.js';
