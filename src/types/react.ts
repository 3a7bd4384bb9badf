/**
 * JSX types for React 19: `<story-card>`, `<quoted-reply>` and `<newsletter-signup>` in
 * `React.JSX.IntrinsicElements`. Opt in with `import type {} from 'story-widgets/types/react'`
 * (types only: this module does nothing at runtime, and nobody else gets React's types).
 *
 * What React 19 does with a custom element's props, and so what is typed here:
 * - `on` + the event's own name (`onstory-load`, `onsignup-success`) adds a listener for that
 *   event (`addEventListener('story-load', …)`); the handler gets the kit's event class.
 * - A prop the element has as a property (`story`, `strings`, `theme`) is set as that property,
 *   anything else (`heading-level`, `name-field`) as an attribute: `true` sets it empty, `false`
 *   removes it. Register the elements before React renders them, or the rich properties arrive
 *   as attributes (`story="[object Object]"`) on an element that does not know them yet.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
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

/** `onstory-load`: React 19 listens for `story-load` on the element itself. */
export type ReactEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: ((event: Events[Name]) => void) | undefined;
};

/** React's own props for any element (`ref`, `key`, `children`, `className`, `style`, `id`, `slot`, …) plus the element's. */
export type ReactElementProps<Element extends HTMLElement, Attributes, Properties, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Attributes | keyof Properties
> &
  Attributes &
  Properties &
  ReactEventProps<Events>;

export type StoryCardReactProps = ReactElementProps<StoryCard, StoryCardAttributes, StoryCardProperties, StoryCardEvents>;
export type QuotedReplyReactProps = ReactElementProps<QuotedReply, QuotedReplyAttributes, QuotedReplyProperties, QuotedReplyEvents>;
export type NewsletterSignupReactProps = ReactElementProps<
  NewsletterSignup,
  NewsletterSignupAttributes,
  NewsletterSignupProperties,
  NewsletterSignupEvents
>;

// A module augmentation: React's JSX types can only be extended through its namespace.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'story-card': StoryCardReactProps;
      'quoted-reply': QuotedReplyReactProps;
      'newsletter-signup': NewsletterSignupReactProps;
    }
  }
}
