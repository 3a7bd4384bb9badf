import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement } from '../src/internal/define-element.js';
import { english } from '../src/internal/locales.js';
import type { SignupErrorEvent, SignupSubmitEvent, SignupSuccessEvent } from '../src/newsletter-signup/events.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import { captureWarnings } from './support/fixtures.js';
import { newId as newRecordingId, requests, script } from './support/recorder.js';

defineElement('newsletter-signup', NewsletterSignup);

// The recording server (tests/support/recording-middleware.mjs) answers under /__rec/<id>/.
const newId = () => newRecordingId('ns');

const part = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const emailInput = (el: Element) => part<HTMLInputElement>(el, '#email');
const button = (el: Element) => part<HTMLButtonElement>(el, '[part~=button]');
const message = (el: Element) => part(el, '[part~=message]').textContent!.trim();
const form = (el: Element) => part<HTMLFormElement>(el, 'form');

function typeEmail(el: Element, value: string): void {
  const input = emailInput(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Collects the element's public events. */
function events(el: Element) {
  const seen: Event[] = [];
  for (const type of ['signup-submit', 'signup-success', 'signup-error']) el.addEventListener(type, e => seen.push(e));
  return seen;
}

function outcome(el: Element): Promise<SignupSuccessEvent | SignupErrorEvent> {
  return new Promise(resolve => {
    const done = (event: Event) => {
      el.removeEventListener('signup-success', done);
      el.removeEventListener('signup-error', done);
      resolve(event as SignupSuccessEvent | SignupErrorEvent);
    };
    el.addEventListener('signup-success', done);
    el.addEventListener('signup-error', done);
  });
}

async function box(id: string, extra = html``): Promise<NewsletterSignup> {
  return fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/api/subscribe" min-fill-time="0">${extra}</newsletter-signup>`);
}

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('newsletter-signup: its own form', () => {
  it('renders a labelled email field and a Subscribe button, and passes axe', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup></newsletter-signup>`);
    const input = emailInput(el);
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.placeholder).to.equal('');
    const label = part(el, 'label[for=email]');
    expect(label.textContent!.trim()).to.equal('Email address');
    expect(button(el).textContent!.trim()).to.equal('Subscribe');
    expect(button(el).type).to.equal('submit');
    expect(part(el, '.heading').hidden).to.be.true;
    expect(part(el, '.description').hidden).to.be.true;
    expect(part(el, '.consent').hidden).to.be.true;
    expect(el.shadowRoot!.querySelector('#name')).to.equal(null);
    expect(part(el, '[role=status]').getAttribute('part')).to.equal('message');
    expect(el.state).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('takes heading, description, button-label, name-field and consent from attributes', async () => {
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup heading="The Morning Brief" description="One email a day." button-label="Sign me up" name-field consent="I agree to receive emails.">
        <a slot="privacy" href="/privacy">Privacy policy</a>
      </newsletter-signup>
    `);
    expect(part(el, 'h2[part=heading]').textContent).to.equal('The Morning Brief');
    expect(part(el, '[part=description]').textContent!.trim()).to.equal('One email a day.');
    expect(button(el).textContent!.trim()).to.equal('Sign me up');
    const name = part<HTMLInputElement>(el, '#name');
    expect(name.autocomplete).to.equal('name');
    expect(part(el, 'label[for=name]').textContent!.trim()).to.equal('Name');
    const consent = part<HTMLInputElement>(el, '#consent');
    expect(consent.type).to.equal('checkbox');
    expect(consent.required).to.be.true;
    expect(part(el, '.consent').hidden).to.be.false;
    expect(part(el, 'label[for=consent]').textContent!.trim()).to.equal('I agree to receive emails.');
    const privacy = part<HTMLSlotElement>(el, 'slot[name=privacy]');
    expect(privacy.assignedElements()[0]!.textContent).to.equal('Privacy policy');
    await expect(el).to.be.accessible();
  });

  it('lets slots replace the heading, description and consent text', async () => {
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup heading="ignored">
        <h3 slot="heading">Weekly digest</h3>
        <p slot="description">Our best stories, Fridays.</p>
        <span slot="consent">I accept the <em>terms</em>.</span>
      </newsletter-signup>
    `);
    expect(part<HTMLSlotElement>(el, 'slot[name=heading]').assignedElements()[0]!.textContent).to.equal('Weekly digest');
    expect(part(el, '.description').hidden).to.be.false;
    expect(part(el, '.consent').hidden, 'a slotted consent text shows the checkbox').to.be.false;
    expect(part<HTMLInputElement>(el, '#consent').required).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('exposes its parts', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup heading="H" name-field consent="OK"></newsletter-signup>`);
    for (const name of ['base', 'heading', 'description', 'form', 'label', 'input', 'button', 'consent', 'checkbox', 'error', 'message']) {
      expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
    expect(el.shadowRoot!.querySelectorAll('[part~=input]').length).to.equal(2);
  });

  it('follows the page language (its strings loaded on first use) and takes string overrides', async () => {
    const wrapper = await fixture(html`<div lang="fr"><newsletter-signup></newsletter-signup></div>`);
    const el = wrapper.querySelector<NewsletterSignup>('newsletter-signup')!;
    await waitUntil(() => part(el, 'label[for=email]').textContent!.trim() === 'Adresse e-mail', 'the French strings never arrived');
    expect(button(el).textContent!.trim()).to.equal('S’abonner');
    el.strings = { subscribe: 'Rejoindre' };
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Rejoindre');
  });

  it('draws dark when told, and passes axe in dark', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup theme="dark" heading="Dark"></newsletter-signup>`);
    expect(part(el, '.surface').classList.contains('dark')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('has a honeypot no person can see, reach or autofill, which can be renamed or left out', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup></newsletter-signup>`);
    const trap = part<HTMLInputElement>(el, '#trap');
    expect(trap.name).to.equal('sw-hp');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    const wrapper = trap.closest('[aria-hidden=true]')!;
    expect(wrapper).to.not.equal(null);
    const rect = wrapper.getBoundingClientRect();
    expect(rect.width * rect.height).to.be.at.most(1);
    el.honeypot = 'hp_extra';
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, '#trap').name).to.equal('hp_extra');
    el.noHoneypot = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#trap')).to.equal(null);
  });

  it('keeps the contract\'s honeypot name when the honeypot attribute is removed (quietly) or left empty (one warning), so the trap is still found', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NewsletterSignup>(html`<newsletter-signup honeypot="hp_extra"></newsletter-signup>`);
      expect(part<HTMLInputElement>(el, '#trap').name).to.equal('hp_extra');
      el.removeAttribute('honeypot');
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#trap').name).to.equal('sw-hp');
      expect(warnings.messages).to.deep.equal([]);
      el.setAttribute('honeypot', ' ');
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#trap').name).to.equal('sw-hp');
      expect(warnings.messages).to.deep.equal(['story-widgets: <newsletter-signup> honeypot=" " is not a field name; using sw-hp.']);
    } finally {
      warnings.restore();
    }
  });

  it('puts the name field and the honeypot in and takes them out without touching the email field, its text or its focus', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup></newsletter-signup>`);
    const input = emailInput(el);
    typeEmail(el, 'reader@example.com');
    input.focus();
    el.nameField = true;
    el.noHoneypot = true;
    await el.updateComplete;
    const name = part<HTMLInputElement>(el, '#name');
    expect(name.closest('.field')!.nextElementSibling, 'before the email field').to.equal(input.closest('.field'));
    expect(el.shadowRoot!.querySelector('#trap')).to.equal(null);
    el.nameField = false;
    el.noHoneypot = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#name')).to.equal(null);
    expect(part(el, 'form').lastElementChild!.contains(part(el, '#trap')), 'the honeypot comes last').to.be.true;
    expect(emailInput(el)).to.equal(input);
    expect(input.value).to.equal('reader@example.com');
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });
});

describe('newsletter-signup: validation before any request', () => {
  it('an empty email gets an inline message tied to the field, and nothing is sent', async () => {
    const id = newId();
    const el = await box(id);
    const seen = events(el);
    form(el).requestSubmit();
    await el.updateComplete;
    const input = emailInput(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = part(el, `#${input.getAttribute('aria-describedby')}`);
    expect(error.textContent).to.equal(english.emailMissing);
    expect(error.hidden).to.be.false;
    expect(message(el), 'also spoken by the live region').to.equal(english.emailMissing);
    expect(seen.map(e => e.type)).to.deep.equal(['signup-error']);
    expect((seen[0] as SignupErrorEvent).detail).to.deep.equal({ email: '', reason: 'invalid', message: english.emailMissing });
    expect(await requests(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a malformed email says how to fix it, keeps what was typed and moves focus from the button to the field', async () => {
    const id = newId();
    const el = await box(id);
    typeEmail(el, 'reader@example');
    button(el).focus();
    button(el).click();
    await el.updateComplete;
    expect(part(el, '#email-error').textContent).to.equal(english.emailInvalid);
    expect(emailInput(el).value).to.equal('reader@example');
    expect(el.shadowRoot!.activeElement).to.equal(emailInput(el));
    expect(await requests(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an unticked consent box is an error on the checkbox', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" consent="I agree."></newsletter-signup>`,
    );
    typeEmail(el, 'reader@example.com');
    form(el).requestSubmit();
    await el.updateComplete;
    const consent = part<HTMLInputElement>(el, '#consent');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, `#${consent.getAttribute('aria-describedby')}`).textContent).to.equal(english.consentMissing);
    expect(emailInput(el).getAttribute('aria-invalid')).to.equal('false');
    expect(await requests(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    consent.checked = true;
    const done = outcome(el);
    form(el).requestSubmit();
    expect((await done).type).to.equal('signup-success');
    expect(consent.getAttribute('aria-invalid'), 'cleared once fixed').to.equal('false');
    expect(JSON.parse((await requests(id))[0]!.body).consent).to.equal(true);
  });
});

