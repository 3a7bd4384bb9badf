import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from '@lit/reactive-element';
import { settleProperties, themeRule } from '../internal/attribute-rules.js';
import { kitMark } from '../internal/define-element.js';
import { attr, h } from '../internal/dom.js';
import { languageOf, stringsFor, type Strings } from '../internal/i18n.js';
import { directionOf } from '../internal/language-format.js';
import { storyStrings } from '../internal/locales.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { sharedStyles } from '../internal/shared-styles.js';
import { ThemeController, type Theme } from '../internal/theme-controller.js';
import { WarnOnce } from '../internal/warn-once.js';
import { replyFromFields } from '../story/reply-from-markup.js';
import { parseReply } from '../story/read-story.js';
import type { Reply } from '../story/schema.js';
import { quotedReplyStyles } from './quoted-reply.styles.js';
import { replyStyles, replyTemplate } from './reply-template.js';

/**
 * One quoted social post — a reply about a story, or any post a host wants to quote — with
 * author, avatar, platform, date and a link to the original. Works alone or inside
 * `<story-card>`. Written as markup it reads well before any script runs:
 * `<quoted-reply author="Chrissy Teigen" handle="chrissyteigen" platform="twitter">She is practicing…</quoted-reply>`.
 *
 * @tagname quoted-reply
 * @summary A quoted social post, safe and accessible.
 *
 * @slot - The quoted text. Shown as written when the element has no author to show.
 *
 * @csspart reply - The quoted post's frame (a `figure`).
 * @csspart avatar - The author's picture, or their initials.
 * @csspart quote - The quoted text (a `blockquote`).
 * @csspart context - The short context label ("Fellow mom").
 * @csspart platform - The network the post was made on.
 *
 * @cssprop [--quoted-reply-background=var(--sw-color-surface)] - Background of the post.
 * @cssprop [--quoted-reply-border-color=var(--sw-color-border)] - Border of the post.
 * @cssprop [--sw-color-text=#1b1b1f] - Text colour (kit-wide; `--sw-color-text-dark` in dark theme, likewise for every colour).
 * @cssprop [--sw-color-muted=#55565e] - Secondary text: handle, date, platform.
 * @cssprop [--sw-color-surface=#ffffff] - Background (kit-wide).
 * @cssprop [--sw-color-subtle=#f3f4f6] - Avatar and label backgrounds.
 * @cssprop [--sw-color-border=#d4d5da] - Borders (kit-wide).
 * @cssprop [--sw-color-accent=#0b57d0] - Links and buttons (kit-wide).
 * @cssprop [--sw-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--sw-radius=12px] - Corner radius (kit-wide).
 * @cssprop [--sw-space=1rem] - Base spacing (kit-wide).
 * @cssprop [--sw-font-family=inherit] - Font; inherits the host page's by default.
 * @cssprop [--sw-font-size=1rem] - Base font size.
 */
export class QuotedReply extends ReactiveElement {
  /** @internal Tells a second copy of the kit from a foreign element owning the tag. */
  static readonly kit = kitMark;
  static override styles = [sharedStyles, replyStyles, quotedReplyStyles];
  static override properties: PropertyDeclarations = {
    reply: { attribute: false },
    author: {},
    handle: {},
    authorHref: { attribute: 'author-href' },
    avatar: {},
    platform: {},
    href: {},
    datetime: {},
    context: {},
    theme: {},
    strings: { attribute: false },
  };

  readonly #themeController = new ThemeController(this);
  readonly #markup = new LightDomController(this);
  readonly #warning = new WarnOnce('quoted-reply');
  /** `<div class="surface">`, holding the post and the slot's wrapper: made once. */
  #surface?: HTMLElement;
  /** `<div><slot></slot></div>`, made once: the host's text stays slotted. */
  #fallback?: HTMLElement;
  /** The post shown (replyTemplate's), if any, and what it was built from (see update). */
  #figure?: HTMLElement | undefined;
  #built?: string | undefined;

  /** The post as data (a Reply object); wins over the attributes. Validated, never trusted. */
  reply?: unknown;

  /** Author's display name. */
  author?: string;

  /** Author's handle, with or without the leading `@`. */
  handle?: string;

  /** Link to the author's profile. */
  authorHref?: string;

  /** Author's picture (http/https); initials are shown when missing or broken. */
  avatar?: string;

  /** Where it was posted: `twitter`, `x`, `bluesky`, `mastodon`, `threads`, `instagram`, `facebook` or `web`. */
  platform?: string;

  /** Link to the original post. */
  href?: string;

  /** When it was posted (ISO 8601). */
  datetime?: string;

  /** A short label about the author, such as "Fellow mom". */
  context?: string;

  /** Colour theme: `light`, `dark`, or `auto` (follows the host page, then the OS). */
  theme: Theme = 'auto';

  /** Overrides for built-in strings (see the README's strings table). */
  strings?: Partial<Strings>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    settleProperties(this, changed, { theme: themeRule });
  }

  /** The reply to show, from the property or else from attributes and text. */
  #currentReply(): Reply | undefined {
    const input = this.reply ?? replyFromFields(this, this.textContent);
    const parsed = parseReply(input);
    // Half-parsed markup is no problem yet: the LightDomController renders again once parsed.
    const report = this.#markup.settled || this.reply !== undefined ? parsed.problems.join('; ') : '';
    this.#warning.say(report && `${parsed.ok ? 'left out' : 'cannot show'}: ${report}`);
    return parsed.ok ? parsed.value : undefined;
  }

  /**
   * Writes the shadow DOM by hand (src/internal/dom.ts), as the story card does: the surface
   * and the slot are made once; the post (replyTemplate's) is built again only when it or its
   * labels changed.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const reply = this.#currentReply();
    // The element's own `lang` names the quote's language; labels follow the page around it.
    const lang = this.parentElement ? languageOf(this.parentElement) : languageOf(this);
    const fallback = (this.#fallback ??= h('div', {}, h('slot')));
    const surface = (this.#surface ??= this.renderRoot.appendChild(h('div', {}, fallback)));
    attr(surface, 'class', `surface ${this.#themeController.scheme}`);
    attr(surface, 'lang', lang);
    attr(surface, 'dir', directionOf(lang));
    const strings = stringsFor(lang, this.strings, storyStrings);
    // Every update parses a new object: the post is built again only when it or the labels it
    // shows changed, so a theme change keeps the figure (and a focused link in it).
    const built = reply && JSON.stringify([reply, lang, strings.postedOn, strings.viewOriginal]);
    if (built !== this.#built) {
      this.#built = built;
      this.#figure?.remove();
      this.#figure = reply && surface.insertBefore(replyTemplate(reply, { strings, lang }), fallback);
    }
    fallback.toggleAttribute('hidden', !!reply);
  }
}
