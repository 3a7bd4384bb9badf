import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import * as subscribeContract from '../contract/subscribe.js';
import { kitMark } from '../internal/define-element.js';
import { attr, h, setText, type Child } from '../internal/dom.js';
import { isValidEmail, normalizeEmail } from '../internal/email.js';
import { format, languageOf, stringsFor, type SignupStrings, type Strings } from '../internal/i18n.js';
import { signupStrings } from '../internal/locales.js';
import { authorUrl } from '../internal/safe-url.js';
import { trustedScriptUrl } from '../internal/trusted-types.js';
import { milliseconds, oneOf, settleProperties, themeRule, type Rule } from '../internal/attribute-rules.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { ThemeController, type Theme } from '../internal/theme-controller.js';
import {
  SignupErrorEvent,
  SignupSubmitEvent,
  SignupSuccessEvent,
  type SignupErrorReason,
  type SignupProviderName,
  type SignupStatus,
} from './events.js';
import { styles } from './newsletter-signup.styles.js';
import { dropSignup, saveSignup, takeSignup } from './offline-queue.js';
import { providers } from './providers/index.js';
import type { Outcome, Signup } from './providers/types.js';

/**
 * The page the reader signed up on, for the signup's `source`: left out when it is not an
 * http(s) URL (a sandboxed frame's `about:` page) or too long for the endpoint's limit
 * (tracking parameters), rather than getting the signup refused.
 */
function pageSource(): string | undefined {
  const page = location.href.split('#')[0]!;
  return /^https?:/.test(page) && page.length <= subscribeContract.maxSourceLength ? page : undefined;
}

/** Where the box is: waiting, sending, one of the three good endings, or an error. */
export type SignupState = 'idle' | 'submitting' | SignupStatus | 'error';

type Field = 'email' | 'consent';

