/**
 * The built-in strings: English, in two sets so each element carries only its own (the story
 * card with its quoted replies, and the signup box). Other languages are modules of their own
 * (src/locales/), loaded when an element first needs them (on-demand.ts). `{name}`
 * placeholders are filled by `format()`.
 * Brand names (Bluesky, Mastodon…) are not translated. Hosts override any string per
 * element (`strings` property) or per language (`registerStrings()`).
 */
export const storyStrings = {
  // <story-card>
  readFullStory: 'Read the full story',
  showMoreReplies: 'Show {count} more replies',
  showOneMoreReply: 'Show 1 more reply',
  showFewerReplies: 'Show fewer replies',
  replies: 'Replies',
  byline: 'By {name}',
  updated: 'Updated {date}',
  hatTip: 'H/T',
  imageCredit: 'Image: {credit}',
  storyUnavailable: 'Story unavailable',
  // <quoted-reply>
  postedOn: 'Posted on {platform}',
  viewOriginal: 'View the original post',
};

export const signupStrings = {
  // <newsletter-signup>
  emailLabel: 'Email address',
  nameLabel: 'Name',
  subscribe: 'Subscribe',
  submitting: 'Subscribing…',
  subscribed: 'Thanks! You’re subscribed.',
  pending: 'Almost done: check your inbox to confirm your subscription.',
  already: 'You’re already subscribed. Thanks!',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  consentMissing: 'Tick the box to agree before subscribing.',
  network: 'We couldn’t reach the server. Check your connection and try again.',
  queued: 'You’re offline. Your signup is saved and will be sent when you’re back online.',
  timeout: 'The server took too long to answer. Please try again.',
  rateLimited: 'Too many attempts. Please try again in {seconds} seconds.',
  rateLimitedShort: 'Too many attempts. Please try again in a moment.',
  server: 'Something went wrong on our side. Please try again.',
  rejected: 'This email address couldn’t be subscribed. Check it and try again.',
  honeypot: 'Leave this field empty',
};

export type StoryStrings = typeof storyStrings;
export type SignupStrings = typeof signupStrings;
export type Strings = StoryStrings & SignupStrings;

/**
 * Every string, for the docs and tests. Marked pure so a bundle that does not use it drops it
 * (a spread here would keep both sets in every element).
 */
export const english: Strings = /* @__PURE__ */ Object.assign({}, storyStrings, signupStrings);
export type StringKey = keyof Strings;

/** Languages the kit ships as modules of their own (src/locales/data/<lang>.ts). */
export const loadableLanguages = ['es', 'fr', 'de', 'ar', 'ja'];
