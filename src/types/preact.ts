/**
 * JSX types for Preact 10: `<story-card>`, `<quoted-reply>` and `<newsletter-signup>` in
 * `preact.JSX.IntrinsicElements`. Opt in with `import type {} from 'story-widgets/types/preact'`
 * (types only: this module does nothing at runtime, and nobody else gets Preact's types).
 *
 * What Preact does with a custom element's props, and so what is typed here:
 * - `on` + the event's own name (`onstory-load`, `onsignup-success`) adds a listener for that
 *   event; the handler gets the kit's event class.
 * - A prop the element has as a property (`story`, `strings`, `theme`) is set as that property,
 *   anything else (`heading-level`) as an attribute. Register the elements before Preact renders
 *   them, or the rich properties arrive as attributes on an element that does not know them yet.
 * - `false` removes an attribute, except one whose fifth character is `-` (Preact keeps
 *   `aria-…`/`data-…` as "false"): `name-field={false}` would write `name-field="false"`,
 *   which turns the name field on. So `name-field` takes `true` only; leave it out for off.
 */
import type { HTMLAttributes, JSX } from 'preact';
import type { NewsletterSignup } from '../newsletter-signup/newsletter-signup.js';
import type { QuotedReply } from '../quoted-reply/quoted-reply.js';
import type { StoryCard } from '../story-card/story-card.js';
import type {
  NewsletterSignupAttributes,
  NewsletterSignupEvents,
  NewsletterSignupProperties,
  QuotedReplyAttributes,
  QuotedReplyEvents,
  QuotedReplyProperties,
  StoryCardAttributes,
  StoryCardEvents,
  StoryCardProperties,
} from './attributes.js';

/** Each value may also be a signal (`@preact/signals`), as in Preact's own element types. */
type Signalish<Props> = { [Name in keyof Props]: JSX.Signalish<Props[Name]> };

/** `onstory-load`: Preact listens for `story-load` on the element itself. */
export type PreactEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: ((event: Events[Name]) => void) | undefined;
};

/** Preact's own props for any element (`ref`, `key`, `children`, `class`, `style`, `id`, `slot`, …) plus the element's. */
export type PreactElementProps<Element extends HTMLElement, Attributes, Properties, Events> = Omit<
  HTMLAttributes<Element>,
  keyof Attributes | keyof Properties
> &
  Signalish<Attributes & Properties> &
  PreactEventProps<Events>;

/** `name-field={false}` would switch the field on in Preact (see above): `true` or nothing. */
type NewsletterSignupPreactAttributes = Omit<NewsletterSignupAttributes, 'name-field'> & {
  /** Adds an optional name field. Leave the attribute out for none. */
  'name-field'?: true | undefined;
};

export type StoryCardPreactProps = PreactElementProps<StoryCard, StoryCardAttributes, StoryCardProperties, StoryCardEvents>;
export type QuotedReplyPreactProps = PreactElementProps<QuotedReply, QuotedReplyAttributes, QuotedReplyProperties, QuotedReplyEvents>;
export type NewsletterSignupPreactProps = PreactElementProps<
  NewsletterSignup,
  NewsletterSignupPreactAttributes,
  NewsletterSignupProperties,
  NewsletterSignupEvents
>;

// A module augmentation: Preact's JSX types can only be extended through its namespace.
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'story-card': StoryCardPreactProps;
      'quoted-reply': QuotedReplyPreactProps;
      'newsletter-signup': NewsletterSignupPreactProps;
    }
  }
}