/** A too-fast submission, held until `until` (performance.now() time); `timer` while it waits on the page. */
interface HeldSignup {
  signup: Signup;
  until: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** What a form held when the reader submitted it. */
interface Submission {
  email: string;
  name?: string;
  consent?: boolean;
  trap: string;
  fields?: [string, string][];
  inputs: Partial<Record<Field, HTMLInputElement>>;
}

/**
 * A newsletter signup box for any page: an email field and a button (optionally a name and a
 * required consent box), sent to your own endpoint or to Mailchimp, Buttondown, Kit or Ghost.
 * Every outcome is announced in place; a reader's typed email survives every failure, and a
 * signup made offline is kept (up to 7 days) and sent once the browser is back online.
 *
 * Write your own `<form action method="post">` inside it and it works without JavaScript;
 * with JavaScript the element takes that form over and answers inline. Without a form it
 * renders its own from attributes and slots.
 *
 * @tagname newsletter-signup
 * @summary Newsletter signup box: progressive enhancement, six providers, offline-safe, accessible.
 *
 * @slot - Optional: your own `<form action method="post">` with an email input. Posts normally without JavaScript; the element takes it over when it runs.
 * @slot heading - The heading; falls back to the `heading` attribute (rendered as an `<h2>`).
 * @slot description - Text under the heading; falls back to the `description` attribute.
 * @slot consent - Text of the required consent checkbox; falls back to the `consent` attribute. The checkbox shows when either is given.
 * @slot privacy - A link to your privacy policy, shown after the consent text.
 *
 * @csspart base - The themed box around everything.
 * @csspart heading - The `<h2>` rendered from the `heading` attribute.
 * @csspart description - The description.
 * @csspart form - The element's own form (not used when you write the form).
 * @csspart label - The labels of the email and name fields.
 * @csspart input - The email and name inputs.
 * @csspart button - The subscribe button.
 * @csspart consent - The row with the consent checkbox, its text and the privacy link.
 * @csspart checkbox - The consent checkbox.
 * @csspart error - A field's error message, tied to its field.
 * @csspart message - The live region for progress, success and error messages.
 *
 * @cssprop [--newsletter-signup-padding=1.25rem] - Space inside the box.
 * @cssprop [--newsletter-signup-gap=0.75rem] - Space between fields.
 * @cssprop [--newsletter-signup-radius=var(--sw-radius, 12px)] - Corner radius of the box.
 * @cssprop [--newsletter-signup-control-radius=6px] - Corner radius of inputs and the button.
 * @cssprop [--newsletter-signup-border-width=1px] - Border of the box (`0` for none).
 * @cssprop [--newsletter-signup-button-color=var(--sw-color-accent)] - Button background.
 * @cssprop [--newsletter-signup-button-text-color=var(--sw-color-on-accent)] - Button text.
 * @cssprop [--sw-color-text=#1b1b1f] - Text colour (kit-wide; `--sw-color-text-dark` in dark theme, likewise for every colour).
 * @cssprop [--sw-color-muted=#55565e] - The description and input borders.
 * @cssprop [--sw-color-surface=#ffffff] - Background (kit-wide).
 * @cssprop [--sw-color-border=#d4d5da] - The box's border (kit-wide).
 * @cssprop [--sw-color-accent=#0b57d0] - The button and links (kit-wide).
 * @cssprop [--sw-color-on-accent=#ffffff] - Text on the button.
 * @cssprop [--sw-color-danger=#b3261e] - Error messages and invalid fields.
 * @cssprop [--sw-color-success=#146c2e] - Success messages.
 * @cssprop [--sw-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--sw-radius=12px] - Corner radius of the box (kit-wide).
 * @cssprop [--sw-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--sw-font-size=1rem] - Base font size.
 *
 * @fires {SignupSubmitEvent} signup-submit - Before sending, after validation; cancelable. `detail`: `{email, name, provider}`.
 * @fires {SignupSuccessEvent} signup-success - The provider accepted the signup. `detail`: `{email, status}`.
 * @fires {SignupErrorEvent} signup-error - Validation or sending failed. `detail`: `{email, reason, message}`.
 */
export class NewsletterSignup extends ReactiveElement {
  /** @internal Tells a second copy of the kit from a foreign element owning the tag. */
  static readonly kit = kitMark;
  static override styles = [sharedStyles, styles];
  static override properties: PropertyDeclarations = {
    status: { state: true },
    message: { state: true },
    fieldError: { state: true },
    action: {},
    provider: {},
    heading: {},
    description: {},
    buttonLabel: { attribute: 'button-label' },
    successMessage: { attribute: 'success-message' },
    nameField: { type: Boolean, attribute: 'name-field' },
    consent: {},
    tags: {},
    apiKey: { attribute: 'api-key' },
    emailFieldName: { attribute: 'email-field-name' },
    nameFieldName: { attribute: 'name-field-name' },
    timeout: { type: Number },
    minFillTime: { type: Number, attribute: 'min-fill-time' },
    honeypot: {},
    noHoneypot: { type: Boolean, attribute: 'no-honeypot' },
    noOfflineQueue: { type: Boolean, attribute: 'no-offline-queue' },
    theme: {},
    strings: { attribute: false },
  };
  static readonly #rules: Record<string, Rule> = {
    provider: oneOf('provider', Object.keys(providers)),
    timeout: milliseconds('timeout', 10000),
    minFillTime: milliseconds('min-fill-time', 1500, 0),
    theme: themeRule,
    // Removed or empty, the trap keeps the contract's name: a nameless field would never be
    // found again at submit (#submitOwnForm), and bots would pass unseen.
    honeypot: ['honeypot', subscribeContract.honeypotField, (name: unknown) => typeof name == 'string' && name.trim() !== '', 'a field name'],
  };

  private status: SignupState = 'idle';
  private message = '';
  private fieldError?: { field: Field; message: string };

