/**
 * Mailchimp's JSONP needs a script URL; under Trusted Types that takes a `story-widgets`
 * policy. A page whose CSP refuses it gets a clear error and one console warning, never a
 * throw. (Its own file: the policy is created once per page.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../src/internal/define-element.js';
import type { SignupErrorEvent } from '../src/newsletter-signup/events.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import { providers } from '../src/newsletter-signup/providers/index.js';
import { createMailchimpProvider, mailchimpProvider } from '../src/newsletter-signup/providers/mailchimp.js';

defineElement('newsletter-signup', NewsletterSignup);

it('a refused Trusted Types policy is a network error with a warning saying what to allow', async () => {
  const id = `nstt-${Date.now().toString(36)}`;
  const own = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
  Object.defineProperty(window, 'trustedTypes', {
    configurable: true,
    value: {
      createPolicy(name: string) {
        throw new TypeError(`Refused to create a TrustedTypePolicy named '${name}'`);
      },
    },
  });
  providers.mailchimp = createMailchimpProvider(url => url.origin === location.origin);
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" action="/__rec/${id}/subscribe/post?u=a&id=b" min-fill-time="0"></newsletter-signup>
    `);
    const scriptsBefore = document.scripts.length;
    el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'reader@example.com';
    const failed = new Promise<SignupErrorEvent>(resolve => el.addEventListener('signup-error', resolve, { once: true }));
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    const event = await failed;
    expect(event.detail.reason).to.equal('network');
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.contain('trusted-types').and.contain('story-widgets');
    expect(document.scripts.length).to.equal(scriptsBefore);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value).to.equal('reader@example.com');
    expect(Object.keys(window).some(key => key.startsWith('storyWidgetsSignup'))).to.be.false;
    expect(await (await fetch(`/__rec/${id}/_log`)).json()).to.deep.equal([]);
  } finally {
    console.warn = warn;
    providers.mailchimp = mailchimpProvider;
    if (own) Object.defineProperty(window, 'trustedTypes', own);
    else delete (window as { trustedTypes?: unknown }).trustedTypes;
  }
});
