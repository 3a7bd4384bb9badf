/**
 * Contract tests: each provider adapter sends exactly the request its provider documents,
 * checked against the local recording server (tests/support/recording-middleware.mjs), and
 * reads the provider's answer into our states.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { honeypotField } from '../src/contract/subscribe.js';
import { defineElement } from '../src/internal/define-element.js';
import { english } from '../src/internal/locales.js';
import type { SignupErrorEvent, SignupSuccessEvent } from '../src/newsletter-signup/events.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import { providers } from '../src/newsletter-signup/providers/index.js';
import { createMailchimpProvider, isMailchimpUrl, mailchimpProvider } from '../src/newsletter-signup/providers/mailchimp.js';
import { newId as newRecordingId, requests, script } from './support/recorder.js';

defineElement('newsletter-signup', NewsletterSignup);

const newId = () => newRecordingId('nsp');
/** The same recording server on another origin (localhost ↔ 127.0.0.1): a cross-origin provider. */
const otherOrigin = `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const pageUrl = location.href.split('#')[0];

const part = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const message = (el: Element) => part(el, '[part~=message]').textContent!.trim();

/** Fills the element's own form and submits it; resolves with the outcome event. */
async function signUp(el: NewsletterSignup, email = 'reader@example.com', name?: string): Promise<SignupSuccessEvent | SignupErrorEvent> {
  part<HTMLInputElement>(el, '#email').value = email;
  if (name !== undefined) part<HTMLInputElement>(el, '#name').value = name;
  const consent = el.shadowRoot!.querySelector<HTMLInputElement>('#consent');
  if (consent?.required) consent.checked = true;
  const result = new Promise<SignupSuccessEvent | SignupErrorEvent>(resolve => {
    el.addEventListener('signup-success', resolve, { once: true });
    el.addEventListener('signup-error', resolve, { once: true });
  });
  part<HTMLFormElement>(el, 'form').requestSubmit();
  const event = await result;
  await el.updateComplete;
  return event;
}

const form = (text: string) => [...new URLSearchParams(text)];
const formContentType = 'application/x-www-form-urlencoded;charset=UTF-8';

describe('provider "endpoint" (default): our JSON contract', () => {
  it('POSTs {email, name, consent, source, tags} as JSON to action', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/__rec/${id}/api/subscribe" min-fill-time="0" name-field consent="Yes" tags="news, daily"></newsletter-signup>`,
    );
    const event = await signUp(el, 'Reader@Example.com', 'Ada Lovelace');
    expect(event.detail).to.deep.equal({ email: 'Reader@example.com', status: 'subscribed' });
    const [sent, ...more] = await requests(id);
    expect(more).to.deep.equal([]);
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal('/api/subscribe');
    expect(sent!.contentType).to.equal('application/json');
    expect(JSON.parse(sent!.body)).to.deep.equal({
      email: 'Reader@example.com',
      name: 'Ada Lovelace',
      consent: true,
      source: pageUrl,
      tags: ['news', 'daily'],
    });
  });

  it('leaves the optional fields out when there are none', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await signUp(el);
    const [sent] = await requests(id);
    expect(JSON.parse(sent!.body)).to.deep.equal({ email: 'reader@example.com', source: pageUrl });
  });

  it(`sends a filled honeypot under the contract's field name ("${honeypotField}"), for the server to catch`, async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const outcome = await providers.endpoint.send(
      { email: 'bot@example.com', tags: [], honeypot: 'https://spam.example' },
      { action: `/__rec/${id}/s`, signal: new AbortController().signal },
    );
    expect(outcome).to.deep.equal({ status: 'subscribed' });
    const [sent] = await requests(id);
    expect(JSON.parse(sent!.body)).to.deep.equal({ email: 'bot@example.com', [honeypotField]: 'https://spam.example' });
  });

  it('names the element’s own hidden honeypot input with the contract’s field name', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/s"></newsletter-signup>`);
    expect(part<HTMLInputElement>(el, '#trap').name).to.equal(honeypotField);
  });

  it('works cross-origin (CORS) and reads Retry-After the server exposes', async () => {
    const id = newId();
    await script(id, { status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'rate_limited', message: 'x' } } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="${otherOrigin}/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    const event = (await signUp(el)) as SignupErrorEvent;
    expect(event.detail.reason).to.equal('rate-limited');
    expect(message(el)).to.equal('Too many attempts. Please try again in 120 seconds.');
  });
});