  readonly #themeController = new ThemeController(this);
  #shownAt = 0;
  /**
   * A too-fast submission being held (see `#deliver`). Taken out of the page, the box stops
   * its timer and sends nothing; put back, it goes on (connectedCallback).
   */
  #held?: HeldSignup;
  #hostFieldCleanups: (() => void)[] = [];

  /** Where signups go: your endpoint, or the provider's URL (see `provider`). Defaults to your form's `action`. */
  action = '';
  /** The adapter that builds the request and reads the answer. */
  provider: SignupProviderName = 'endpoint';
  /** Heading text (or use the `heading` slot). */
  heading = '';
  /** Text under the heading (or use the `description` slot). */
  description = '';
  /** Text of the button. */
  buttonLabel = '';
  /** Text shown when the signup succeeded (`subscribed` or `pending`), instead of the built-in one. */
  successMessage = '';
  /** Adds an optional name field. */
  nameField = false;
  /** Text of a required consent checkbox (or use the `consent` slot); no checkbox when empty. */
  consent = '';
  /** Tags (or Kit tag ids, Mailchimp tag ids, Ghost labels) sent with each signup, comma separated. */
  tags = '';
  /** Kit's public API key (`provider="kit"`); never the API secret. */
  apiKey = '';
  /** Name of the email field in form posts (`provider="form"`); default `email`. */
  emailFieldName = '';
  /** Name of the name field in form posts (`provider="form"`); default `name`. */
  nameFieldName = '';
  /** Milliseconds to wait for an answer before offering a retry. */
  timeout = 10000;
  /** A submission sooner than this many milliseconds after the box appeared is held (shown as sending) until then, then sent; `0` turns the wait off. */
  minFillTime = 1500;
  // The subscribe contract's field name, which the endpoint checks too. Read off the namespace
  // so the manifest shows the @default value rather than an identifier.
  /**
   * Name of the hidden honeypot field; a submission that fills it is shown success and nothing is sent.
   * @default 'sw-hp'
   */
  honeypot: string = subscribeContract.honeypotField;
  /** Leaves the honeypot field out. */
  noHoneypot = false;
  /** Never keeps a signup made offline in `localStorage`: the reader is asked to try again instead. */
  noOfflineQueue = false;
  /** Colour scheme: `light`, `dark`, or `auto` (follows the page, then the reader's system). */
  theme: Theme = 'auto';
  /** Overrides for any built-in string, e.g. `{ subscribe: 'Join' }`. */
  strings?: Partial<Strings>;

  /** Where the box is now: `idle`, `submitting`, `subscribed`, `pending`, `already` or `error`. */
  get state(): SignupState {
    return this.status;
  }

