/**
 * Reads one reply out of markup: `<quoted-reply>`'s attributes and text, upgraded or not.
 * Its own module because both elements need it, while the card's whole-story reader
 * (from-markup.ts) loads only when a page has a card written as markup.
 */

export const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * A URL the page author wrote in an attribute, resolved against the document's base as the
 * browser resolves `href` (`avatar="me.jpg"`); the URL gate still decides what may be used.
 */
function resolved(text: string | null | undefined): string | undefined {
  const url = squash(text);
  try {
    return url && new URL(url, document.baseURI).href;
  } catch {
    return url; // not a URL at all: the gate refuses it and names it
  }
}

/** The markup names of a reply's fields: `<quoted-reply>`'s attributes (and properties). */
export interface ReplyFields {
  author?: string | null | undefined;
  handle?: string | null | undefined;
  authorHref?: string | null | undefined;
  avatar?: string | null | undefined;
  platform?: string | null | undefined;
  href?: string | null | undefined;
  datetime?: string | null | undefined;
  context?: string | null | undefined;
  lang?: string | null | undefined;
}

/** A reply from `<quoted-reply>` fields and its text. */
export function replyFromFields(fields: ReplyFields, text: string | null): Record<string, unknown> {
  return {
    text: squash(text),
    author: {
      name: squash(fields.author),
      handle: squash(fields.handle),
      url: resolved(fields.authorHref),
      avatar: resolved(fields.avatar),
    },
    platform: squash(fields.platform),
    url: resolved(fields.href),
    published: squash(fields.datetime),
    context: squash(fields.context),
    lang: squash(fields.lang),
  };
}

/** A reply from `<quoted-reply author=… href=…>text</quoted-reply>` markup, upgraded or not. */
export function replyFromElement(element: Element): Record<string, unknown> {
  const attribute = (name: string) => element.getAttribute(name);
  return replyFromFields(
    {
      author: attribute('author'),
      handle: attribute('handle'),
      authorHref: attribute('author-href'),
      avatar: attribute('avatar'),
      platform: attribute('platform'),
      href: attribute('href'),
      datetime: attribute('datetime'),
      context: attribute('context'),
      lang: attribute('lang'),
    },
    element.textContent,
  );
}
