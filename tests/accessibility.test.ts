/**
 * WCAG 2.2 A/AA beyond axe, in every state of every element, light and dark, left to right and
 * right to left (Arabic), in Chromium, Firefox and WebKit: contrast computed from the colours
 * the browser drew, target sizes, the focus ring of everything Tab reaches (real key presses),
 * reflow at 320 px under the text-spacing style sheet, 200 % text, no motion, language of parts,
 * labels, errors tied to their fields and live-region announcements. ACCESSIBILITY.md names
 * the test for each criterion. The accessibility tree itself is checked in Chromium by
 * tests/e2e/accessibility.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './support/define.js';
import { defineElement } from '../src/internal/define-element.js';
import { english } from '../src/internal/locales.js';
import ar from '../src/locales/data/ar.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import type { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';
import type { StoryCard } from '../src/story-card/story-card.component.js';
import { captureWarnings, seedStory, visibleText } from './support/fixtures.js';
import { newId, script } from './support/recorder.js';
import {
  applyTextSpacing,
  deepActiveElement,
  describe as name,
  focusRingProblems,
  layoutProblems,
  motionProblems,
  tabbables,
  targetSizeProblems,
  textContrastProblems,
} from './support/wcag.js';

defineElement('newsletter-signup', NewsletterSignup);

const themes = ['light', 'dark'] as const;
/** Left to right in English, right to left in Arabic (whose strings load on first use). */
const directions = [
  { dir: 'ltr', lang: 'en' },
  { dir: 'rtl', lang: 'ar' },
] as const;
/** Text a reader reads at length: held to 7:1 (1.4.6) rather than 4.5:1. */
const bodyText = '.excerpt, .quote p, .dek, .headline, .headline a, .who .name, label, p.message:not(.error):not(.success), .unavailable p';

/** WebKit's driver takes no key down/up, but holds a modifier through one `type` of WebDriver key codes. */
const webdriverOnly = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
async function shiftTab(): Promise<void> {
  if (webdriverOnly) await sendKeys({ type: '\uE008\uE004' }); // Shift, Tab
  else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }
}

/** A focusable button on each side of the element, so Tab must enter it and leave it again. */
function frame(dir: string, lang: string, inner: ReturnType<typeof html>) {
  return html`<div dir=${dir} lang=${lang} style="inline-size: 640px">
    <button id="before">before</button>
    <div class="slot">${inner}</div>
    <button id="after">after</button>
  </div>`;
}

/**
 * The visual checks for one state, as a list of problems (empty when it passes):
 * contrast, target size and motion as drawn; then the layout at 320 px under the text-spacing
 * style sheet, and at 200 % text; then every Tab stop's focus ring, walking in with real key
 * presses from the button before to the button after (no trap). Returns what Tab visited.
 */
async function checkState(label: string, host: HTMLElement, wrapper: HTMLElement): Promise<{ problems: string[]; visited: string[] }> {
  const root = host.shadowRoot!;
  const problems = [
    ...textContrastProblems(root, { bodyText }),
    ...targetSizeProblems(root),
    ...motionProblems(root),
    ...layoutProblems(host),
  ];
  wrapper.style.inlineSize = '320px';
  const removeSpacing = [applyTextSpacing(document), applyTextSpacing(root)];
  await new Promise(requestAnimationFrame);
  problems.push(...layoutProblems(host).map(p => `320 px + text spacing: ${p}`));
  removeSpacing.forEach(remove => remove());
  wrapper.style.inlineSize = '640px';
  document.documentElement.style.fontSize = '200%';
  await new Promise(requestAnimationFrame);
  problems.push(...layoutProblems(host).map(p => `200 % text: ${p}`));
  document.documentElement.style.fontSize = '';
  await new Promise(requestAnimationFrame);

  const visited: string[] = [];
  let last: Element | null = null;
  const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
  const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
  before.focus();
  // The host's own slotted links (a privacy link) are stops too; their focus ring is the page's.
  const expected = tabbables(root).length + tabbables(host).length;
  for (let press = 0; press <= expected + 1; press++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active === after) break;
    if (!active || !(root.contains(active) || host.contains(active))) {
      problems.push(`Tab left the element for ${active ? name(active) : 'nothing'}`);
      break;
    }
    visited.push(visibleText(active) || active.id);
    last = active;
    if (root.contains(active)) problems.push(...focusRingProblems(active));
  }
  if (deepActiveElement() !== after) problems.push(`Tab never reached the button after the element (${visited.length} stops)`);
  if (visited.length !== expected) problems.push(`Tab visited ${visited.length} of ${expected} focusable elements`);
  await shiftTab();
  if (last && deepActiveElement() !== last) problems.push('Shift+Tab from the button after does not return to the last focusable element');
  return { problems: problems.map(p => `${label}: ${p}`), visited };
}

