/**
 * Template types for Vue 3: `<story-card>`, `<quoted-reply>` and `<newsletter-signup>` in
 * Vue's `GlobalComponents`, the shape Vue's guide gives for custom elements not built with Vue
 * ("Non-Vue Web Components and TypeScript"), read by `vue-tsc` and Vue's editor tooling. Opt in
 * with `import type {} from 'story-widgets/types/vue'` (types only: this module does nothing
 * at runtime, and nobody else gets Vue's types).
 *
 * How Vue's template checker reads them: an attribute is looked up camelized
 * (`heading-level="2"` as `headingLevel`), `@story-load` as the `onStoryLoad` prop or the
 * `story-load` emit. At runtime Vue sets a prop the element has as a property (`:story`,
 * `:strings`, `:nameField`) as that property and anything else as an attribute; `@story-load`
 * listens for `story-load`. Two consequences worth knowing:
 * - bind booleans camelized (`:nameField="on"`) or write the bare attribute (`name-field`):
 *   `:name-field="false"` writes `name-field="false"`, which is on;
 * - register the elements before Vue mounts them (and tell Vue they are custom elements with
 *   `compilerOptions.isCustomElement`), or rich properties arrive as attributes.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
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

/** `heading-level` → `headingLevel`, as Vue camelizes names. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** A template attribute is text (`heading-level="2"`) or bound (`:heading-level="2"`): numbers take both. */
type AttributeValue<Value> = Value extends number ? Value | `${Value}` : Value;

/** The attributes as Vue's template checker looks them up: camelized. */
export type VueAttributeProps<Attributes> = {
  [Name in keyof Attributes & string as CamelCase<Name>]?: AttributeValue<Attributes[Name]>;
};

/** `@story-load="…"`, checked as the `onStoryLoad` prop. */
export type VueEventProps<Events> = {
  [Name in keyof Events & string as `on${Capitalize<CamelCase<Name>>}`]?: ((event: Events[Name]) => void) | undefined;
};

/** `@story-load="…"`, checked as the `story-load` emit. */
export type VueEmit<Events> = EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;

/** A custom element as a Vue component type: the element itself, plus template-only `$props` and `$emit`. */
export type VueCustomElement<Element extends HTMLElement, Attributes, Properties, Events> = new () => Element & {
  /** @deprecated Template type-checking only: there is no `$props` on the element. */
  $props: Omit<HTMLAttributes, keyof VueAttributeProps<Attributes> | keyof Properties> &
    VueAttributeProps<Attributes> &
    Properties &
    VueEventProps<Events> &
    PublicProps;
  /** @deprecated Template type-checking only: there is no `$emit` on the element. */
  $emit: VueEmit<Events>;
};

export type StoryCardVueComponent = VueCustomElement<StoryCard, StoryCardAttributes, StoryCardProperties, StoryCardEvents>;
export type QuotedReplyVueComponent = VueCustomElement<QuotedReply, QuotedReplyAttributes, QuotedReplyProperties, QuotedReplyEvents>;
export type NewsletterSignupVueComponent = VueCustomElement<
  NewsletterSignup,
  NewsletterSignupAttributes,
  NewsletterSignupProperties,
  NewsletterSignupEvents
>;

declare module 'vue' {
  interface GlobalComponents {
    'story-card': StoryCardVueComponent;
    'quoted-reply': QuotedReplyVueComponent;
    'newsletter-signup': NewsletterSignupVueComponent;
  }
}
