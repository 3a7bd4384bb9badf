import { css } from '@lit/reactive-element';
import { h } from '../internal/dom.js';
import { format, type StoryStrings } from '../internal/i18n.js';
import { directionOf, formatDate } from '../internal/language-format.js';
import { safeUrl } from '../internal/safe-url.js';
import type { Platform, Reply } from '../story/schema.js';
import { linkify } from './linkify.js';

/** The network's name as people write it: each platform's id, capitalised (`x` → X). */
const platformName = (platform: Platform) => platform[0]!.toUpperCase() + platform.slice(1);

/** What a reply needs from the element showing it. */
export interface ReplyContext {
  strings: StoryStrings;
  /** The reader's language (dates, labels). */
  lang: string;
  /** Base for relative URLs: the document the reply came from. */
  base?: string | undefined;
}

export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map(word => [...word][0]!.toUpperCase()).join('');
}

/** A broken avatar hides itself and uncovers the initials beneath it (no re-render needed). */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

function hostOf(url: string | undefined): string | undefined {
  return url ? new URL(url).host : undefined;
}

const ugc = 'ugc nofollow noopener';

/**
 * One quoted post, as DOM. Shared by `<quoted-reply>` and `<story-card>`, which renders its
 * replies in its own shadow root rather than as nested elements: a hundred cards then cost a
 * hundred shadow roots, not four hundred.
 *
 * Built by hand rather than as a Lit template: a post is static once shown, and a template's
 * dozen bindings per post (each with its comment marker, part object and nested template
 * instance) made the card cost three times the nodes and memory of hand-written DOM. Each
 * call builds a new element: the elements keep what they built while it still applies (a
 * cache here held an entry per post on the page, ~0.6 KB each at a hundred cards).
 */
export function replyTemplate(reply: Reply, { strings, lang, base }: ReplyContext): HTMLElement {
  const { author, platform } = reply;
  // A post is a web page, never mailto: (which would also be no `cite`): http(s) only, as for media.
  const postUrl = safeUrl(reply.url, 'media', base);
  const authorUrl = safeUrl(author.url, 'link', base);
  const avatar = safeUrl(author.avatar, 'media', base);
  const date = formatDate(reply.published, lang);
  const handle = author.handle && (author.handle.startsWith('@') ? author.handle : `@${author.handle}`);
  const shownPlatform = platform && platformName(platform);
  const quote = linkify(reply.text, platform, hostOf(postUrl)).map(part => {
    const href = part.href && safeUrl(part.href, 'link');
    // dir="auto": a link reads in its own direction (a URL left to right) inside a right-to-left quote.
    return href ? h('a', { href, dir: 'auto', rel: ugc }, part.text) : part.text;
  });
  let image: HTMLElement | undefined;
  if (avatar) {
    // loading before src: an image whose src comes first starts loading at once, even while
    // the reply is not on the page yet.
    image = h('img', { loading: 'lazy', decoding: 'async', alt: '', width: '40', height: '40', src: avatar });
    image.addEventListener('error', hideBrokenImage);
  }
  const dateText = date && h('time', { datetime: reply.published }, date);

  return h(
    'figure',
    { class: 'reply', part: 'reply', 'aria-label': author.name },
    h(
      'figcaption',
      { class: 'reply-author' },
      h('span', { class: 'avatar', part: 'avatar', 'aria-hidden': 'true' }, h('span', { class: 'initials' }, initials(author.name)), image),
      ' ',
      h(
        'span',
        { class: 'who' },
        authorUrl ? h('a', { class: 'name', href: authorUrl, rel: ugc }, author.name) : h('span', { class: 'name' }, author.name),
        ' ',
        handle && h('span', { class: 'handle' }, handle),
        ' ',
        reply.context && h('span', { class: 'context', part: 'context' }, reply.context),
      ),
    ),
    h(
      'blockquote',
      { class: 'quote', part: 'quote', cite: postUrl, lang: reply.lang, dir: reply.lang ? directionOf(reply.lang) : 'auto' },
      h('p', {}, ...quote),
    ),
    (shownPlatform || date || postUrl) &&
      h(
        'p',
        { class: 'reply-meta' },
        shownPlatform &&
          h(
            'span',
            { class: 'platform', part: 'platform' },
            h('span', { class: 'visually-hidden' }, format(strings.postedOn, { platform: shownPlatform })),
            h('span', { 'aria-hidden': 'true' }, shownPlatform),
          ),
        shownPlatform && (date || postUrl) && ' ',
        postUrl
          ? h(
              'a',
              { class: 'permalink', href: postUrl, rel: ugc },
              dateText || strings.viewOriginal,
              dateText && h('span', { class: 'visually-hidden' }, ` — ${strings.viewOriginal}`),
            )
          : dateText,
      ),
  );
}

/** Styles for `replyTemplate`, included by every element that renders replies. */
export const replyStyles = css`
  .reply {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
  }
  .reply-author {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.625);
    min-inline-size: 0;
  }
  .avatar {
    position: relative;
    flex: none;
    /* In em (40 px at 14 px): initials grow with the text and stay inside the circle at 200 %. */
    inline-size: 2.86em;
    block-size: 2.86em;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_subtle);
    color: var(--_muted);
    display: grid;
    place-items: center;
    font-size: 0.875em;
    font-weight: 600;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    min-inline-size: 0;
  }
  /* Long unbroken names, handles and quotes wrap: overflow-wrap: anywhere is inherited from
     .surface (shared-styles.ts). */
  .name {
    font-weight: 600;
  }
  a.name {
    color: inherit;
  }
  .handle,
  .reply-meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .context {
    font-size: 0.75em;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_text);
  }
  .quote {
    margin: 0;
  }
  .quote p {
    margin: 0;
    white-space: pre-line;
  }
  /* Quoted text is untrusted: bidi controls or right-to-left words around a link must not
     reorder the address it shows. */
  .quote a {
    unicode-bidi: isolate;
  }
  .reply-meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* After the platform comes the permalink or the date; the dot is not read out. */
  .platform + *::before {
    content: '·' / '';
    display: inline-block;
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  .permalink {
    color: inherit;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
`;