describe('a request the browser refuses while online (CORS)', () => {
  it('an endpoint on another origin that refuses CORS is a network error: not kept in localStorage, the email stays, nothing is sent again when back online', async () => {
    const id = newId();
    // The preflight passes; the answer has no Access-Control-Allow-Origin: fetch rejects, as
    // for an endpoint whose origin allow-list leaves this page out.
    await script(id, { cors: false, status: 403, body: { error: { code: 'origin_not_allowed', message: 'x' } } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="${otherOrigin}/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    const event = (await signUp(el)) as SignupErrorEvent;
    expect(event.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.network });
    expect(message(el)).to.equal(english.network);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    expect(Object.keys(localStorage).filter(key => key.startsWith('story-widgets:signup:'))).to.deep.equal([]);
    const attempts = (await requests(id)).length;
    window.dispatchEvent(new Event('online'));
    await new Promise(resolve => setTimeout(resolve, 100));
    expect((await requests(id)).length).to.equal(attempts);
  });
});

describe('provider "form": a plain form post', () => {
  it('POSTs form-encoded fields under the configured names', async () => {
    const id = newId();
    await script(id, { body: 'Thanks!' });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="form" action="/__rec/${id}/forms/42/subscriptions" min-fill-time="0" name-field
        email-field-name="email_address" name-field-name="fields[first_name]" tags="a,b"></newsletter-signup>
    `);
    const event = (await signUp(el, 'reader@example.com', 'Ada')) as SignupSuccessEvent;
    expect(event.detail.status).to.equal('subscribed');
    const [sent] = await requests(id);
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal('/forms/42/subscriptions');
    expect(sent!.contentType).to.equal(formContentType);
    expect(form(sent!.body)).to.deep.equal([
      ['email_address', 'reader@example.com'],
      ['fields[first_name]', 'Ada'],
      ['tag', 'a'],
      ['tag', 'b'],
    ]);
  });

  it('defaults to email and name, reads a JSON status, and maps errors', async () => {
    const id = newId();
    await script(id, [{ body: { status: 'pending' } }, { status: 500, body: 'oops' }]);
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup provider="form" action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    expect(((await signUp(el)) as SignupSuccessEvent).detail.status).to.equal('pending');
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('server');
    expect(form((await requests(id))[0]!.body)).to.deep.equal([['email', 'reader@example.com']]);
  });

  it('sends the host form’s own fields as written, minus the honeypot', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="form" min-fill-time="0">
        <form action="/__rec/${id}/subscribe" method="post">
          <label>Email <input type="email" name="email_address" /></label>
          <label>First name <input name="fields[first_name]" autocomplete="given-name" /></label>
          <input type="hidden" name="source" value="sidebar" />
          <div aria-hidden="true" hidden><input name="sw-hp" tabindex="-1" /></div>
          <button>Join</button>
        </form>
      </newsletter-signup>
    `);
    el.querySelector<HTMLInputElement>('[name=email_address]')!.value = ' reader@EXAMPLE.com';
    el.querySelector<HTMLInputElement>('[autocomplete=given-name]')!.value = 'Ada';
    const done = new Promise(resolve => el.addEventListener('signup-success', resolve, { once: true }));
    el.querySelector('form')!.requestSubmit();
    await done;
    const [sent] = await requests(id);
    expect(form(sent!.body)).to.deep.equal([
      ['email_address', 'reader@example.com'],
      ['fields[first_name]', 'Ada'],
      ['source', 'sidebar'],
    ]);
    el.remove();
  });
});

