// A page's own TypeScript, no framework: tags, properties and events typed with no casts.
// Each `@ts-expect-error` names, in backticks, what the error must mention
// (scripts/check-types.mjs removes each one and checks that tsc then fails there).
import 'story-widgets';
import type { NewsletterSignup, QuotedReply, SignupStatus, Story, StoryCard, StoryErrorReason } from 'story-widgets';
import type { NewsletterSignupAttributes, StoryCardAttributes } from 'story-widgets/types/attributes';

const story: Story = {
  headline: 'When Serena Williams Missed Her Daughter’s First Steps',
  url: 'https://news.example/serena',
  image: { src: 'https://news.example/cover.jpg', alt: 'Serena Williams on court' },
  replies: [{ text: 'She is practicing so you can see the real ones.', author: { name: 'Chrissy Teigen' }, platform: 'twitter' }],
};

// createElement and querySelector know the tags.
const card: StoryCard = document.createElement('story-card');
const reply: QuotedReply | null = document.querySelector('quoted-reply');
const signup: NewsletterSignup | null = document.querySelector('newsletter-signup');

card.story = story;
card.headingLevel = 3;
card.theme = 'dark';
card.strings = { readFullStory: 'Keep reading' };
// @ts-expect-error `"sepia"` is not a theme
card.theme = 'sepia';
// @ts-expect-error `headingLevl` is misspelled
card.headingLevl = 3;

if (reply) reply.reply = story.replies?.[0];
if (signup) {
  signup.provider = 'buttondown';
  signup.nameField = true;
  // @ts-expect-error `"mailchimps"` is not a provider
  signup.provider = 'mailchimps';
}

// Events are typed on the element and wherever they bubble to.
card.addEventListener('story-load', event => {
  const headline: string = event.detail.story.headline;
  console.log(headline);
});
card.addEventListener('story-error', event => {
  const reason: StoryErrorReason = event.detail.reason;
  console.log(reason, event.detail.message);
});
document.addEventListener('signup-success', event => {
  const status: SignupStatus = event.detail.status;
  console.log(status, event.detail.email);
});
addEventListener('signup-submit', event => {
  if (event.detail.email.endsWith('@example.com')) event.preventDefault();
});
document.addEventListener('signup-error', event => {
  // @ts-expect-error `sttus` is not in the detail
  console.log(event.detail.sttus);
});

// Attributes, from the kit's one attribute list.
function setAttributes(element: Element, attributes: StoryCardAttributes | NewsletterSignupAttributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}
setAttributes(card, { 'heading-level': 2, 'replies-limit': 5, theme: 'auto', src: '/stories/serena.json' });
setAttributes(card, {
  // @ts-expect-error `heading-levl` is misspelled
  'heading-levl': 2,
});
setAttributes(card, {
  // @ts-expect-error `7` is not a heading level
  'heading-level': 7,
});
if (signup) setAttributes(signup, { 'name-field': true, 'button-label': 'Join', 'min-fill-time': 0 });
