/**
 * Nothing lost: a signup that cannot reach the server is kept in localStorage and sent once
 * when the browser is back online (or when a later page view finds it).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElement } from '../src/internal/define-element.js';
import { english } from '../src/internal/locales.js';
import type { SignupErrorEvent } from '../src/newsletter-signup/events.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import { newId as newRecordingId, requests, script } from './support/recorder.js';

defineElement('newsletter-signup', NewsletterSignup);

const newId = () => newRecordingId('nso');
const storageKey = (id: string, provider = 'endpoint') => `story-widgets:signup:${provider} ${location.origin}/__rec/${id}/s`;

const part = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const message = (el: Element) => part(el, '[part~=message]').textContent!.trim();

async function submit(el: NewsletterSignup, email = 'reader@example.com'): Promise<Event> {
  part<HTMLInputElement>(el, '#email').value = email;
  const result = new Promise<Event>(resolve => {
    el.addEventListener('signup-success', resolve, { once: true });
    el.addEventListener('signup-error', resolve, { once: true });
  });
  part<HTMLFormElement>(el, 'form').requestSubmit();
  const event = await result;
  await el.updateComplete;
  return event;
}

/** Makes the next fetch fail the way an offline browser's does: a TypeError, no response. */
function failNextFetch(): void {
  const original = window.fetch;
  window.fetch = () => {
    window.fetch = original;
    return Promise.reject(new TypeError('Failed to fetch'));
  };
}

function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as { onLine?: boolean }).onLine;
}

/**
 * Lets pending flushes (the one each box starts when it connects, or `online` handlers: a
 * storage lock, then fetch) run to the end.
 */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise(resolve => setTimeout(resolve, 20));
};

describe('newsletter-signup: offline', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('story-widgets:signup:')) localStorage.removeItem(key);
  });

  it('offline: keeps the signup, tells the reader, and sends it once when back online', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" name-field></newsletter-signup>`);
    await settle();
    part<HTMLInputElement>(el, '#name').value = 'Ada';
    const backOnline = pretendOffline();
    failNextFetch();
    const failed = (await submit(el)) as SignupErrorEvent;
    expect(failed.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.queued });
    expect(message(el)).to.equal(english.queued);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada');
    expect(JSON.parse(localStorage.getItem(storageKey(id))!)).to.deep.include({ email: 'reader@example.com', name: 'Ada' });
    expect(await requests(id)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    backOnline();
    const sent = new Promise(resolve => el.addEventListener('signup-success', resolve, { once: true }));
    window.dispatchEvent(new Event('online'));
    await sent;
    await el.updateComplete;
    expect(message(el)).to.equal(english.subscribed);
    window.dispatchEvent(new Event('online'));
    await settle();
    const log = await requests(id);
    expect(log.length).to.equal(1);
    expect(JSON.parse(log[0]!.body)).to.deep.include({ email: 'reader@example.com', name: 'Ada' });
    expect(localStorage.getItem(storageKey(id))).to.equal(null);
  });

  it('a connection cut before any response counts too (online: “saved, sent later”)', async () => {
    const id = newId();
    // Every attempt is cut (browsers retry a POST once on a dropped keep-alive connection).
    await script(id, { destroy: true });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const failed = (await submit(el)) as SignupErrorEvent;
    expect(failed.detail.reason).to.equal('network');
    expect(message(el)).to.equal(english.savedForLater);
    expect(localStorage.getItem(storageKey(id))).to.not.equal(null);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    const attempts = (await requests(id)).length;
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const sent = new Promise(resolve => el.addEventListener('signup-success', resolve, { once: true }));
    window.dispatchEvent(new Event('online'));
    await sent;
    expect((await requests(id)).length).to.equal(attempts + 1);
  });

  it('two boxes woken by the same online event send it once', async () => {
    const id = newId();
    const wrapper = await fixture(html`
      <div>
        <newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>
        <newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>
      </div>
    `);
    const [first, second] = wrapper.querySelectorAll<NewsletterSignup>('newsletter-signup');
    await settle();
    failNextFetch();
    await submit(first!);
    let successes = 0;
    wrapper.addEventListener('signup-success', () => successes++);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => successes > 0);
    await settle();
    expect(successes).to.equal(1);
    expect((await requests(id)).length).to.equal(1);
    expect(second).to.exist;
  });

  it('a signup kept on an earlier visit is sent when a box with that action appears', async () => {
    const id = newId();
    localStorage.setItem(storageKey(id), JSON.stringify({ email: 'earlier@example.com', tags: [], source: 'https://news.example/a' }));
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await waitUntil(() => el.state === 'subscribed');
    await fixture(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const log = await requests(id);
    expect(log.length).to.equal(1);
    expect(JSON.parse(log[0]!.body)).to.deep.equal({ email: 'earlier@example.com', source: 'https://news.example/a' });
  });

  it('a newer submission replaces the kept one', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    failNextFetch();
    await submit(el, 'first@example.com');
    expect((await submit(el, 'second@example.com')).type).to.equal('signup-success');
    window.dispatchEvent(new Event('online'));
    await settle();
    const log = await requests(id);
    expect(log.map(r => JSON.parse(r.body).email)).to.deep.equal(['second@example.com']);
  });

  it('without storage it is a plain network error, email kept', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    failNextFetch();
    const failed = (await submit(el)) as SignupErrorEvent;
    Storage.prototype.setItem = setItem;
    expect(failed.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.network });
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    await expect(el).to.be.accessible();
  });

  it('ignores (and clears) tampered storage without throwing', async () => {
    const id = newId();
    localStorage.setItem(storageKey(id), '{not json');
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    expect(localStorage.getItem(storageKey(id))).to.equal(null);
    localStorage.setItem(storageKey(id), JSON.stringify({ email: 'javascript:alert(1)' }));
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(await requests(id)).to.deep.equal([]);
    expect(el.state).to.equal('idle');
  });
});
