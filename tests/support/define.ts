/** Registers the elements under test without the whole entry (each test file may import it). */
import { defineElement } from '../../src/internal/define-element.js';
import { QuotedReply } from '../../src/quoted-reply/quoted-reply.js';
import { StoryCard } from '../../src/story-card/story-card.js';

defineElement('quoted-reply', QuotedReply);
defineElement('story-card', StoryCard);