describe('provider "buttondown": the embed form endpoint', () => {
  it('POSTs email + embed=1 (+ tag) form-encoded to embed-subscribe/<username>; success is pending', async () => {
    const id = newId();
    await script(id, { body: '<!doctype html><title>Confirm your subscription</title>' });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="buttondown" action="/__rec/${id}/api/emails/embed-subscribe/jane" tags="web" min-fill-time="0"></newsletter-signup>
    `);
    const event = (await signUp(el)) as SignupSuccessEvent;
    expect(event.detail.status).to.equal('pending');
    expect(message(el)).to.equal(english.pending);
    const [sent] = await requests(id);
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal('/api/emails/embed-subscribe/jane');
    expect(sent!.contentType).to.equal(formContentType);
    expect(form(sent!.body)).to.deep.equal([
      ['email', 'reader@example.com'],
      ['tag', 'web'],
      ['embed', '1'],
    ]);
  });

  it('sends cross-origin without CORS (as the embed form does) and treats the unreadable answer as pending', async () => {
    const id = newId();
    await script(id, { cors: false, body: '<html>Thanks</html>' });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="buttondown" action="${otherOrigin}/__rec/${id}/api/emails/embed-subscribe/jane" min-fill-time="0"></newsletter-signup>
    `);
    expect(((await signUp(el)) as SignupSuccessEvent).detail.status).to.equal('pending');
    expect((await requests(id)).length).to.equal(1);
  });

  it('maps a readable 429 and 4xx', async () => {
    const id = newId();
    await script(id, [{ status: 429, body: 'slow down' }, { status: 400, body: 'bad' }]);
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup provider="buttondown" action="/__rec/${id}/x" min-fill-time="0"></newsletter-signup>`);
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('rate-limited');
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('rejected');
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
  });
});

describe('provider "kit": v3 public form subscribe', () => {
  it('POSTs {api_key, email, first_name, tags} JSON to /v3/forms/<id>/subscribe', async () => {
    const id = newId();
    await script(id, { body: { subscription: { id: 1, state: 'inactive', subscriber: { id: 2 } } } });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="kit" api-key="pk_public" action="/__rec/${id}/v3/forms/1234/subscribe" name-field tags="11, 22" min-fill-time="0"></newsletter-signup>
    `);
    const event = (await signUp(el, 'reader@example.com', 'Ada')) as SignupSuccessEvent;
    expect(event.detail.status).to.equal('pending');
    const [sent] = await requests(id);
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal('/v3/forms/1234/subscribe');
    expect(sent!.contentType).to.equal('application/json; charset=utf-8');
    expect(JSON.parse(sent!.body)).to.deep.equal({ api_key: 'pk_public', email: 'reader@example.com', first_name: 'Ada', tags: [11, 22] });
  });

  it('reads state active as subscribed, and maps errors', async () => {
    const id = newId();
    await script(id, [
      { body: { subscription: { state: 'active' } } },
      { status: 401, body: { error: 'Authorization Failed', message: 'API Key not valid' } },
      { status: 200, body: { unexpected: true } },
    ]);
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup provider="kit" api-key="k" action="/__rec/${id}/v3/forms/1/subscribe" min-fill-time="0"></newsletter-signup>`);
    expect(((await signUp(el)) as SignupSuccessEvent).detail.status).to.equal('subscribed');
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('rejected');
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('server');
    expect(JSON.parse((await requests(id))[0]!.body)).to.deep.equal({ api_key: 'k', email: 'reader@example.com' });
  });
});

describe('provider "ghost": integrity token, then send-magic-link', () => {
  it('GETs the integrity token, then POSTs {email, emailType: "subscribe", name, labels, integrityToken}', async () => {
    const id = newId();
    await script(id, [{ body: 'tok-123\n' }, { status: 201, body: null }]);
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="ghost" action="/__rec/${id}/blog" name-field tags="Newsletter" min-fill-time="0"></newsletter-signup>
    `);
    const event = (await signUp(el, 'reader@example.com', 'Ada')) as SignupSuccessEvent;
    expect(event.detail.status).to.equal('pending');
    const [token, send, ...more] = await requests(id);
    expect(more).to.deep.equal([]);
    expect([token!.method, token!.path]).to.deep.equal(['GET', '/blog/members/api/integrity-token/']);
    expect([send!.method, send!.path, send!.contentType]).to.deep.equal(['POST', '/blog/members/api/send-magic-link/', 'application/json']);
    expect(JSON.parse(send!.body)).to.deep.equal({
      email: 'reader@example.com',
      emailType: 'subscribe',
      name: 'Ada',
      labels: ['Newsletter'],
      integrityToken: 'tok-123',
    });
  });

  it('maps a failed token, a 429 and an invalid email', async () => {
    const id = newId();
    await script(id, [
      { status: 500, body: 'down' },
      { body: 't' },
      { status: 429, headers: { 'Retry-After': '5' }, body: { errors: [{ message: 'Too many attempts' }] } },
      { body: 't' },
      { status: 400, body: { errors: [{ message: 'Email is not valid', type: 'ValidationError' }] } },
    ]);
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup provider="ghost" action="/__rec/${id}/" min-fill-time="0"></newsletter-signup>`);
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('server');
    const limited = (await signUp(el)) as SignupErrorEvent;
    expect(limited.detail).to.deep.include({ reason: 'rate-limited', message: 'Too many attempts. Please try again in 5 seconds.' });
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('invalid');
    expect(part<HTMLInputElement>(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect((await requests(id)).map(r => r.path)).to.deep.equal([
      '/members/api/integrity-token/',
      '/members/api/integrity-token/',
      '/members/api/send-magic-link/',
      '/members/api/integrity-token/',
      '/members/api/send-magic-link/',
    ]);
  });
});

describe('provider "mailchimp": the embedded form’s JSONP variant', () => {
  // Mailchimp lives on https://*.list-manage.com; the tests let the recording server stand in.
  beforeEach(() => {
    providers.mailchimp = createMailchimpProvider(url => url.origin === location.origin);
  });
  afterEach(() => {
    providers.mailchimp = mailchimpProvider;
  });
  const callbacks = () => Object.keys(window).filter(key => key.startsWith('storyWidgetsSignup'));

  it('loads /subscribe/post-json with u, id, EMAIL, FNAME, tags, the b_<u>_<id> honeypot and c', async () => {
    const id = newId();
    await script(id, {
      jsonp: true,
      body: { result: 'success', msg: 'Almost finished... We need to confirm your email address. To complete the subscription process, please click the link in the email we just sent you.' },
    });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" action="/__rec/${id}/subscribe/post?u=abc123&id=def456" name-field tags="2001" min-fill-time="0"></newsletter-signup>
    `);
    const event = (await signUp(el, 'reader@example.com', 'Ada')) as SignupSuccessEvent;
    expect(event.detail.status).to.equal('pending');
    expect(message(el)).to.equal(english.pending);
    const [sent] = await requests(id);
    expect(sent!.method).to.equal('GET');
    expect(sent!.path).to.equal('/subscribe/post-json');
    const query = sent!.query;
    expect(query.map(([key]) => key)).to.deep.equal(['u', 'id', 'EMAIL', 'FNAME', 'tags', 'b_abc123_def456', 'c']);
    expect(Object.fromEntries(query)).to.deep.include({ u: 'abc123', id: 'def456', EMAIL: 'reader@example.com', FNAME: 'Ada', tags: '2001', b_abc123_def456: '' });
    expect(query.at(-1)![1]).to.match(/^storyWidgetsSignup\w+$/);
    expect(callbacks(), 'the global callback is removed').to.deep.equal([]);
    expect(document.head.querySelector('script[src*="__rec"]'), 'the script element is removed').to.equal(null);
  });

  it('maps Mailchimp’s wording to our states and never renders its HTML', async () => {
    const id = newId();
    await script(id, [
      { jsonp: true, body: { result: 'success', msg: 'Thank you for subscribing!' } },
      { jsonp: true, body: { result: 'error', msg: 'reader@example.com is already subscribed to list News. <a href="https://x.list-manage.com/subscribe/send-email?u=1">Click here to update your profile</a>' } },
      { jsonp: true, body: { result: 'error', msg: 'Recipient "reader@example.com" has too many recent signup requests' } },
      { jsonp: true, body: { result: 'error', msg: '0 - Please enter a value' } },
      { jsonp: true, body: { result: 'error', msg: 'This list is closed. <img src=x onerror=alert(1)>' } },
      { jsonp: true, body: 'not an object' },
    ]);
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" action="/__rec/${id}/subscribe/post?u=a&id=b" min-fill-time="0"></newsletter-signup>
    `);
    expect(((await signUp(el)) as SignupSuccessEvent).detail.status).to.equal('subscribed');
    const already = (await signUp(el)) as SignupSuccessEvent;
    expect([already.type, already.detail.status, message(el)]).to.deep.equal(['signup-success', 'already', english.already]);
    expect(el.shadowRoot!.querySelector('a, img')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(((await signUp(el)) as SignupErrorEvent).detail).to.deep.include({ reason: 'rate-limited', message: english.rateLimitedShort });
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('invalid');
    const rejected = (await signUp(el)) as SignupErrorEvent;
    expect(rejected.detail).to.deep.include({ reason: 'rejected', message: english.rejected });
    expect(el.shadowRoot!.querySelector('a, img')).to.equal(null);
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('server');
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
  });

  it('times out, and a late answer finds only a harmless callback that removes itself', async () => {
    const id = newId();
    await script(id, { jsonp: true, delayMs: 300, body: { result: 'success', msg: 'Thank you for subscribing!' } });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" action="/__rec/${id}/subscribe/post?u=a&id=b" timeout="20" min-fill-time="0"></newsletter-signup>
    `);
    expect(((await signUp(el)) as SignupErrorEvent).detail.reason).to.equal('timeout');
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    await waitUntil(() => callbacks().length === 0, 'the late callback cleans up', { timeout: 5000 });
  });

  it('takes over a pasted Mailchimp embed form and sends its fields as they are', async () => {
    const id = newId();
    await script(id, { jsonp: true, body: { result: 'success', msg: 'Thank you for subscribing!' } });
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" min-fill-time="0">
        <form action="/__rec/${id}/subscribe/post?u=abc&id=def" method="post">
          <label for="mce-EMAIL">Email Address</label>
          <input type="email" name="EMAIL" id="mce-EMAIL" />
          <div aria-hidden="true" class="mc-trap"><input type="text" name="b_abc_def" tabindex="-1" value="" /></div>
          <input type="submit" name="subscribe" value="Subscribe" />
        </form>
      </newsletter-signup>
    `);
    el.querySelector<HTMLInputElement>('#mce-EMAIL')!.value = 'reader@example.com';
    const done = new Promise<Event>(resolve => el.addEventListener('signup-success', resolve, { once: true }));
    el.querySelector('form')!.requestSubmit();
    await done;
    const [sent] = await requests(id);
    expect(sent!.query.map(([key]) => key)).to.deep.equal(['u', 'id', 'EMAIL', 'b_abc_def', 'c']);
  });

  it('only ever loads https://*.list-manage.com scripts (the default)', async () => {
    providers.mailchimp = mailchimpProvider;
    const el = await fixture<NewsletterSignup>(html`
      <newsletter-signup provider="mailchimp" action="/__rec/x/subscribe/post?u=a&id=b" min-fill-time="0"></newsletter-signup>
    `);
    const scriptsBefore = document.scripts.length;
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const event = (await signUp(el)) as SignupErrorEvent;
    console.warn = original;
    expect(event.detail.reason).to.equal('server');
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('list-manage.com');
    expect(document.scripts.length).to.equal(scriptsBefore);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
  });

  it('isMailchimpUrl accepts only https list-manage.com hosts', () => {
    const ok = ['https://example.us1.list-manage.com/subscribe/post?u=1&id=2', 'https://list-manage.com/subscribe/post'];
    const bad = [
      'http://example.us1.list-manage.com/subscribe/post',
      'https://list-manage.com.evil.example/subscribe/post',
      'https://evillist-manage.com/subscribe/post',
      'https://example.com/?x=.list-manage.com',
    ];
    for (const url of ok) expect(isMailchimpUrl(new URL(url)), url).to.be.true;
    for (const url of bad) expect(isMailchimpUrl(new URL(url)), url).to.be.false;
  });
});
