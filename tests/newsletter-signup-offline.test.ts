/**
 * Nothing lost, nothing promised in vain: a signup made while the browser is offline is kept in
 * localStorage (for 7 days) and sent once when the browser is back online (or when a later page
 * view finds it). A request that fails while the browser is online is a plain network error.
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

/**
 * Makes the next fetch fail the way an offline browser's does: a TypeError, no response.
 * `meanwhile` runs first (to change what the browser says about being online).
 */
function failNextFetch(meanwhile = () => {}): void {
  const original = window.fetch;
  window.fetch = () => {
    window.fetch = original;
    meanwhile();
    return Promise.reject(new TypeError('Failed to fetch'));
  };
}

function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as { onLine?: boolean }).onLine;
}

const dayMs = 24 * 60 * 60 * 1000;
const keptKeys = () => Object.keys(localStorage).filter(key => key.startsWith('story-widgets:signup:'));

/**
 * Lets pending flushes (the one each box starts when it connects, or `online` handlers: a
 * storage lock, then fetch) run to the end.
 */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise(resolve => setTimeout(resolve, 20));
};

describe('newsletter-signup: offline', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
    for (const key of keptKeys()) localStorage.removeItem(key);
  });

  it('offline (navigator.onLine false): keeps the signup with the time it was kept, says so, and sends it once when back online', async () => {
    const id = newId();
    await script(id, { status: 201, body: { status: 'subscribed' } });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" name-field></newsletter-signup>`);
    await settle();
    part<HTMLInputElement>(el, '#name').value = 'Ada';
    const backOnline = pretendOffline();
    failNextFetch();
    const before = Date.now();
    const failed = (await submit(el)) as SignupErrorEvent;
    expect(failed.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.queued });
    expect(message(el)).to.equal(english.queued);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ada');
    const kept = JSON.parse(localStorage.getItem(storageKey(id))!);
    expect(kept).to.deep.include({ email: 'reader@example.com', name: 'Ada' });
    expect(kept.savedAt).to.be.within(before, Date.now());
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

  it('offline at submit or by the time the fetch fails (either one): kept, and the reader is told it is sent once back online', async () => {
    for (const offlineAtSubmit of [true, false]) {
      const id = newId();
      const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
      await settle();
      if (offlineAtSubmit) failNextFetch(pretendOffline()); // back online as the fetch fails
      else failNextFetch(pretendOffline); // goes offline as the fetch fails
      const failed = (await submit(el)) as SignupErrorEvent;
      delete (navigator as { onLine?: boolean }).onLine;
      expect(failed.detail, `offline at submit: ${offlineAtSubmit}`).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.queued });
      expect(JSON.parse(localStorage.getItem(storageKey(id))!).email).to.equal('reader@example.com');
      el.remove();
    }
  });

  it('a fetch that fails while the browser is online (connection cut) is not kept: the network error, the email in the field, nothing in localStorage, nothing sent later', async () => {
    const id = newId();
    // Every attempt is cut (browsers retry a POST once on a dropped keep-alive connection).
    await script(id, { destroy: true });
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const failed = (await submit(el)) as SignupErrorEvent;
    expect(failed.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.network });
    expect(message(el)).to.equal(english.network);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    expect(keptKeys()).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const attempts = (await requests(id)).length;
    window.dispatchEvent(new Event('online'));
    await settle();
    expect((await requests(id)).length, 'no retry behind the reader’s back').to.equal(attempts);
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
    const backOnline = pretendOffline();
    failNextFetch();
    await submit(first!);
    backOnline();
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

  it('a signup kept on an earlier visit (6 days ago) is sent when a box with that action appears', async () => {
    const id = newId();
    const savedAt = Date.now() - 6 * dayMs;
    localStorage.setItem(storageKey(id), JSON.stringify({ email: 'earlier@example.com', tags: [], source: 'https://news.example/a', savedAt }));
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await waitUntil(() => el.state === 'subscribed');
    await fixture(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const log = await requests(id);
    expect(log.length).to.equal(1);
    expect(JSON.parse(log[0]!.body)).to.deep.equal({ email: 'earlier@example.com', source: 'https://news.example/a' });
  });

  it('a signup kept on an earlier visit that fails again when sent (503) is not kept again: it is back in the fields, with the error shown', async () => {
    const id = newId();
    await script(id, { status: 503, body: { error: { code: 'store_unavailable' } } });
    localStorage.setItem(storageKey(id), JSON.stringify({ email: 'earlier@example.com', name: 'Ann', tags: [], savedAt: Date.now() - dayMs }));
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" name-field></newsletter-signup>`);
    await waitUntil(() => el.state === 'error', 'the kept signup was never sent');
    expect((await requests(id)).length).to.equal(1);
    expect(part<HTMLInputElement>(el, '#email').value, 'the address is back in its field').to.equal('earlier@example.com');
    expect(part<HTMLInputElement>(el, '#name').value).to.equal('Ann');
    expect(message(el)).to.equal(english.server);
    expect(keptKeys(), 'not kept again').to.deep.equal([]);
  });

  it('a signup kept more than 7 days ago, or without the time it was kept, is dropped unsent on the next page view', async () => {
    for (const kept of [{ savedAt: Date.now() - 7 * dayMs - 60_000 }, {}]) {
      const id = newId();
      localStorage.setItem(storageKey(id), JSON.stringify({ email: 'stale@example.com', tags: [], ...kept }));
      const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
      await settle();
      expect(localStorage.getItem(storageKey(id)), JSON.stringify(kept)).to.equal(null);
      expect(await requests(id)).to.deep.equal([]);
      expect(el.state).to.equal('idle');
      expect(message(el)).to.equal('');
    }
  });

  it('no-offline-queue: offline, nothing is written to localStorage; the reader gets the network error and keeps the email', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0" no-offline-queue></newsletter-signup>`);
    expect(el.noOfflineQueue).to.be.true;
    await settle();
    const written: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      written.push(key);
      setItem.call(this, key, value);
    };
    try {
      pretendOffline();
      failNextFetch();
      const failed = (await submit(el)) as SignupErrorEvent;
      expect(failed.detail).to.deep.equal({ email: 'reader@example.com', reason: 'network', message: english.network });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(written).to.deep.equal([]);
    expect(keptKeys()).to.deep.equal([]);
    expect(message(el)).to.equal(english.network);
    expect(part<HTMLInputElement>(el, '#email').value).to.equal('reader@example.com');
    await expect(el).to.be.accessible();
  });

  it('a newer submission replaces the kept one', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const backOnline = pretendOffline();
    failNextFetch();
    await submit(el, 'first@example.com');
    backOnline();
    expect((await submit(el, 'second@example.com')).type).to.equal('signup-success');
    window.dispatchEvent(new Event('online'));
    await settle();
    const log = await requests(id);
    expect(log.map(r => JSON.parse(r.body).email)).to.deep.equal(['second@example.com']);
  });

  it('offline without usable storage it is a plain network error, email kept', async () => {
    const id = newId();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/__rec/${id}/s" min-fill-time="0"></newsletter-signup>`);
    await settle();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    pretendOffline();
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