describe('newsletter-signup: states with the default endpoint', () => {
  it('submitting: busy form, disabled button, progress spoken; then subscribed, focus untouched', async () => {
    const id = newId();
    await script(id, { delayMs: 400, status: 201, body: { status: 'subscribed' } });
    const el = await box(id);
    const seen = events(el);
    typeEmail(el, ' Reader@Example.COM ');
    button(el).focus();
    const done = outcome(el);
    button(el).click();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    expect(form(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).textContent!.trim()).to.equal(english.submitting);
    expect(message(el)).to.equal(english.submitting);
    await expect(el).to.be.accessible();
    const event = (await done) as SignupSuccessEvent;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ email: 'Reader@example.com', status: 'subscribed' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(seen.map(e => e.type)).to.deep.equal(['signup-submit', 'signup-success']);
    expect(el.state).to.equal('subscribed');
    expect(message(el)).to.equal(english.subscribed);
    expect(form(el).hasAttribute('aria-busy')).to.be.false;
    expect(button(el).hasAttribute('aria-disabled')).to.be.false;
    expect(el.shadowRoot!.activeElement, 'focus stays where the reader left it').to.equal(button(el));
    await expect(el).to.be.accessible();
  });

  for (const [status, text] of [
    ['pending', english.pending],
    ['already', english.already],
  ] as const) {
    it(`${status}: says so and fires signup-success with status ${status}`, async () => {
      const id = newId();
      await script(id, { body: { status } });
      const el = await box(id);
      typeEmail(el, 'reader@example.com');
      const done = outcome(el);
      form(el).requestSubmit();
      const event = (await done) as SignupSuccessEvent;
      await el.updateComplete;
      expect(event.detail.status).to.equal(status);
      expect(message(el)).to.equal(text);
      expect(el.state).to.equal(status);
      await expect(el).to.be.accessible();
    });
  }

  it('shows success-message instead of the built-in text', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" success-message="Welcome aboard!"></newsletter-signup>`,
    );
    typeEmail(el, 'reader@example.com');
    const done = outcome(el);
    form(el).requestSubmit();
    await done;
    await el.updateComplete;
    expect(message(el)).to.equal('Welcome aboard!');
  });

  const errorCases = [
    { name: '422 invalid_email', answer: { status: 422, body: { error: { code: 'invalid_email', message: 'Bad' } } }, reason: 'invalid', text: english.emailInvalid },
    { name: '400 other code', answer: { status: 400, body: { error: { code: 'invalid_consent', message: 'No' } } }, reason: 'rejected', text: english.rejected },
    { name: '403', answer: { status: 403, body: { error: { code: 'origin_not_allowed', message: 'No' } } }, reason: 'rejected', text: english.rejected },
    { name: '500', answer: { status: 500, body: 'boom' }, reason: 'server', text: english.server },
    { name: '503 JSON', answer: { status: 503, body: { error: { code: 'store_unavailable', message: 'x' } } }, reason: 'server', text: english.server },
    { name: '200 without a status', answer: { status: 200, body: { ok: true } }, reason: 'server', text: english.server },
    { name: '200 with HTML', answer: { status: 200, body: '<b>Thanks</b>' }, reason: 'server', text: english.server },
    { name: '429 with Retry-After', answer: { status: 429, headers: { 'Retry-After': '30' }, body: {} }, reason: 'rate-limited', text: 'Too many attempts. Please try again in 30 seconds.' },
    { name: '429 without Retry-After', answer: { status: 429, body: {} }, reason: 'rate-limited', text: english.rateLimitedShort },
  ];
  for (const { name, answer, reason, text } of errorCases) {
    it(`${name}: ${reason}, the message shown, the typed email kept, axe passes`, async () => {
      const id = newId();
      await script(id, answer);
      const el = await box(id);
      typeEmail(el, 'reader@example.com');
      const done = outcome(el);
      form(el).requestSubmit();
      const event = (await done) as SignupErrorEvent;
      await el.updateComplete;
      expect(event.type).to.equal('signup-error');
      expect(event.detail).to.deep.equal({ email: 'reader@example.com', reason, message: text });
      expect(message(el)).to.equal(text);
      expect(el.state).to.equal('error');
      expect(emailInput(el).value).to.equal('reader@example.com');
      expect(emailInput(el).getAttribute('aria-invalid')).to.equal(reason === 'invalid' ? 'true' : 'false');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps every field after an error, and a retry sends again', async () => {
    const id = newId();
    await script(id, [{ status: 500 }, { status: 201, body: { status: 'subscribed' } }]);
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" name-field consent="OK"></newsletter-signup>`,
    );
    typeEmail(el, 'reader@example.com');
    part<HTMLInputElement>(el, '#name').value = 'Ada';
    part<HTMLInputElement>(el, '#consent').checked = true;
    let done = outcome(el);
    form(el).requestSubmit();
    expect((await done).type).to.equal('signup-error');
    await el.updateComplete;
    expect(emailInput(el).value).to.equal('reader@example.com');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada');
    expect(part<HTMLInputElement>(el, '#consent').checked).to.be.true;
    done = outcome(el);
    form(el).requestSubmit();
    expect((await done).type).to.equal('signup-success');
    expect((await requests(id)).length).to.equal(2);
  });

  it('a timeout aborts, says so, keeps the email, and retry works', async () => {
    const id = newId();
    await script(id, [{ delayMs: 2000 }, { body: { status: 'subscribed' } }]);
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" timeout="30"></newsletter-signup>`);
    typeEmail(el, 'reader@example.com');
    let done = outcome(el);
    form(el).requestSubmit();
    const event = (await done) as SignupErrorEvent;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('timeout');
    expect(message(el)).to.equal(english.timeout);
    expect(emailInput(el).value).to.equal('reader@example.com');
    await expect(el).to.be.accessible();
    el.timeout = 5000;
    done = outcome(el);
    form(el).requestSubmit();
    expect((await done).type).to.equal('signup-success');
  });

  it('double clicks and repeated submits send one request', async () => {
    const id = newId();
    await script(id, { delayMs: 200, body: { status: 'subscribed' } });
    const el = await box(id);
    const seen = events(el);
    typeEmail(el, 'reader@example.com');
    const done = outcome(el);
    button(el).click();
    button(el).click();
    form(el).requestSubmit();
    await el.updateComplete;
    button(el).click();
    await done;
    expect((await requests(id)).length).to.equal(1);
    expect(seen.filter(e => e.type === 'signup-submit').length).to.equal(1);
  });

  it('repeated Enter in the email field sends one request (keyboard only)', async () => {
    const id = newId();
    await script(id, { delayMs: 200, body: { status: 'subscribed' } });
    const el = await box(id);
    emailInput(el).focus();
    await sendKeys({ type: 'reader@example.com' });
    const done = outcome(el);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await done;
    expect(emailInput(el).value).to.equal('reader@example.com');
    const log = await requests(id);
    expect(log.length).to.equal(1);
    expect(JSON.parse(log[0]!.body).email).to.equal('reader@example.com');
  });

  it('Tab walks name → email → button → consent, never the honeypot', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup name-field consent="OK"></newsletter-signup>`);
    part<HTMLInputElement>(el, '#name').focus();
    const order = [el.shadowRoot!.activeElement?.id];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.id || el.shadowRoot!.activeElement?.getAttribute('part') || undefined);
    }
    expect(order).to.deep.equal(['name', 'email', 'button', 'consent']);
  });

  it('signup-submit is cancelable: the host handles it and nothing is sent', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" name-field provider="endpoint"></newsletter-signup>`,
    );
    let received: SignupSubmitEvent | undefined;
    document.addEventListener(
      'signup-submit',
      event => {
        received = event;
        event.preventDefault();
      },
      { once: true },
    );
    typeEmail(el, 'reader@example.com');
    part<HTMLInputElement>(el, '#name').value = ' Ada ';
    form(el).requestSubmit();
    await el.updateComplete;
    expect(received!.detail).to.deep.equal({ email: 'reader@example.com', name: 'Ada', provider: 'endpoint' });
    expect(received!.cancelable && received!.bubbles && received!.composed).to.be.true;
    expect(el.state).to.equal('idle');
    expect(await requests(id)).to.deep.equal([]);
  });
});