/** Puts a freshly built element in `frame` and hands back both. */
async function mount<T extends HTMLElement>(dir: string, lang: string, inner: ReturnType<typeof html>, tag: string) {
  const wrapper = await fixture<HTMLElement>(frame(dir, lang, inner));
  const el = wrapper.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { wrapper, el };
}

describe('WCAG 2.2 beyond axe', function () {
  // Many states × two themes × two directions, each walked with real key presses.
  this.timeout(180_000);

  it('<story-card>: loading, story with replies collapsed and expanded (by Enter and Space), and unavailable, light and dark, LTR and RTL: text contrast ≥ 4.5:1 (7:1 body), targets ≥ 24 px or spaced, every Tab stop has a ≥ 3:1 unclipped, uncovered focus ring, Tab enters and leaves in reading order, no sideways overflow, clipping or overlap at 320 px with text spacing or at 200 % text, no motion; labels in the card’s language', async () => {
    const seed = await seedStory();
    const story = { ...seed, replies: seed.replies!.map((reply, i) => ({ ...reply, url: `https://x.com/i/status/${i + 1}` })) };
    const problems: string[] = [];
    const walks: Record<string, string[]> = {};
    for (const theme of themes) {
      for (const { dir, lang } of directions) {
        const strings = lang === 'ar' ? ar : english;
        const variant = `${theme} ${dir}`;

        // Loading: the fetch answers only when the test is done with it.
        const id = newId('a11y');
        await script(id, { delayMs: 30_000, body: story });
        const loading = await mount<StoryCard>(dir, lang, html`<story-card theme=${theme} loading="eager" src="/__rec/${id}/story.json"></story-card>`, 'story-card');
        expect(loading.el.shadowRoot!.querySelector('.card.loading'), `${variant} loading`).to.exist;
        const loadingCheck = await checkState(`${variant} loading`, loading.el, loading.wrapper);
        problems.push(...loadingCheck.problems);
        expect(loadingCheck.visited, 'nothing to focus while loading').to.deep.equal([]);
        loading.wrapper.remove();

        const { wrapper, el } = await mount<StoryCard>(dir, lang, html`<story-card theme=${theme} .story=${story}></story-card>`, 'story-card');
        const readMore = () => visibleText(el.shadowRoot!.querySelector('[part~=link]'));
        await waitUntil(() => readMore() === strings.readFullStory, `${variant}: the ${lang} strings never arrived`);
        const article = el.shadowRoot!.querySelector('article')!;
        expect(article.lang, `${variant}: the card says its language`).to.equal(lang);
        expect(getComputedStyle(article).direction).to.equal(dir);
        const collapsed = await checkState(`${variant} collapsed`, el, wrapper);
        problems.push(...collapsed.problems);
        walks[`${variant} collapsed`] = collapsed.visited;

        // Expand and collapse with the keyboard only: Enter, then Space, on the focused toggle.
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=button]')!;
        expect(deepActiveElement(), `${variant}: Shift+Tab came back to the toggle`).to.equal(toggle);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded'), `${variant}: Enter expands`).to.equal('true');
        expect(el.shadowRoot!.querySelectorAll('[part~=reply]')).to.have.length(5);
        expect(deepActiveElement(), 'focus stays on the toggle').to.equal(toggle);
        const expanded = await checkState(`${variant} expanded`, el, wrapper);
        problems.push(...expanded.problems);
        walks[`${variant} expanded`] = expanded.visited;
        expect(deepActiveElement()).to.equal(toggle);
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded'), `${variant}: Space collapses`).to.equal('false');
        expect(el.shadowRoot!.querySelectorAll('[part~=reply]')).to.have.length(3);
        wrapper.remove();

        // Unavailable: the data has no headline; the story link survives.
        const warnings = captureWarnings();
        let unavailable: Awaited<ReturnType<typeof mount<StoryCard>>>;
        try {
          unavailable = await mount<StoryCard>(dir, lang, html`<story-card theme=${theme} .story=${{ url: 'https://news.example/a' }}></story-card>`, 'story-card');
        } finally {
          warnings.restore();
        }
        expect(warnings.messages, 'one warning names the problem').to.have.length(1);
        await waitUntil(() => visibleText(unavailable.el.shadowRoot!.querySelector('.unavailable p')) === strings.storyUnavailable, `${variant}: unavailable in ${lang}`);
        const gone = await checkState(`${variant} unavailable`, unavailable.el, unavailable.wrapper);
        problems.push(...gone.problems);
        expect(gone.visited).to.deep.equal([strings.readFullStory]);
        unavailable.wrapper.remove();
      }
    }
    expect(problems).to.deep.equal([]);
    // 2.4.3: reading order, the same in both themes and both directions.
    expect(walks['light ltr collapsed']).to.deep.equal([
      story.headline,
      'Story Widgets Demo Desk',
      'News Example',
      'Read the full story',
      'Hello Giggles',
      'Today',
      'Jul 7, 2018 — View the original post',
      '#workingmoms',
      'Jul 7, 2018 — View the original post',
      'Jul 7, 2018 — View the original post',
      'Show 2 more replies',
    ]);
    expect(walks['light ltr expanded']).to.deep.equal([
      ...walks['light ltr collapsed']!.slice(0, -1),
      'Jul 8, 2018 — View the original post',
      'Oct 20, 2017 — View the original post',
      'Show fewer replies',
    ]);
    expect(walks['dark ltr expanded']).to.deep.equal(walks['light ltr expanded']);
    expect(walks['dark rtl collapsed']).to.deep.equal(walks['light rtl collapsed']);
    expect(walks['light rtl collapsed']).to.have.length(walks['light ltr collapsed']!.length);
  });

  it('<quoted-reply> alone, light and dark, LTR and RTL, with and without links: the same contrast, target, focus ring, Tab, reflow, text-spacing, 200 % text and motion checks; a quote in another language carries its lang and dir', async () => {
    const problems: string[] = [];
    for (const theme of themes) {
      for (const { dir, lang } of directions) {
        for (const linked of [false, true]) {
          const label = `${theme} ${dir} ${linked ? 'linked' : 'plain'}`;
          const { wrapper, el } = await mount<QuotedReply>(
            dir,
            lang,
            linked
              ? html`<quoted-reply theme=${theme} author="Chrissy Teigen" handle="chrissyteigen" author-href="https://x.com/chrissyteigen" href="https://x.com/i/status/1" platform="twitter" datetime="2018-07-07" context="Fellow mom">She is practicing so you can see the real ones. #moms</quoted-reply>`
              : html`<quoted-reply theme=${theme} author="أحمد" platform="mastodon" datetime="2018-07-07" lang="ar">نص الرد</quoted-reply>`,
            'quoted-reply',
          );
          if (lang === 'ar') await waitUntil(() => el.shadowRoot!.querySelector('.surface')!.getAttribute('lang') === 'ar');
          const check = await checkState(label, el, wrapper);
          problems.push(...check.problems);
          if (linked) expect(check.visited, label).to.deep.equal(['Chrissy Teigen', '#moms', visibleText(el.shadowRoot!.querySelector('.permalink'))]);
          else expect(check.visited, label).to.deep.equal([]);
          wrapper.remove();
        }
      }
    }
    expect(problems).to.deep.equal([]);

    // 3.1.2 Language of parts: an Arabic reply inside an English card, and an English one in Arabic.
    const card = await fixture<StoryCard>(html`<story-card lang="en" .story=${{
      headline: 'H',
      replies: [
        { text: 'نص الرد', lang: 'ar', author: { name: 'A' } },
        { text: 'Plain English', lang: 'en', author: { name: 'B' } },
      ],
    }}></story-card>`);
    const quotes = [...card.shadowRoot!.querySelectorAll('blockquote')];
    expect(quotes.map(q => [q.lang, q.dir])).to.deep.equal([
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ]);
    expect(getComputedStyle(quotes[0]!).direction).to.equal('rtl');
  });

  it('<newsletter-signup> in every state (idle, each invalid submit, submitting, subscribed, pending, already, each error, offline, consent required), light and dark, LTR and RTL: the same contrast, target, focus ring, Tab, reflow, text-spacing, 200 % text and motion checks', async () => {
    const problems: string[] = [];
    const answers: Array<[string, () => Promise<Response>]> = [
      ['submitting', () => new Promise<Response>(() => {})],
      ['subscribed', async () => Response.json({ status: 'subscribed' }, { status: 201 })],
      ['pending', async () => Response.json({ status: 'pending' })],
      ['already', async () => Response.json({ status: 'already' })],
      ['server error', async () => new Response('boom', { status: 500 })],
      ['rate limited', async () => Response.json({}, { status: 429, headers: { 'Retry-After': '30' } })],
      ['rejected', async () => Response.json({ error: { code: 'origin_not_allowed', message: 'x' } }, { status: 403 })],
      ['invalid (server)', async () => Response.json({ error: { code: 'invalid_email', message: 'x' } }, { status: 422 })],
      ['network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
      ['offline', async () => {
        Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
        throw new TypeError('Failed to fetch');
      }],
    ];
    const realFetch = window.fetch;
    try {
      for (const theme of themes) {
        for (const { dir, lang } of directions) {
          const variant = `${theme} ${dir}`;
          const fresh = () =>
            mount<NewsletterSignup>(
              dir,
              lang,
              html`<newsletter-signup theme=${theme} action="/s" min-fill-time="0" timeout="600000" name-field heading="The Morning Brief" description="One email a day." consent="I agree to receive emails."><a slot="privacy" href="/privacy">Privacy policy</a></newsletter-signup>`,
              'newsletter-signup',
            );
          let { wrapper, el } = await fresh();
          const strings = lang === 'ar' ? ar : english;
          const shadow = () => el.shadowRoot!;
          const submitButton = () => shadow().querySelector<HTMLButtonElement>('[part~=button]')!;
          await waitUntil(() => visibleText(submitButton()) === strings.subscribe, `${variant}: ${lang} strings`);
          const idle = await checkState(`${variant} idle`, el, wrapper);
          problems.push(...idle.problems);
          expect(idle.visited.length, 'name, email, button, consent, privacy link').to.equal(5);

          // Each invalid submit, by pressing Enter in the email field.
          for (const [what, typed, tick] of [
            ['empty email', '', false],
            ['malformed email', 'reader@example', false],
            ['consent missing', 'reader@example.com', false],
          ] as const) {
            const email = shadow().querySelector<HTMLInputElement>('#email')!;
            email.value = typed;
            shadow().querySelector<HTMLInputElement>('#consent')!.checked = tick;
            email.focus();
            await sendKeys({ press: 'Enter' });
            await el.updateComplete;
            problems.push(...(await checkState(`${variant} ${what}`, el, wrapper)).problems);
          }
          wrapper.remove();

          for (const [state, answer] of answers) {
            window.fetch = answer;
            ({ wrapper, el } = await fresh());
            shadow().querySelector<HTMLInputElement>('#email')!.value = 'reader@example.com';
            shadow().querySelector<HTMLInputElement>('#consent')!.checked = true;
            shadow().querySelector('form')!.requestSubmit();
            await el.updateComplete;
            if (state !== 'submitting') await waitUntil(() => el.state !== 'submitting', `${variant} ${state} never settled`);
            await el.updateComplete;
            delete (navigator as { onLine?: boolean }).onLine;
            expect(visibleText(shadow().querySelector('[part~=message]')), `${variant} ${state} says something`).not.to.equal('');
            problems.push(...(await checkState(`${variant} ${state}`, el, wrapper)).problems);
            wrapper.remove();
            localStorage.clear();
          }
          window.fetch = realFetch;
        }
      }
    } finally {
      window.fetch = realFetch;
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('WCAG 2.2: the signup flow, keyboard only', function () {
  this.timeout(60_000);
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  it('labels every input visibly (no placeholder) with autocomplete name/email; Tab, typing, Enter and Space alone sign up; each invalid submit shows a text error tied to its field (aria-invalid, aria-describedby) that says how to fix it and moves focus there; progress and the answer are spoken by the status region without moving focus, the same error twice is spoken twice; no trap', async () => {
    let answer!: (response: Response) => void;
    window.fetch = () => new Promise<Response>(resolve => (answer = resolve));
    const wrapper = await fixture<HTMLElement>(frame('ltr', 'en', html`<newsletter-signup action="/s" min-fill-time="0" name-field consent="I agree to receive emails."></newsletter-signup>`));
    const el = wrapper.querySelector('newsletter-signup')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const field = (id: string) => root.getElementById(id) as HTMLInputElement;
    const region = root.querySelector<HTMLElement>('[role=status]')!;
    const spoken: string[] = [];
    new MutationObserver(() => spoken.push(visibleText(region))).observe(region, { childList: true, subtree: true, characterData: true });

    // 1.3.5 / 3.3.2: visible labels, not placeholders; the purpose of each field for autofill.
    for (const [id, autocomplete, label] of [
      ['name', 'name', english.nameLabel],
      ['email', 'email', english.emailLabel],
    ] as const) {
      expect(field(id).placeholder, id).to.equal('');
      expect(field(id).autocomplete, id).to.equal(autocomplete);
      expect([...field(id).labels!].map(l => visibleText(l)), id).to.deep.equal([label]);
      expect(getComputedStyle(field(id).labels![0]!).display).not.to.equal('none');
    }
    expect(visibleText(field('consent').labels![0])).to.equal('I agree to receive emails.');

    /** The error a field's aria-describedby names, when it is shown and the field says it is invalid. */
    const errorOf = (input: HTMLInputElement) => {
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      const error = ids.map(id => root.getElementById(id)).find(Boolean);
      return input.getAttribute('aria-invalid') === 'true' && error && !error.hidden ? visibleText(error) : undefined;
    };

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(field('name'));
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(visibleText(deepActiveElement()!)).to.equal(english.subscribe);
    await sendKeys({ press: 'Enter' }); // nothing typed yet
    await el.updateComplete;
    expect(deepActiveElement(), 'focus moves to the empty email field').to.equal(field('email'));
    expect(errorOf(field('email'))).to.equal(english.emailMissing);

    await sendKeys({ type: 'reader@example' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(errorOf(field('email'))).to.equal(english.emailInvalid);
    expect(english.emailInvalid, 'says how to fix it').to.contain('name@example.com');
    spoken.length = 0;
    await sendKeys({ press: 'Enter' }); // the same mistake again
    await el.updateComplete;
    await el.updateComplete;
    expect(spoken, 'the region empties, then speaks the same error again').to.deep.equal(['', english.emailInvalid]);

    await sendKeys({ type: '.com' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field('email').getAttribute('aria-invalid'), 'the fixed field is valid again').to.equal('false');
    expect(deepActiveElement(), 'focus moves to the consent box').to.equal(field('consent'));
    expect(errorOf(field('consent'))).to.equal(english.consentMissing);
    await sendKeys({ press: ' ' });
    expect(field('consent').checked).to.be.true;

    // Back to the button (Shift+Tab), and Enter: progress, then the answer, in the status region.
    await shiftTab();
    const submit = deepActiveElement() as HTMLButtonElement;
    expect(visibleText(submit)).to.equal(english.subscribe);
    spoken.length = 0;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visibleText(region)).to.equal(english.submitting);
    expect(deepActiveElement(), 'progress does not move focus').to.equal(submit);
    answer(Response.json({ status: 'pending' }));
    await waitUntil(() => el.state === 'pending', 'the answer never arrived');
    await el.updateComplete;
    expect(spoken.filter(Boolean)).to.deep.equal([english.submitting, english.pending]);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.classList.contains('visually-hidden'), 'the answer is shown as well as spoken').to.be.false;
    expect(deepActiveElement(), 'the answer does not move focus').to.equal(submit);
    expect(field('email').value).to.equal('reader@example.com');

    // No trap: Tab goes on past the consent box and the privacy slot, out of the box.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(wrapper.querySelector('#after'));
  });
});

describe('WCAG 2.2: reduced motion', function () {
  this.timeout(30_000);
  it('under an emulated prefers-reduced-motion: reduce, no element animates, transitions or scrolls smoothly: the card expanded, a reply, the signup box sending', async function () {
    // Only Chromium's driver emulates media features here (WebKit's WebDriver and Firefox over BiDi
    // cannot); every state is checked for motion in all three engines above.
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    const realFetch = window.fetch;
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the emulation took').to.be.true;
      const story = await seedStory();
      window.fetch = () => new Promise<Response>(() => {});
      const wrapper = await fixture<HTMLElement>(html`<div>
        <story-card .story=${story}></story-card>
        <quoted-reply author="A" href="https://x.com/i/status/1">Hi</quoted-reply>
        <newsletter-signup action="/s" min-fill-time="0" timeout="600000"></newsletter-signup>
      </div>`);
      const card = wrapper.querySelector('story-card')!;
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~=button]')!.click();
      const signup = wrapper.querySelector('newsletter-signup')!;
      signup.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'reader@example.com';
      signup.shadowRoot!.querySelector('form')!.requestSubmit();
      await card.updateComplete;
      await signup.updateComplete;
      expect(signup.state).to.equal('submitting');
      expect(card.shadowRoot!.querySelectorAll('[part~=reply]')).to.have.length(5);
      const hosts = [...wrapper.children] as HTMLElement[];
      expect(hosts.flatMap(host => motionProblems(host.shadowRoot!))).to.deep.equal([]);
      expect(hosts.map(host => getComputedStyle(host).scrollBehavior)).to.deep.equal(['auto', 'auto', 'auto']);
    } finally {
      window.fetch = realFetch;
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
