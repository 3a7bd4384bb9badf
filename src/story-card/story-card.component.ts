import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { kitMark } from '../internal/define-element.js';
import { attr, h, setText } from '../internal/dom.js';
import { FetchJsonError, fetchJson } from '../internal/fetch-json.js';
import { format, languageOf, stringsFor, type StoryStrings, type Strings } from '../internal/i18n.js';
import { directionOf, formatDate, formatList } from '../internal/language-format.js';
import { storyStrings } from '../internal/locales.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { authorUrl, safeUrl } from '../internal/safe-url.js';
import { milliseconds, oneOf, settleProperties, themeRule, whole, type Rule } from '../internal/attribute-rules.js';
import { whenNear } from '../internal/when-near.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { ThemeController, type Theme } from '../internal/theme-controller.js';
import { WarnOnce } from '../internal/warn-once.js';
import { replyStyles, replyTemplate, type ReplyContext } from '../quoted-reply/reply-template.js';
import { importJsonLd, importMarkupReader } from '../internal/on-demand.js';
import { mayBeJsonLd, parseStoryWith, type JsonLdReader } from '../story/read-story.js';
import { maxDocumentLength, type Person, type Reply, type Story } from '../story/schema.js';
import { StoryErrorEvent, StoryLoadEvent, type StoryErrorReason } from './events.js';
import { storyCardStyles } from './story-card.styles.js';

/** What the card shows. */
type View =
  | { kind: 'story'; story: Story; base?: string | undefined }
  | { kind: 'loading' }
  | { kind: 'markup' }
  | { kind: 'unavailable'; url?: string | undefined };

/** What a card body was built from: it is built again only when one of these changed. */
interface Built {
  view: View;
  lang: string;
  strings: StoryStrings;
  headingLevel: number;
  repliesLimit: number;
  excerptParagraphs: number;
}

/**
 * Whether a body built from `a` shows the same as one built from `b`. Strings are compared one
 * by one: stringsFor makes a new object on every call.
 */
function sameInputs(a: Built, b: Built): boolean {
  if (a.view !== b.view || a.lang !== b.lang || a.headingLevel !== b.headingLevel) return false;
  if (a.repliesLimit !== b.repliesLimit || a.excerptParagraphs !== b.excerptParagraphs) return false;
  const keys = Object.keys(b.strings) as Array<keyof StoryStrings>;
  return keys.length === Object.keys(a.strings).length && keys.every(key => a.strings[key] === b.strings[key]);
}

/** The replies section of the card shown, which "Show N more replies" updates in place. */
interface RepliesShown {
  section: HTMLElement;
  /** The `ul`, while at least one reply shows. */
  list?: HTMLElement | undefined;
  button?: HTMLElement | undefined;
  replies: Reply[];
  context: ReplyContext;
  /** The `li` made for each reply so far, kept for when the list grows again. */
  items: HTMLElement[];
  /** How many replies the list shows. */
  shown: number;
}

const inlineJson = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

/** The story link of data that failed validation, for the "Story unavailable" notice. */
function linkOf(input: unknown, base?: string): string | undefined {
  try {
    return safeUrl(typeof input === 'object' && input !== null ? (input as Record<string, unknown>).url : undefined, 'link', base);
  } catch {
    return undefined; // a getter that throws: no link, never an exception for the host
  }
}

/** Loaded once per page, by the first card that meets JSON-LD. */
let jsonLdReader: JsonLdReader | undefined;
/** Loaded once per page, by the first card that has host markup to read (story/from-markup.ts). */
let markupReader: Awaited<ReturnType<typeof importMarkupReader>> | undefined;