describe('newsletter-signup: what is sent and said', () => {
  it('splits tags on commas only, so a tag may hold spaces', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/api/subscribe" min-fill-time="0" tags=" Weekly Digest, news ,"></newsletter-signup>`,
    );
    typeEmail(el, 'reader@example.com');
    const done = outcome(el);
    form(el).requestSubmit();
    await done;
    const [sent] = await requests(id);
    expect(JSON.parse(sent!.body).tags).to.deep.equal(['Weekly Digest', 'news']);
  });

  it('leaves out a page URL the endpoint would refuse as source, rather than fail the signup', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const el = await box(id);
    const page = location.href;
    history.replaceState(null, '', `${location.pathname}?utm=${'x'.repeat(2100)}`);
    try {
      typeEmail(el, 'reader@example.com');
      const done = outcome(el);
      form(el).requestSubmit();
      await done;
    } finally {
      history.replaceState(null, '', page);
    }
    const [sent] = await requests(id);
    expect(JSON.parse(sent!.body)).not.to.have.property('source');
  });

  it('announces the same error again on the next failed try', async () => {
    const el = await box(newId());
    typeEmail(el, 'reader@example');
    form(el).requestSubmit();
    await el.updateComplete;
    expect(message(el)).to.equal(english.emailInvalid);
    const region = part(el, '[part~=message]');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    form(el).requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    observer.disconnect();
    expect(texts).to.include('');
    expect(message(el)).to.equal(english.emailInvalid);
  });
});

