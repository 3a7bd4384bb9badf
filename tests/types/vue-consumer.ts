// A Vue 3 app. vue-tsc checks a template tag against its GlobalComponents entry: attributes
// camelized (`heading-level="3"` as `headingLevel: '3'`), `@story-load` as the `onStoryLoad`
// prop (or else the `story-load` emit). This file checks those same lookups directly, so it
// needs no .vue compiler. Each `@ts-expect-error` names, in backticks, what the error must
// mention (scripts/check-types.mjs removes each one and checks that tsc then fails there).
import { useTemplateRef, type GlobalComponents } from 'vue';
import 'story-widgets';
import type { Reply, SignupSuccessEvent, Story } from 'story-widgets';
import type {} from 'story-widgets/types/vue';

type Tag = 'story-card' | 'quoted-reply' | 'newsletter-signup';
/** What vue-tsc checks a tag's attributes and `@event` handlers against. */
type TemplateProps<T extends Tag> = InstanceType<GlobalComponents[T]>['$props'];
/** What vue-tsc checks `@event` against when there is no `on…` prop. */
type TemplateEmit<T extends Tag> = InstanceType<GlobalComponents[T]>['$emit'];

const story: Story = {
  headline: 'When Serena Williams Missed Her Daughter’s First Steps',
  replies: [{ text: 'She is practicing so you can see the real ones.', author: { name: 'Chrissy Teigen' } }],
};
const reply: Reply = { text: 'Same here.', author: { name: 'A. Parent' } };

// <story-card :story="story" heading-level="3" :replies-limit="5" theme="dark" class="lead"
//   @story-load="event => …" @story-error="event => …">
export const card: TemplateProps<'story-card'> = {
  story,
  headingLevel: '3',
  repliesLimit: 5,
  theme: 'dark',
  class: ['lead', { wide: true }],
  onStoryLoad: event => console.log(event.detail.story.headline),
  onStoryError: event => console.warn(event.detail.reason),
};

// <quoted-reply author="Chrissy Teigen" platform="twitter" author-href="…"> and <quoted-reply :reply="reply">
export const quoted: TemplateProps<'quoted-reply'> = { author: 'Chrissy Teigen', platform: 'twitter', authorHref: 'https://x.com/chrissyteigen' };
export const quotedData: TemplateProps<'quoted-reply'> = { reply, strings: { viewOriginal: 'See the post' } };

// <newsletter-signup action="…" provider="mailchimp" name-field :min-fill-time="0" @signup-success="onSuccess">
export const signup: TemplateProps<'newsletter-signup'> = {
  action: 'https://news.example/subscribe',
  provider: 'mailchimp',
  nameField: true,
  minFillTime: 0,
  onSignupSuccess: (event: SignupSuccessEvent) => console.log(event.detail.status),
  onSignupSubmit: event => {
    if (event.detail.email.endsWith('@example.com')) event.preventDefault();
  },
};

// @signup-error, looked up as an emit.
declare const emit: TemplateEmit<'newsletter-signup'>;
declare const success: SignupSuccessEvent;
emit('signup-success', success);

// A template ref is the element itself.
export function useCard() {
  const element = useTemplateRef<InstanceType<GlobalComponents['story-card']>>('card');
  return () => element.value?.headingLevel;
}

// <story-card heading-levl="3">
export const misspelled: TemplateProps<'story-card'> = {
  // @ts-expect-error `headingLevl` is misspelled
  headingLevl: '3',
};
// <story-card theme="sepia">
export const wrongTheme: TemplateProps<'story-card'> = {
  // @ts-expect-error `"sepia"` is not a theme
  theme: 'sepia',
};
// <story-card heading-level="seven">
export const wrongLevel: TemplateProps<'story-card'> = {
  // @ts-expect-error `"seven"` is not a heading level
  headingLevel: 'seven',
};
// <newsletter-signup @signup-success="event => event.detail.sttus">
export const wrongDetail: TemplateProps<'newsletter-signup'> = {
  // @ts-expect-error `sttus` is not in the detail
  onSignupSuccess: event => console.log(event.detail.sttus),
};
// @signup-succes, looked up as an emit
// @ts-expect-error `"signup-succes"` is not an event of the element
emit('signup-succes', success);