/**
 * One news story — headline, dek, byline, cover image with credit, excerpt, hat-tip sources
 * and a link to the full story — with the quoted replies people posted about it.
 *
 * The story comes from, in this order: the `story` property; an inline
 * `<script type="application/json">` (a Story document or schema.org `NewsArticle` JSON-LD);
 * the `src` URL; or the markup written inside the element, which reads well before any
 * script runs. Data is validated: what is valid renders, each problem is named in one console
 * warning, and when nothing can be shown the host's own markup (or "Story unavailable") stays.
 *
 * @tagname story-card
 * @summary A news story with its quoted replies, from markup, data, inline JSON or a URL.
 *
 * @slot - The host's own markup: read as the story when there is no data, shown as written while `src` loads and when the story cannot be shown.
 *
 * @fires {StoryLoadEvent} story-load - After the card rendered a story from data. `detail`: `{ story }`.
 * @fires {StoryErrorEvent} story-error - When no story could be shown. `detail`: `{ reason: 'invalid' | 'network' | 'timeout' | 'http', message }`.
 *
 * @csspart card - The story's frame (an `article`).
 * @csspart image - The cover image.
 * @csspart credit - The cover image's credit line.
 * @csspart headline - The headline.
 * @csspart dek - The pull-quote dek under the headline.
 * @csspart byline - Author, publisher and date.
 * @csspart excerpt - Each paragraph of the summary or excerpt.
 * @csspart link - The "Read the full story" link.
 * @csspart via - The hat-tip sources line.
 * @csspart tags - The list of tags.
 * @csspart replies - The replies section.
 * @csspart reply - Each quoted reply.
 * @csspart avatar - Each reply author's picture or initials.
 * @csspart quote - Each reply's quoted text.
 * @csspart context - Each reply's context label.
 * @csspart platform - Each reply's network.
 * @csspart button - The "Show N more replies" button.
 *
 * @cssprop [--story-card-max-width=800px] - Widest the card grows.
 * @cssprop [--story-card-headline-size=1.5em] - Headline size (on wide cards; a bit smaller on narrow ones).
 * @cssprop [--story-card-border-color=var(--sw-color-border)] - Border of the card.
 * @cssprop [--sw-color-text=#1b1b1f] - Text colour (kit-wide; `--sw-color-text-dark` in dark theme, likewise for every colour).
 * @cssprop [--sw-color-muted=#55565e] - Secondary text: byline, credit, dates.
 * @cssprop [--sw-color-surface=#ffffff] - Background (kit-wide).
 * @cssprop [--sw-color-subtle=#f3f4f6] - Quiet backgrounds: tags, avatars.
 * @cssprop [--sw-color-border=#d4d5da] - Borders (kit-wide).
 * @cssprop [--sw-color-accent=#0b57d0] - Links and buttons (kit-wide).
 * @cssprop [--sw-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--sw-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--sw-radius=12px] - Corner radius (kit-wide).
 * @cssprop [--sw-space=1rem] - Base spacing (kit-wide).
 * @cssprop [--sw-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--sw-font-size=1rem] - Base font size.
 * @cssprop [--sw-line-height=1.5] - Line height.
 */