/** Every text the live region shows from now on, until `stop()`. */
function spoken(el: Element): { texts: string[]; stop: () => void } {
  const region = part(el, '[part~=message]');
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('newsletter-signup: anti-abuse', () => {
  it('autofill + Enter sooner than min-fill-time (default 1500) is held as submitting, focus and email kept, then sent once; only the real answer is shown', async () => {
    const id = newId();
    await script(id, { delayMs: 200, status: 201, body: { status: 'pending' } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s"></newsletter-signup>`);
    const seen = events(el);
    const said = spoken(el);
    emailInput(el).value = 'reader@example.com'; // autofilled: no key pressed in the field
    emailInput(el).focus();
    const done = outcome(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    expect(message(el)).to.equal(english.submitting);
    expect(form(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(emailInput(el));
    expect(emailInput(el).value).to.equal('reader@example.com');
    expect(await requests(id), 'nothing sent while held').to.deep.equal([]);
    await sendKeys({ press: 'Enter' }); // an impatient second Enter changes nothing
    await expect(el).to.be.accessible();
    const event = (await done) as SignupSuccessEvent;
    await el.updateComplete;
    said.stop();
    expect(event.detail).to.deep.equal({ email: 'reader@example.com', status: 'pending' });
    expect(seen.map(e => e.type)).to.deep.equal(['signup-submit', 'signup-success']);
    expect(said.texts, 'never a made-up “subscribed”').to.deep.equal([english.submitting, english.pending]);
    const log = await requests(id);
    expect(log.length, 'sent exactly once').to.equal(1);
    expect(JSON.parse(log[0]!.body).email).to.equal('reader@example.com');
  });

  it('a filled honeypot is still faked at once (success shown, no request, no events), while the same fast submit without it is held and sent', async () => {
    const botId = newId();
    const bot = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${botId}/s" min-fill-time="200"></newsletter-signup>`);
    const botEvents = events(bot);
    typeEmail(bot, 'bot@example.com');
    part<HTMLInputElement>(bot, '#trap').value = 'http://spam.example';
    form(bot).requestSubmit();
    await bot.updateComplete;
    expect(bot.state).to.equal('subscribed');
    expect(message(bot)).to.equal(english.subscribed);
    await pause(400); // past min-fill-time: a held submission would have gone by now
    expect(await requests(botId)).to.deep.equal([]);
    expect(botEvents).to.deep.equal([]);
    expect(bot.state).to.equal('subscribed');

    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="200"></newsletter-signup>`);
    typeEmail(el, 'reader@example.com');
    const done = outcome(el);
    form(el).requestSubmit();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    expect((await done).type).to.equal('signup-success');
    expect((await requests(id)).length).to.equal(1);
  });

  it('a box taken out of the page while a fast submit is held sends nothing while it is out; put back (moved), the submit goes on and is sent once', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="200"></newsletter-signup>`);
    const seen = events(el);
    typeEmail(el, 'reader@example.com');
    form(el).requestSubmit();
    await el.updateComplete;
    expect(el.state).to.equal('submitting');
    const parent = el.parentElement!;
    el.remove();
    await pause(400); // past min-fill-time
    expect(await requests(id), 'nothing sent while out of the page').to.deep.equal([]);
    const done = outcome(el);
    parent.append(el);
    expect((await done).type, 'put back, the held submit goes on').to.equal('signup-success');
    expect((await requests(id)).length).to.equal(1);
    expect(seen.map(e => e.type)).to.deep.equal(['signup-submit', 'signup-success']);
  });

  it('a box moved within the page in one task while a fast submit is held (a list reordered) sends it once, when the time is up', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="300"></newsletter-signup>`);
    typeEmail(el, 'reader@example.com');
    form(el).requestSubmit();
    await el.updateComplete;
    const other = document.createElement('div');
    document.body.append(other);
    const done = outcome(el);
    other.append(el); // disconnected and connected again at once
    expect(el.state).to.equal('submitting');
    expect((await done).type).to.equal('signup-success');
    expect((await requests(id)).length).to.equal(1);
    other.remove();
  });

});

describe('newsletter-signup: bad configuration', () => {
  it('no action or an unsafe action: a clear error, a console warning, no throw', async () => {
    for (const attributes of [{}, { action: 'javascript:alert(1)' }]) {
      const el = document.createElement('newsletter-signup') as NewsletterSignup;
      el.setAttribute('min-fill-time', '0');
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
      document.body.append(el);
      await el.updateComplete;
      typeEmail(el, 'reader@example.com');
      const warnings = captureWarnings();
      const done = outcome(el);
      form(el).requestSubmit();
      const event = (await done) as SignupErrorEvent;
      warnings.restore();
      expect(event.detail.reason).to.equal('server');
      expect(warnings.messages.length, JSON.stringify(attributes)).to.equal(1);
      expect(warnings.messages[0]).to.match(/newsletter-signup/);
      expect(emailInput(el).value).to.equal('reader@example.com');
      el.remove();
    }
  });

  it('timeout="soon" warns once naming timeout and falls back to 10000 ms: an answer that takes 300 ms still subscribes (a NaN timeout would abort at once)', async () => {
    const id = newId();
    await script(id, { delayMs: 300, body: { status: 'subscribed' } });
    const warnings = captureWarnings();
    let el: NewsletterSignup;
    try {
      el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" timeout="soon" min-fill-time="0"></newsletter-signup>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('timeout="soon"');
    expect(el.timeout).to.equal(10000);
    typeEmail(el, 'reader@example.com');
    const done = outcome(el);
    form(el).requestSubmit();
    const event = await done;
    expect(event.type, JSON.stringify(event.detail)).to.equal('signup-success');
    expect((await requests(id)).length).to.equal(1);
  });

  for (const value of ['abc', '-1']) {
    it(`min-fill-time="${value}" warns once, naming the attribute, and keeps the trap on at 1500 (a fast submit is held, then sent)`, async () => {
      const id = newId();
      const warnings = captureWarnings();
      let el: NewsletterSignup;
      try {
        el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time=${value}></newsletter-signup>`);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('min-fill-time');
      expect(el.minFillTime).to.equal(1500);
      typeEmail(el, 'reader@example.com');
      const done = outcome(el);
      form(el).requestSubmit();
      await el.updateComplete;
      expect(el.state, 'held, not sent at once').to.equal('submitting');
      expect(await requests(id)).to.deep.equal([]);
      expect((await done).type).to.equal('signup-success');
      expect((await requests(id)).length).to.equal(1);
    });
  }
});

describe('newsletter-signup: the host’s own form (progressive enhancement)', () => {
  afterEach(() => document.querySelectorAll('newsletter-signup').forEach(el => el.remove()));

  it('takes the form over: same action, JSON to the endpoint, answer in the live region', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'pending' } });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup min-fill-time="0" heading="Join">
        <form action="/__rec/${id}/api/subscribe" method="post">
          <label for="host-email">Your email</label>
          <input id="host-email" type="email" name="email" required />
          <button>Join</button>
        </form>
      </newsletter-signup>
    `);
    const hostForm = el.querySelector('form')!;
    expect(form(el).hidden, 'our own form steps aside').to.be.true;
    expect(hostForm.noValidate, 'our messages replace the browser bubbles').to.be.true;
    el.querySelector('input')!.value = 'reader@example.com';
    const done = outcome(el);
    el.querySelector('button')!.click();
    await el.updateComplete;
    expect(hostForm.getAttribute('aria-busy')).to.equal('true');
    expect(el.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
    const event = (await done) as SignupSuccessEvent;
    await el.updateComplete;
    expect(event.detail.status).to.equal('pending');
    expect(message(el)).to.equal(english.pending);
    expect(hostForm.hasAttribute('aria-busy')).to.be.false;
    const [sent] = await requests(id);
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal('/api/subscribe');
    expect(JSON.parse(sent!.body).email).to.equal('reader@example.com');
    await expect(el).to.be.accessible();
  });

  it('ties a field error to the host’s input in the light DOM, focuses that input and keeps the value', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup min-fill-time="0">
        <form action="/__rec/${id}/s" method="post">
          <label for="e2">Email</label>
          <input id="e2" type="email" name="email" aria-describedby="hint" />
          <p id="hint">We never share it.</p>
          <button>Join</button>
        </form>
      </newsletter-signup>
    `);
    const input = el.querySelector('input')!;
    input.value = 'not-an-email';
    const done = outcome(el);
    el.querySelector('form')!.requestSubmit();
    expect(((await done) as SignupErrorEvent).detail.reason).to.equal('invalid');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids[0]).to.equal('hint');
    expect(document.getElementById(ids[1]!)!.textContent).to.equal(english.emailInvalid);
    expect(document.activeElement, 'focus on the field to fix').to.equal(input);
    expect(input.value).to.equal('not-an-email');
    expect(await requests(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    input.value = 'reader@example.com';
    const next = outcome(el);
    el.querySelector('form')!.requestSubmit();
    await next;
    expect(input.getAttribute('aria-describedby'), 'restored').to.equal('hint');
    expect(input.hasAttribute('aria-invalid')).to.be.false;
  });

  it('leaves a form without an email field to the browser', async () => {
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup min-fill-time="0"><form action="/nowhere"><input name="q" /><button>Go</button></form></newsletter-signup>
    `);
    let prevented: boolean | undefined;
    const onSubmit = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // stop the test page from navigating
    };
    document.addEventListener('submit', onSubmit);
    el.querySelector('form')!.requestSubmit();
    document.removeEventListener('submit', onSubmit);
    expect(prevented).to.be.false;
  });
});

describe('newsletter-signup: lifecycle', () => {
  it('works from createElement and new, and survives remove and re-add with what was typed', async () => {
    const viaNew = new NewsletterSignup();
    const viaCreate = document.createElement('newsletter-signup') as NewsletterSignup;
    expect(viaCreate).to.be.instanceOf(NewsletterSignup);
    for (const el of [viaNew, viaCreate]) {
      document.body.append(el);
      await el.updateComplete;
      typeEmail(el, 'kept@example.com');
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(emailInput(el).value).to.equal('kept@example.com');
      expect(button(el).textContent!.trim()).to.equal('Subscribe');
      el.remove();
    }
  });

  it('defining it twice is silent', async () => {
    const warnings = captureWarnings();
    defineElement('newsletter-signup', NewsletterSignup);
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    await waitUntil(() => customElements.get('newsletter-signup') === NewsletterSignup);
  });
});