  constructor() {
    super();
    // A form the host wrote sends a bubbling `submit` through us (ours stays in the shadow root).
    this.addEventListener('submit', this.#takeOverHostSubmit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#sendSaved);
    // Moved (a list reordered, the box put in a dialog): the held submission goes on.
    const held = this.#held;
    if (held && !held.timer) void this.#deliver(held.signup, held.until - performance.now());
    // Sends what an earlier visit kept, once the host's form (and its action) is parsed.
    void this.updateComplete.then(() => {
      if (navigator.onLine) void this.#sendSaved();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#sendSaved);
    clearTimeout(this.#held?.timer);
    if (this.#held) this.#held.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // NaN (`min-fill-time="abc"`) compares false and would quietly turn the bot check off: a
    // typo gets the default instead, with a warning (attribute-rules.ts).
    settleProperties(this, changed, NewsletterSignup.#rules);
  }

  protected override firstUpdated(): void {
    // A host form may have been typed into before this script ran: time it from page load.
    this.#shownAt = this.#hostForm ? 0 : performance.now();
  }

  protected override updated(): void {
    // Our messages replace the browser's validation bubbles on a form we take over.
    const form = this.#hostForm;
    if (form) form.noValidate = true;
  }

  /** The element's own email field (absent while a host form is used). */
  #emailInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#email');
  }

  get #hostForm(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  get #text(): SignupStrings {
    return stringsFor(languageOf(this), this.strings, signupStrings);
  }

  get #actionUrl(): string | undefined {
    return authorUrl(this.action || this.#hostForm?.getAttribute('action'));
  }

  #hasSlotted(name: string): boolean {
    return !!this.querySelector(`:scope > [slot="${name}"]`);
  }

  readonly #takeOverHostSubmit = (event: Event): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form !== this.#hostForm) return;
    const submission = this.#readHostForm(form);
    if (!submission) return; // no email field: let the browser post it as written
    event.preventDefault();
    this.#submit(submission);
  };

  readonly #submitOwnForm = (event: Event): void => {
    event.preventDefault();
    const root = this.renderRoot;
    const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`);
    const consent = input('consent');
    this.#submit({
      email: this.#emailInput()?.value ?? '',
      name: this.nameField ? input('name')?.value.trim() : undefined,
      consent: consent?.required ? consent.checked : undefined,
      trap: input('trap')?.value ?? '',
      inputs: { email: this.#emailInput() ?? undefined, consent: consent ?? undefined },
    });
  };

  #readHostForm(form: HTMLFormElement): Submission | undefined {
    const email = form.querySelector<HTMLInputElement>(`input[type=email], input[name="${CSS.escape(this.emailFieldName || 'email')}"]`);
    if (!email) return undefined;
    const name = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(this.nameFieldName || 'name')}"], input[autocomplete="name"], input[autocomplete="given-name"]`,
    );
    const consent = form.querySelector<HTMLInputElement>('input[type=checkbox][required]');
    const trap = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(this.honeypot)}"]`);
    const normalized = normalizeEmail(email.value);
    const fields: [string, string][] = [];
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && key !== this.honeypot) fields.push([key, key === email.name ? normalized : value]);
    }
    return {
      email: email.value,
      name: name?.value.trim(),
      consent: consent ? consent.checked : undefined,
      trap: this.noHoneypot ? '' : (trap?.value ?? ''),
      fields,
      inputs: { email, consent: consent ?? undefined },
    };
  }

  /** Validates, checks the bot traps, asks the host, then sends. Never throws. */
  #submit(submission: Submission): void {
    if (this.status === 'submitting') return; // one request per submit, however many clicks
    this.#clearFieldErrors();
    const text = this.#text;
    const email = normalizeEmail(submission.email);
    const problem: [Field, string] | undefined = !email
      ? ['email', text.emailMissing]
      : !isValidEmail(email)
        ? ['email', text.emailInvalid]
        : submission.consent === false
          ? ['consent', text.consentMissing]
          : undefined;
    if (problem) {
      const input = submission.inputs[problem[0]];
      this.#showFieldError(problem[0], problem[1], input);
      // WCAG 3.3.1: the reader lands on the field to fix, which reads out its error.
      input?.focus();
      this.#fail(email, 'invalid', problem[1]);
      return;
    }
    if (!this.noHoneypot && submission.trap) {
      // Only a bot fills a field no person can see: look successful, send nothing, tell nobody.
      this.status = 'subscribed';
      this.message = this.successMessage || text.subscribed;
      return;
    }
    const name = submission.name || undefined;
    const before = new SignupSubmitEvent({ email, name, provider: this.provider });
    this.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const signup: Signup = {
      email,
      name,
      consent: submission.consent,
      // Comma separated: a Ghost label or Kit tag name may contain spaces ("Weekly Digest").
      tags: this.tags.split(',').map(tag => tag.trim()).filter(Boolean),
      source: pageSource(),
      fields: submission.fields,
      // No honeypot: a filled one never gets here (quiet fake success above). The contract's
      // field name matters for host forms posted without JavaScript, which carry it as named.
    };
    void this.#deliver(signup, this.#shownAt + this.minFillTime - performance.now());
  }

  /**
   * Sends one signup through the provider, after `wait` ms, and shows how it ended; keeps it
   * when the browser is offline.
   */
  async #deliver(signup: Signup, wait = 0, resent = false): Promise<void> {
    const action = this.#actionUrl;
    // `provider` names one of `providers`: a bad name falls back to `endpoint` (willUpdate); a
    // name set since then throws in the try below and counts as a server error.
    const provider = providers[this.provider];
    if (!action) {
      console.warn('story-widgets: <newsletter-signup> needs an http(s) `action` (or a form with one) to send signups to.');
      this.#fail(signup.email, 'server', this.#text.server);
      return;
    }
    const key = `${this.provider} ${action}`;
    this.status = 'submitting';
    this.message = this.#text.submitting;
    this.#setHostBusy(true);
    // Sooner than the minimum fill time: a bot, or a person whose browser autofilled the form.
    // Never faked, never dropped: shown as sending until the time is up, then sent for real
    // (while the box is out of the page it waits: see #held).
    this.#held = undefined;
    if (wait > 0) {
      const held: HeldSignup = { signup, until: performance.now() + wait };
      this.#held = held;
      await new Promise(resolve => (held.timer = setTimeout(resolve, wait)));
      this.#held = undefined;
    }
    dropSignup(key); // this submission replaces anything kept earlier
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    let outcome: Outcome;
    try {
      outcome = await provider.send(signup, {
        action,
        signal: controller.signal,
        apiKey: this.apiKey,
        emailFieldName: this.emailFieldName,
        nameFieldName: this.nameFieldName,
        trustedScriptUrl,
      });
    } catch (error) {
      console.warn('story-widgets: <newsletter-signup> could not send:', error);
      outcome = { error: 'server' };
    }
    clearTimeout(timer);
    this.#setHostBusy(false);
    const text = this.#text;
    if ('status' in outcome) {
      const { status } = outcome;
      this.status = status;
      this.message = (status !== 'already' && this.successMessage) || text[status];
      this.dispatchEvent(new SignupSuccessEvent({ email: signup.email, status }));
      return;
    }
    const { error, retryAfter, unreached } = outcome;
    // Kept only when the browser is offline (see http.ts), so "saved" is never said in vain.
    if (unreached && !this.noOfflineQueue && saveSignup(key, signup)) {
      this.#fail(signup.email, 'network', text.queued);
      return;
    }
    // A signup kept on an earlier visit that fails again is not kept again (it could fail on
    // every visit forever): it goes back into the field, where the reader sees it and the error.
    if (resent) this.#refill(signup);
    if (error === 'invalid') this.#showFieldError('email', text.emailInvalid, this.#hostForm ? undefined : this.#emailInput() ?? undefined);
    this.#fail(
      signup.email,
      error,
      error === 'rate-limited'
        ? retryAfter
          ? format(text.rateLimited, { seconds: retryAfter })
          : text.rateLimitedShort
        : error === 'invalid'
          ? text.emailInvalid
          : text[error],
    );
  }

  /** Puts a signup back into empty fields (own or the host's), so it can be sent again. */
  #refill({ email, name }: Signup): void {
    const scope = this.#hostForm ?? this.renderRoot;
    const field = (selector: string) => scope.querySelector<HTMLInputElement>(selector);
    const emailField = this.#hostForm ? field('input[type=email]') : this.#emailInput();
    const nameField = this.#hostForm ? field('input[autocomplete=name]') : field('#name');
    if (emailField && !emailField.value) emailField.value = email;
    if (nameField && name && !nameField.value) nameField.value = name;
  }

  #fail(email: string, reason: SignupErrorReason, message: string): void {
    this.status = 'error';
    this.#announce(message);
    this.dispatchEvent(new SignupErrorEvent({ email, reason, message }));
  }

  /**
   * Puts `message` in the live region. The same text twice in a row changes nothing in the
   * DOM, so a screen reader would stay silent on the second failed try: empty the region for
   * one render first.
   */
  #announce(message: string): void {
    if (message !== this.message) {
      this.message = message;
      return;
    }
    this.message = '';
    void this.updateComplete.then(() => {
      if (!this.message) this.message = message;
    });
  }

  readonly #sendSaved = async (): Promise<void> => {
    const action = this.#actionUrl;
    if (!action || this.status === 'submitting') return;
    const key = `${this.provider} ${action}`;
    const signup = await takeSignup(key);
    if (!signup) return;
    // The reader submitted while the lock was awaited: theirs goes first, this one waits.
    if ((this.status as SignupState) === 'submitting') saveSignup(key, signup);
    else await this.#deliver(signup, 0, true);
  };

  #showFieldError(field: Field, message: string, input?: HTMLInputElement): void {
    const form = this.#hostForm;
    if (!form) {
      this.fieldError = { field, message };
      return;
    }
    // The host's field lives in the light DOM, so its error must too: an id reference
    // cannot reach into our shadow root.
    const target = input ?? form.querySelector<HTMLInputElement>('input[type=email]');
    if (!target) return;
    const error = document.createElement('p');
    error.id = `newsletter-signup-error-${Math.random().toString(36).slice(2)}`;
    error.setAttribute('data-newsletter-signup-error', '');
    error.textContent = message;
    (target.closest('label') ?? target).after(error);
    const describedBy = target.getAttribute('aria-describedby');
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', `${describedBy ?? ''} ${error.id}`.trim());
    this.#hostFieldCleanups.push(() => {
      error.remove();
      target.removeAttribute('aria-invalid');
      if (describedBy === null) target.removeAttribute('aria-describedby');
      else target.setAttribute('aria-describedby', describedBy);
    });
  }

  #clearFieldErrors(): void {
    this.fieldError = undefined;
    this.#hostFieldCleanups.forEach(cleanup => cleanup());
    this.#hostFieldCleanups = [];
  }

  #setHostBusy(busy: boolean): void {
    const form = this.#hostForm;
    if (!form) return;
    for (const element of [form, ...form.querySelectorAll('button:not([type=button]), input[type=submit]')]) {
      if (busy) element.setAttribute(element === form ? 'aria-busy' : 'aria-disabled', 'true');
      else element.removeAttribute(element === form ? 'aria-busy' : 'aria-disabled');
    }
  }

  /** Syncs the shadow DOM with the state; made on the first update (see `update`). */
  #render?: () => void;

  /**
   * The shadow DOM is built by hand once, then kept in sync, rather than rendered from a
   * lit-html template: without lit-html the CDN builds are ~2.7 KB brotli smaller, and nothing
   * here parses markup. Nodes are made once and only their texts and attributes change, so
   * the reader's typed email (and name) survive every state and focus stays where it is.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    (this.#render ??= this.#build())();
  }

  /** Makes the shadow DOM, and returns what syncs its changing parts with the state. */
  #build(): () => void {
    const slotChanged = () => this.requestUpdate();
    const slot = (name?: string, ...fallback: Child[]) => {
      const element = h('slot', { name }, ...fallback);
      element.addEventListener('slotchange', slotChanged);
      return element;
    };
    const headingText = h('h2', { part: 'heading' });
    const heading = h('div', { class: 'heading' }, slot('heading', headingText));
    const descriptionSlot = slot('description');
    const description = h('div', { part: 'description', class: 'description' }, descriptionSlot);
    const hostForm = h('div', { class: 'host-form' }, slot());
    const nameLabel = h('label', { part: 'label', for: 'name' });
    const nameField = h('div', { class: 'field' }, nameLabel, h('input', { part: 'input', id: 'name', name: 'name', type: 'text', autocomplete: 'name' }));
    const emailLabel = h('label', { part: 'label', for: 'email' });
    const email = h('input', {
      part: 'input',
      id: 'email',
      name: 'email',
      type: 'email',
      autocomplete: 'email',
      spellcheck: 'false',
      autocapitalize: 'off',
      required: '',
    });
    const button = h('button', { part: 'button', type: 'submit' });
    const error = (id: string) => h('p', { part: 'error', id, class: 'error' });
    const emailError = error('email-error');
    const emailField = h('div', { class: 'field' }, emailLabel, h('div', { class: 'row' }, email, button), emailError);
    const checkbox = h('input', { part: 'checkbox', id: 'consent', type: 'checkbox' });
    const consentSlot = slot('consent');
    const consentRow = h('div', { part: 'consent', class: 'consent' }, checkbox, h('label', { for: 'consent' }, consentSlot), h('slot', { name: 'privacy' }));
    const consentError = error('consent-error');
    const trapLabel = h('label', { for: 'trap' });
    const trapInput = h('input', { id: 'trap', type: 'text', tabindex: '-1', autocomplete: 'off' });
    const trap = h('div', { class: 'visually-hidden', 'aria-hidden': 'true' }, trapLabel, trapInput);
    const form = h('form', { part: 'form', novalidate: '' }, emailField, consentRow, consentError);
    form.addEventListener('submit', this.#submitOwnForm);
    const message = h('p', { part: 'message', role: 'status' });
    const surface = h('div', { part: 'base' }, heading, description, hostForm, form, message);
    this.renderRoot.append(surface);

    const showFieldState = (input: Element, errorText: HTMLElement, field: Field) => {
      const invalid = this.fieldError?.field === field;
      // 'false', not absent: Chromium reports an untouched required checkbox as invalid.
      attr(input, 'aria-invalid', String(invalid));
      attr(input, 'aria-describedby', invalid ? errorText.id : undefined);
      errorText.hidden = !invalid;
      setText(errorText, this.fieldError?.message ?? '');
    };
    return () => {
      const text = this.#text;
      const busy = this.status === 'submitting';
      const hasHostForm = !!this.#hostForm;
      const showConsent = !!this.consent || this.#hasSlotted('consent');
      const tone = this.status === 'error' ? 'error' : this.status === 'submitting' || this.status === 'idle' ? '' : 'success';
      // A field error already shows the message next to its field: the live region only speaks it.
      const fieldErrorShown = !!this.fieldError || this.#hostFieldCleanups.length > 0;
      attr(surface, 'class', `surface ${this.#themeController.scheme}`);
      heading.hidden = !this.heading && !this.#hasSlotted('heading');
      setText(headingText, this.heading);
      description.hidden = !this.description && !this.#hasSlotted('description');
      setText(descriptionSlot, this.description);
      hostForm.hidden = !hasHostForm;
      form.hidden = hasHostForm;
      attr(form, 'aria-busy', busy ? 'true' : undefined);
      // Put in or taken out, never remade (a typed name survives); a node already in place is
      // not moved, which would take the focus from it.
      if (!this.nameField) nameField.remove();
      else if (!nameField.parentNode) emailField.before(nameField);
      setText(nameLabel, text.nameLabel);
      setText(emailLabel, text.emailLabel);
      showFieldState(email, emailError, 'email');
      attr(button, 'aria-disabled', busy ? 'true' : undefined);
      setText(button, busy ? text.submitting : this.buttonLabel || text.subscribe);
      consentRow.hidden = !showConsent;
      checkbox.toggleAttribute('required', showConsent);
      showFieldState(checkbox, consentError, 'consent');
      setText(consentSlot, this.consent);
      if (this.noHoneypot) trap.remove();
      else if (!trap.parentNode) form.append(trap);
      setText(trapLabel, text.honeypot);
      attr(trapInput, 'name', this.honeypot);
      attr(message, 'class', `message ${tone} ${fieldErrorShown ? 'visually-hidden' : ''}`);
      setText(message, this.message);
    };
  }
}
