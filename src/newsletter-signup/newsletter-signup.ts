/**
 * Registers `<newsletter-signup>`: importing this module defines the tag (safe to run twice; a tag owned by
 * another script is left alone with a warning). The class itself is in newsletter-signup.component.ts.
 */
import { defineElement } from '../internal/define-element.js';
import { NewsletterSignup } from './newsletter-signup.component.js';

export * from './events.js';
export { NewsletterSignup };

defineElement('newsletter-signup', NewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'newsletter-signup': NewsletterSignup;
  }
}
