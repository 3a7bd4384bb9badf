/**
 * What a host can set on each element, independent of any framework: its HTML attributes
 * (kebab-case, as the element observes them), its rich properties (JavaScript only) and the
 * events it fires. The one list the React, Preact and Vue typings beside this file map from;
 * usable on its own for other hosts (lit-html, Solid, Svelte, a typed `setAttribute` helper).
 *
 * Types only: importing this module does nothing at runtime.
 */
import type { Strings } from '../internal/i18n.js';
import type { Theme } from '../internal/theme-controller.js';
import type { SignupErrorEvent, SignupProviderName, SignupSubmitEvent, SignupSuccessEvent } from '../newsletter-signup/events.js';
import type { StoryErrorEvent, StoryLoadEvent } from '../story-card/events.js';
import type { Platform, Reply, Story } from '../story/schema.js';

/** `heading-level`: the headline's level; the host page owns its outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * schema.org JSON-LD as publishers already publish it: an article (`NewsArticle`, `Article`,
 * `BlogPosting`, …) or a document whose `@graph` holds one. The card maps it onto a Story and
 * validates the result, so beyond the `@type` or `@graph` that marks it nothing is assumed.
 */
export type StoryJsonLd =
  | { readonly '@type': string | readonly string[]; readonly [key: string]: unknown }
  | { readonly '@graph': readonly unknown[]; readonly [key: string]: unknown };

/** `<story-card>`'s attributes. */
export interface StoryCardAttributes {
  /** URL of a Story document (JSON) to fetch, without credentials; relative URLs resolve against the page. */
  src?: string | undefined;
  /** `lazy` (default): fetch `src` when the card comes near the screen; `eager`: at once. */
  loading?: 'lazy' | 'eager' | undefined;
  /** Heading level of the headline, 1–6 (default 2). */
  'heading-level'?: HeadingLevel | undefined;
  /** How many replies show before "Show N more replies" (default 3). */
  'replies-limit'?: number | undefined;
  /** How many body paragraphs the excerpt shows when the story has no summary (default 2). */
  'excerpt-paragraphs'?: number | undefined;
  /** Milliseconds to wait for `src` before giving up (default 10000). */
  timeout?: number | undefined;
  /** Colour theme (default `auto`: follows the host page, then the OS). */
  theme?: Theme | undefined;
}

/** `<story-card>`'s rich properties: JavaScript only, never attributes. */
export interface StoryCardProperties {
  /** The story as data: a Story document or schema.org JSON-LD. Wins over inline JSON, `src` and markup. */
  story?: Story | StoryJsonLd | undefined;
  /** Overrides for built-in strings. */
  strings?: Partial<Strings> | undefined;
}

/** The events `<story-card>` fires (bubbling, composed). */
export interface StoryCardEvents {
  'story-load': StoryLoadEvent;
  'story-error': StoryErrorEvent;
}

/** `<quoted-reply>`'s attributes (the quoted text is its content). */
export interface QuotedReplyAttributes {
  /** Author's display name. */
  author?: string | undefined;
  /** Author's handle, with or without the leading `@`. */
  handle?: string | undefined;
  /** Link to the author's profile. */
  'author-href'?: string | undefined;
  /** Author's picture (http/https); initials are shown when missing or broken. */
  avatar?: string | undefined;
  /** Where it was posted. */
  platform?: Platform | undefined;
  /** Link to the original post. */
  href?: string | undefined;
  /** When it was posted (ISO 8601). */
  datetime?: string | undefined;
  /** A short label about the author, such as "Fellow mom". */
  context?: string | undefined;
  /** Colour theme (default `auto`). */
  theme?: Theme | undefined;
}

/** `<quoted-reply>`'s rich properties: JavaScript only, never attributes. */
export interface QuotedReplyProperties {
  /** The post as data; wins over the attributes. */
  reply?: Reply | undefined;
  /** Overrides for built-in strings. */
  strings?: Partial<Strings> | undefined;
}

/** `<quoted-reply>` fires no events of its own. */
export interface QuotedReplyEvents {}

/** `<newsletter-signup>`'s attributes. */
export interface NewsletterSignupAttributes {
  /** Where signups go: your endpoint, or the provider's URL. Defaults to your form's `action`. */
  action?: string | undefined;
  /** The adapter that builds the request and reads the answer (default `endpoint`). */
  provider?: SignupProviderName | undefined;
  /** Heading text (or use the `heading` slot). */
  heading?: string | undefined;
  /** Text under the heading (or use the `description` slot). */
  description?: string | undefined;
  /** Text of the button. */
  'button-label'?: string | undefined;
  /** Text shown when the signup succeeded, instead of the built-in one. */
  'success-message'?: string | undefined;
  /** Adds an optional name field. */
  'name-field'?: boolean | undefined;
  /** Text of a required consent checkbox (or use the `consent` slot). */
  consent?: string | undefined;
  /** Tags sent with each signup, comma separated. */
  tags?: string | undefined;
  /** Kit's public API key (`provider="kit"`); never the API secret. */
  'api-key'?: string | undefined;
  /** Name of the email field in form posts (`provider="form"`). */
  'email-field-name'?: string | undefined;
  /** Name of the name field in form posts (`provider="form"`). */
  'name-field-name'?: string | undefined;
  /** Milliseconds to wait for an answer before offering a retry (default 10000). */
  timeout?: number | undefined;
  /** A submission sooner than this (ms) after the box appeared is held until then, then sent; `0` turns the wait off (default 1500). */
  'min-fill-time'?: number | undefined;
  /** Name of the hidden honeypot field (default `sw-hp`). */
  honeypot?: string | undefined;
  /** Leaves the honeypot field out. */
  'no-honeypot'?: boolean | undefined;
  /** Never keeps a signup made offline in `localStorage`. */
  'no-offline-queue'?: boolean | undefined;
  /** Colour theme (default `auto`). */
  theme?: Theme | undefined;
}

/** `<newsletter-signup>`'s rich properties: JavaScript only, never attributes. */
export interface NewsletterSignupProperties {
  /** Overrides for built-in strings, e.g. `{ subscribe: 'Join' }`. */
  strings?: Partial<Strings> | undefined;
}

/** The events `<newsletter-signup>` fires (bubbling, composed). */
export interface NewsletterSignupEvents {
  'signup-submit': SignupSubmitEvent;
  'signup-success': SignupSuccessEvent;
  'signup-error': SignupErrorEvent;
}