export class StoryCard extends ReactiveElement {
  /** @internal Tells a second copy of the kit from a foreign element owning the tag. */
  static readonly kit = kitMark;
  static override styles = [sharedStyles, replyStyles, storyCardStyles];
  static override properties: PropertyDeclarations = {
    view: { state: true },
    expanded: { state: true },
    story: { attribute: false },
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    repliesLimit: { type: Number, attribute: 'replies-limit' },
    excerptParagraphs: { type: Number, attribute: 'excerpt-paragraphs' },
    timeout: { type: Number },
    loading: {},
    theme: {},
    strings: { attribute: false },
  };
  static readonly #rules: Record<string, Rule> = {
    headingLevel: whole('heading-level', 2, 1, 6),
    repliesLimit: whole('replies-limit', 3),
    excerptParagraphs: whole('excerpt-paragraphs', 2),
    timeout: milliseconds('timeout', 10000),
    loading: oneOf('loading', ['lazy', 'eager']),
    theme: themeRule,
  };

  readonly #themeController = new ThemeController(this);
  readonly #markup = new LightDomController(this);
  #markupVersionRead = -1;
  #loadedSrc?: string;
  #abortLoad?: AbortController;
  #pendingEvent?: Event;
  #refocus = false;
  /**
   * Bumped whenever the card turns to a source (or reads it again): a fetch or a reader that
   * lands for an older one is ignored, so the card always shows its current source.
   */
  #generation = 0;
  /** A `src` request is under way or waits for the card to come near (removal cancels it; see connectedCallback). */
  #fetching = false;
  readonly #warning = new WarnOnce('story-card');
  /** `<div class="fallback"><slot></slot></div>`, made once: the host markup stays slotted. */
  #fallback?: HTMLElement;
  /** The story's `article`, the "Story unavailable" notice or the loading box, before the fallback. */
  #card?: HTMLElement | undefined;
  #cardKind?: 'story' | 'unavailable' | 'loading' | undefined;
  /** What the card body shows now was built from (see sameInputs). */
  #built?: Built | undefined;
  #replies?: RepliesShown | undefined;
  /** Where the article was last scrolled to, when not at its start: `[scrollLeft, scrollTop]`. */
  #scrolled?: [left: number, top: number] | undefined;

  private view: View = { kind: 'markup' };
  private expanded = false;

  /** The story as data: a Story document or a schema.org `NewsArticle`. Validated, never trusted. */
  story?: unknown;

  /** URL of a Story document (JSON) to fetch, without credentials; relative URLs resolve against the page. */
  src?: string;

  /** `lazy`: fetch `src` only when the card comes within about one viewport of the screen; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Heading level of the headline, 1–6; the host page owns its outline. */
  headingLevel = 2;

  /** How many replies show before "Show N more replies". */
  repliesLimit = 3;

  /** How many body paragraphs the excerpt shows when the story has no summary. */
  excerptParagraphs = 2;

  /** Milliseconds to wait for `src` before giving up (once the request starts). */
  timeout = 10000;

  /** Colour theme: `light`, `dark`, or `auto` (follows the host page, then the OS). */
  theme: Theme = 'auto';

  /** Overrides for built-in strings (see the README's strings table). */
  strings?: Partial<Strings>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Removed while loading: the fetch was cancelled, so start again on return.
    if (this.src && this.#loadedSrc === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A fetch stops (and starts again on return); a reader on its way may land meanwhile.
    if (this.#fetching) this.#stopLoading();
  }

  /** Chooses the story's source and reads it, but only when that source changed. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    settleProperties(this, changed, StoryCard.#rules);
    const markupChanged = this.#markup.version !== this.#markupVersionRead;
    this.#markupVersionRead = this.#markup.version;
    if (this.story !== undefined) {
      if (changed.has('story')) {
        this.#stopLoading();
        this.#showData(this.story);
      }
      return;
    }
    const script = this.querySelector(inlineJson);
    if (script) {
      if (markupChanged || changed.has('story')) {
        this.#stopLoading();
        const data = this.#parseInlineJson(script.textContent ?? '');
        // Still being parsed: the JSON may be cut short. Judge it once the page is parsed.
        if (data instanceof Error && !this.#markup.settled) this.view = { kind: 'markup' };
        else this.#showData(data);
      }
      return;
    }
    if (this.src) {
      // A card taken out before its first update loads when it comes back (connectedCallback):
      // waiting for a detached card to come near would keep it alive forever. `loading` turned
      // to eager while the card waits to come near: load now.
      const eagerNow = changed.has('loading') && this.loading == 'eager' && this.#fetching;
      if ((this.src !== this.#loadedSrc || eagerNow) && this.isConnected) this.#load(this.src);
      return;
    }
    // Only a change of source (or of the markup) starts over: an update for the theme or a
    // language must not drop the markup reader on its way.
    if (markupChanged || changed.has('story') || changed.has('src')) {
      this.#stopLoading();
      this.#showMarkup();
    }
  }

  /**
   * Another source took over: a fetch still under way must not land, and `src` must load
   * again if it becomes the source once more.
   */
  #stopLoading(): void {
    this.#abortLoad?.abort();
    this.#fetching = false;
    this.#loadedSrc = undefined;
    this.#generation++;
  }

  protected override updated(): void {
    if (this.#refocus) {
      this.#refocus = false;
      this.renderRoot.querySelector<HTMLElement>('a[href], button')?.focus();
    }
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) this.dispatchEvent(event);
  }

  #parseInlineJson(text: string): unknown {
    if (text.length > maxDocumentLength) return new RangeError(`the inline JSON is larger than ${maxDocumentLength} characters`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return new SyntaxError('the inline <script type="application/json"> is not valid JSON');
    }
  }

  #load(src: string): void {
    this.#stopLoading();
    const controller = new AbortController();
    this.#abortLoad = controller;
    this.#loadedSrc = src;
    const url = authorUrl(src);
    if (!url) {
      this.#fail('invalid', `src "${src}" is not an http(s) URL`);
      return;
    }
    this.view = { kind: 'loading' };
    this.#fetching = true;
    const fetchNow = () =>
      fetchJson(url, { signal: controller.signal, timeoutMs: this.timeout, maxLength: maxDocumentLength }).then(
      ({ data, url: base }) => {
        if (controller.signal.aborted) return;
        this.#fetching = false;
        this.#showData(data, base);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.#fetching = false;
        this.#fail(error instanceof FetchJsonError ? error.reason : 'network', error instanceof Error ? error.message : String(error));
      },
    );
    // Far below the fold, the request waits until the reader comes near; removal or another
    // source (abort) ends the wait.
    if (this.loading == 'eager') void fetchNow();
    else controller.signal.addEventListener('abort', whenNear(this, () => void fetchNow()));
  }

  #showData(input: unknown, base?: string): void {
    const [shown, wasExpanded] = [this.view, this.expanded];
    this.expanded = false;
    if (input instanceof Error) {
      this.#fail('invalid', input.message);
      return;
    }
    if (!jsonLdReader && mayBeJsonLd(input)) {
      this.#readJsonLdLater(input, base);
      return;
    }
    const parsed = parseStoryWith(input, jsonLdReader);
    if (!parsed.ok) {
      this.#fail('invalid', `no story to show: ${parsed.problems.join('; ')}`, linkOf(input, base));
      return;
    }
    this.#warning.say(parsed.problems.length ? `left out invalid data: ${parsed.problems.join('; ')}` : '');
    // The host markup is about to be hidden: a reader tabbed into it must not be dropped
    // back to the top of the page.
    this.#refocus = this.view.kind !== 'story' && this.matches(':focus-within');
    // The same story again (a framework passes a new object on every render of its parent):
    // the card stays as it is, replies still expanded, rather than being built anew.
    if (shown.kind === 'story' && shown.base === base && JSON.stringify(shown.story) === JSON.stringify(parsed.value)) {
      this.expanded = wasExpanded;
      this.view = shown;
    } else this.view = { kind: 'story', story: parsed.value, base };
    this.#pendingEvent = new StoryLoadEvent({ story: parsed.value });
  }

  /**
   * The JSON-LD reader loads the first time a page shows JSON-LD (on-demand.ts): show the
   * loading state, then the story, unless another source took over meanwhile.
   */
  #readJsonLdLater(input: unknown, base?: string): void {
    this.view = { kind: 'loading' };
    this.#whenLoaded(
      importJsonLd().then(reader => (jsonLdReader = reader)),
      () => this.#showData(input, base),
      why => this.#fail('network', `could not load the JSON-LD reader (${why})`),
    );
  }

  #showMarkup(): void {
    this.expanded = false;
    if (!markupReader) {
      // The host markup shows as written meanwhile; no markup, nothing to read or load.
      this.view = { kind: 'markup' };
      if (this.#hasOwnMarkup()) this.#readMarkupLater();
      return;
    }
    const parsed = parseStoryWith(markupReader.storyFromMarkup(this));
    const problems = this.#markup.settled && parsed.ok ? parsed.problems : [];
    this.#warning.say(problems.length ? `left out invalid markup: ${problems.join('; ')}` : '');
    this.view = parsed.ok ? { kind: 'story', story: parsed.value } : { kind: 'markup' };
  }

  /**
   * The markup reader loads the first time a page has a card written as markup (on-demand.ts):
   * until then the markup reads as the host wrote it, as it did before the script ran.
   */
  #readMarkupLater(): void {
    this.#whenLoaded(
      importMarkupReader().then(reader => (markupReader = reader)),
      () => this.#showMarkup(),
      why => this.#warning.say(`shows the host markup as written: could not load the markup reader (${why})`),
    );
  }

  /**
   * Goes on with `then` once an on-demand module has loaded, or `failed` with why it did not —
   * unless the card has turned to another source meanwhile (see #generation).
   */
  #whenLoaded(loading: Promise<unknown>, then: () => void, failed: (why: string) => void): void {
    const generation = this.#generation;
    loading.then(
      () => generation === this.#generation && then(),
      (error: unknown) => generation === this.#generation && failed(error instanceof Error ? error.message : String(error)),
    );
  }

  #fail(reason: StoryErrorReason, message: string, url?: string): void {
    this.#warning.say(message);
    this.view = this.#hasOwnMarkup() ? { kind: 'markup' } : { kind: 'unavailable', url };
    this.#pendingEvent = new StoryErrorEvent({ reason, message });
  }

  #hasOwnMarkup(): boolean {
    return [...this.childNodes].some(node =>
      node instanceof Element ? !node.matches('script') : !!node.textContent?.trim(),
    );
  }

  /**
   * Writes the shadow DOM by hand (src/internal/dom.ts): the card is static once built, and a
   * lit-html template cost ~26 template instances per card (twice the memory of hand-written
   * DOM at 100 cards). The card body is built again only when what it shows changed; a theme
   * change swaps the scheme class and "Show more" updates the replies in place, so focus and
   * the card's scroll position stay where they are.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The slot is created once and never moved or replaced: the host markup stays slotted.
    const fallback = (this.#fallback ??= this.renderRoot.appendChild(h('div', { class: 'fallback' }, h('slot'))));
    const { view } = this;
    const lang = languageOf(this);
    const strings = stringsFor(lang, this.strings, storyStrings);
    const kind = view.kind === 'loading' ? (this.#hasOwnMarkup() ? undefined : 'loading') : view.kind === 'markup' ? undefined : view.kind;
    if (kind !== this.#cardKind) {
      this.#card?.remove();
      this.#card = kind && this.renderRoot.insertBefore(this.#shell(kind), fallback);
      this.#cardKind = kind;
      this.#built = undefined;
      this.#replies = undefined;
      this.#scrolled = undefined;
    }
    fallback.toggleAttribute('hidden', view.kind === 'story' || view.kind === 'unavailable');
    const card = this.#card;
    if (!card) return;
    attr(card, 'class', `surface card ${kind === 'story' ? '' : `${kind} `}${this.#themeController.scheme}`);
    if (kind === 'loading') return;
    const { headingLevel, repliesLimit, excerptParagraphs } = this;
    // A rebuild replaces every node: the link or button a reader had focused gets the focus
    // back at the same place (its index among the card's links and buttons), as an update in
    // place kept it.
    const focusables = () => [...card.querySelectorAll<HTMLElement>('a[href], button')];
    let refocusAt = -1;
    // (Passed straight on: a local variable holding `{ view, lang, … }` makes the manifest
    // analyzer list `view` and `lang` as module declarations.)
    if (this.#changedSinceBuilt({ view, lang, strings, headingLevel, repliesLimit, excerptParagraphs })) {
      const focused = (this.renderRoot as ShadowRoot).activeElement;
      if (focused && card.contains(focused)) refocusAt = focusables().indexOf(focused as HTMLElement);
      this.#replies = undefined;
      attr(card, 'lang', lang);
      attr(card, 'dir', directionOf(lang));
      if (view.kind === 'story') card.replaceChildren(...this.#buildStory(view.story, view.base, strings, lang));
      else if (view.kind === 'unavailable') card.replaceChildren(...this.#buildUnavailable(view.url, strings));
      // Only the children were replaced, so the article stays where the reader scrolled it to
      // (it scrolls when the host sets its height) in Chromium and Firefox; WebKit scrolls it
      // back to the top when its language changes too. Restored from the last scroll event: a
      // read here would force a layout for every card of the page.
      const scrolled = this.#scrolled;
      if (scrolled) [card.scrollLeft, card.scrollTop] = scrolled;
    }
    this.#updateReplies();
    if (refocusAt >= 0) {
      const now = focusables();
      (now[refocusAt] ?? now[now.length - 1])?.focus({ preventScroll: true });
    }
  }

  /** Whether the body must be built again for `inputs`; if so, they become what it was built from. */
  #changedSinceBuilt(inputs: Built): boolean {
    if (this.#built && sameInputs(this.#built, inputs)) return false;
    this.#built = inputs;
    return true;
  }

  /** The card's own element, before its body: the `article` of a story, else a `div`. */
  #shell(kind: 'story' | 'unavailable' | 'loading'): HTMLElement {
    if (kind === 'story') {
      const article = h('article', { part: 'card', 'aria-labelledby': 'headline' });
      const scrolled = () => (this.#scrolled = article.scrollLeft || article.scrollTop ? [article.scrollLeft, article.scrollTop] : undefined);
      article.addEventListener('scroll', scrolled, { passive: true });
      return article;
    }
    return h('div', { part: 'card', 'aria-hidden': kind === 'loading' ? 'true' : undefined });
  }

  #buildUnavailable(url: string | undefined, strings: StoryStrings): Node[] {
    const notice: Node[] = [h('p', {}, strings.storyUnavailable)];
    if (url) notice.push(h('p', {}, h('a', { part: 'link', href: url }, strings.readFullStory)));
    return notice;
  }

  #person(person: Person, base: string | undefined): HTMLElement {
    const url = safeUrl(person.url, 'link', base);
    return url ? h('a', { href: url }, person.name) : h('span', {}, person.name);
  }

  #buildByline(story: Story, base: string | undefined, strings: StoryStrings, lang: string): HTMLElement | undefined {
    const date = formatDate(story.published, lang);
    const updated = formatDate(story.modified, lang);
    const authors = [story.author ?? []].flat();
    const [before, after] = strings.byline.split('{name}');
    // No text between the pieces: the style sheet draws the separators (.byline > * + *::before).
    const items = [
      !!authors.length && h('span', {}, before, ...formatList(authors.map(author => this.#person(author, base)), lang), after),
      story.publisher && this.#person(story.publisher, base),
      date && h('time', { datetime: story.published }, date),
      updated && h('time', { datetime: story.modified }, format(strings.updated, { date: updated })),
    ];
    return items.some(Boolean) ? h('p', { class: 'byline', part: 'byline' }, ...items) : undefined;
  }

  #buildStory(story: Story, base: string | undefined, strings: StoryStrings, lang: string): Node[] {
    const link = safeUrl(story.url, 'link', base);
    const image = story.image;
    const imageSrc = image && safeUrl(image.src, 'media', base);
    const excerpt = story.summary ? [story.summary] : (story.body ?? []).slice(0, this.excerptParagraphs);
    const via = story.via ?? [];
    const body: Node[] = [];
    if (image && imageSrc) {
      body.push(
        h(
          'figure',
          { class: `cover ${image.width && image.height ? '' : 'unsized'}` },
          // loading before src: an image whose src comes first starts loading at once.
          h('img', {
            part: 'image',
            loading: 'lazy',
            decoding: 'async',
            src: imageSrc,
            alt: image.alt,
            width: image.width?.toString(),
            height: image.height?.toString(),
          }),
          image.credit && h('figcaption', { part: 'credit' }, format(strings.imageCredit, { credit: image.credit })),
        ),
      );
    }
    body.push(
      h(
        'div',
        { class: 'content' },
        h(
          'div',
          { class: 'headline', id: 'headline', role: 'heading', 'aria-level': String(this.headingLevel), part: 'headline' },
          link ? h('a', { href: link }, story.headline) : story.headline,
        ),
        story.dek && h('p', { class: 'dek', part: 'dek' }, story.dek),
        this.#buildByline(story, base, strings, lang),
        ...excerpt.map(paragraph => h('p', { class: 'excerpt', part: 'excerpt' }, paragraph)),
        link && h('p', { class: 'read-more' }, h('a', { part: 'link', href: link }, strings.readFullStory)),
        !!via.length &&
          h('p', { class: 'via', part: 'via' }, strings.hatTip, ' ', ...via.flatMap((source, index) => [index ? ', ' : '', this.#person(source, base)])),
        !!story.tags?.length &&
          // role="list": list-style: none drops the list role in WebKit/VoiceOver.
          h('ul', { class: 'tags', part: 'tags', role: 'list' }, ...story.tags.map(tag => h('li', {}, tag))),
      ),
    );
    const replies = story.replies ?? [];
    if (replies.length) {
      // A group, not a landmark: a page of many cards would list a "Replies" region per card
      // among its landmarks, several of one name (axe's landmark-unique); the card is already
      // an article named by its headline, and the group still says "Replies" on entering.
      const section = h('section', { class: 'replies', part: 'replies', role: 'group', 'aria-label': strings.replies });
      let button: HTMLElement | undefined;
      if (replies.length > this.repliesLimit) {
        button = section.appendChild(h('button', { class: 'toggle', part: 'button', type: 'button' }));
        button.addEventListener('click', () => (this.expanded = !this.expanded));
      }
      this.#replies = { section, button, replies, context: { strings, lang, base }, items: [], shown: 0 };
      body.push(section);
    }
    return body;
  }

  /**
   * Shows as many replies as the toggle says, in place: the list grows or shrinks (its items
   * kept for the next time), and the button stays the same element so focus stays on it.
   */
  #updateReplies(): void {
    const replies = this.#replies;
    if (!replies) return;
    const { section, button, items, context } = replies;
    const limit = this.#built!.repliesLimit;
    const hidden = replies.replies.length - limit;
    const count = this.expanded || hidden <= 0 ? replies.replies.length : limit;
    if (count && !replies.list) {
      // role="list": list-style: none drops the list role in WebKit/VoiceOver.
      replies.list = section.insertBefore(h('ul', { id: 'replies', class: 'reply-list', role: 'list' }), button ?? null);
    }
    const list = replies.list;
    if (list && count > replies.shown) {
      const added = document.createDocumentFragment();
      for (let index = replies.shown; index < count; index++) {
        added.append((items[index] ??= h('li', {}, replyTemplate(replies.replies[index]!, context))));
      }
      list.append(added);
    } else if (list) {
      for (let index = replies.shown - 1; index >= count; index--) items[index]!.remove();
    }
    replies.shown = count;
    if (!count && list) {
      list.remove();
      replies.list = undefined;
    }
    if (button) {
      const { strings } = context;
      const label = this.expanded
        ? strings.showFewerReplies
        : hidden === 1
          ? strings.showOneMoreReply
          : format(strings.showMoreReplies, { count: hidden });
      setText(button, label);
      attr(button, 'aria-expanded', this.expanded ? 'true' : 'false');
      attr(button, 'aria-controls', count ? 'replies' : undefined);
    }
  }
}
