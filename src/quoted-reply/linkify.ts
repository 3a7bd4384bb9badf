import type { Platform } from '../story/schema.js';

/** A run of quoted text: plain, or a link (the href is checked again by `safeUrl` when rendered). */
export type TextPart = { text: string; href?: string };

// Web addresses, @mentions (incl. Bluesky's dotted handles and Mastodon's @user@server) and
// #hashtags. A mention or hashtag must not follow a word character, so e-mail addresses
// and "C#" stay text.
const tokenPattern =
  /(https?:\/\/[^\s<>"]+)|(?<![\w@/])@([a-z0-9_]+(?:[.-][a-z0-9_]+)*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)|(?<![\w&#/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/giu;

// Punctuation that ends a sentence rather than a URL: "see https://example.com/a.". Stripped by
// a loop from the end: `/[.,…]+$/` rescans a run of dots from each dot when a letter follows
// (O(n²) on "https://" and 20,000 dots).
const trailingPunctuation = `.,;:!?'")]}`;

// Characters that change how a URL reads but not where it goes: bidi controls (U+200E/F,
// U+061C, U+202A–E, U+2066–9) and every other format or default-ignorable character
// (zero-width space and joiners, soft hyphen, BOM, tag characters, Hangul fillers, variation
// selectors), and controls. A URL holding one stays text.
const invisible = /[\p{Cc}\p{Cf}\p{DI}]/u;

/**
 * The link for the URL `token`. It shows `token` as written when that starts with the scheme
 * and host the browser will go to and a `/`, else the URL as the browser reads it: the host a
 * reader sees is always the real one, in ASCII (`https://gооgle.com/x` with Cyrillic о shows
 * as `https://xn--ggle-55da.com/x`). Undefined, to leave it as text, for an invisible
 * character, a user name that reads as a host (`https://bank.example@evil.example/`) or no
 * valid URL.
 */
function urlLink(token: string): TextPart | undefined {
  try {
    const { protocol, host, href } = new URL(token);
    const origin = `${protocol}//${host}/`;
    // An http(s) `href` always has a `/` after the host: it starts otherwise only with a user name.
    return invisible.test(token) || !href.startsWith(origin) ? undefined : { text: token.startsWith(origin) ? token : href, href };
  } catch {
    return undefined;
  }
}

/** Where a mention or hashtag points on each network; missing means it stays text. */
function profileUrl(platform: Platform | undefined, handle: string, server?: string): string | undefined {
  const [user, remoteServer] = handle.split('@');
  const name = encodeURIComponent(user!);
  switch (platform) {
    case 'twitter':
    case 'x':
      return remoteServer ? undefined : `https://x.com/${name}`;
    case 'bluesky':
      return `https://bsky.app/profile/${encodeURIComponent(handle)}`;
    case 'mastodon': {
      const host = remoteServer ?? server;
      return host ? `https://${host}/@${name}` : undefined;
    }
    case 'threads':
      return `https://www.threads.net/@${name}`;
    case 'instagram':
      return `https://www.instagram.com/${name}/`;
    default:
      return undefined;
  }
}

function hashtagUrl(platform: Platform | undefined, tag: string, server?: string): string | undefined {
  const name = encodeURIComponent(tag);
  switch (platform) {
    case 'twitter':
    case 'x':
      return `https://x.com/hashtag/${name}`;
    case 'bluesky':
      return `https://bsky.app/hashtag/${name}`;
    case 'mastodon':
      return server ? `https://${server}/tags/${name}` : undefined;
    case 'instagram':
      return `https://www.instagram.com/explore/tags/${name}/`;
    default:
      return undefined;
  }
}

/**
 * Splits quoted text into text and links. `server` is the host of the post's own URL, which
 * Mastodon needs for local mentions and hashtags.
 */
export function linkify(text: string, platform?: Platform, server?: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (part: TextPart) => {
    const previous = parts[parts.length - 1];
    if (!part.href && previous && !previous.href) previous.text += part.text;
    else if (part.text) parts.push(part);
  };
  for (const match of text.matchAll(tokenPattern)) {
    const [whole, url, mention, hashtag] = match;
    const start = match.index!;
    let token = whole;
    let href: string | undefined;
    if (url) {
      let end = url.length;
      while (trailingPunctuation.includes(url[end - 1])) end--;
      token = url.slice(0, end);
    } else if (mention) {
      href = profileUrl(platform, mention, server);
    } else if (hashtag) {
      href = hashtagUrl(platform, hashtag, server);
    }
    push({ text: text.slice(last, start) });
    push((url && urlLink(token)) || (href ? { text: token, href } : { text: token }));
    last = start + token.length;
  }
  push({ text: text.slice(last) });
  return parts;
}
