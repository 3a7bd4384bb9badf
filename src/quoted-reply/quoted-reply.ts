/**
 * Registers `<quoted-reply>`: importing this module defines the tag (safe to run twice; a tag owned by
 * another script is left alone with a warning). The class itself is in quoted-reply.component.ts.
 */
import { defineElement } from '../internal/define-element.js';
import { QuotedReply } from './quoted-reply.component.js';

export { QuotedReply };

defineElement('quoted-reply', QuotedReply);

declare global {
  interface HTMLElementTagNameMap {
    'quoted-reply': QuotedReply;
  }
}
