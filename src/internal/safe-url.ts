/**
 * The one gate between untrusted data and `href`/`src`. Lit escapes text but does not check
 * URLs, so every URL that reaches the DOM comes through here.
 *
 * Accepted: absolute `http:`/`https:` URLs (and `mailto:` for links), or paths starting with
 * `/`, `./` or `../`, resolved against `base`. Everything else — `javascript:` in any disguise
 * (mixed case, tabs, newlines, leading spaces or control characters), `data:`, `vbscript:`,
 * entity-encoded text, bare words — is refused and the caller shows plain text instead.
 */

export type UrlUse = 'link' | 'media';

// A scheme (checked after parsing), or a path from the base: `/`, `./` or `../`.
const absoluteOrPath = /^([a-z][a-z0-9+.-]*:|\.{0,2}\/)/i;
// What the URL parser itself ignores anywhere: tabs and newlines. Matching its view of the
// scheme is what makes disguises fail.
const ignoredByUrlParser = /[\t\n\r]/g;

/**
 * A URL a page author wrote in an attribute (`src`, a form's `action`, `<quoted-reply href>`):
 * resolved against the document's base as the browser resolves `href`, so `story.json` works
 * as it does in a link, then through the same http(s) gate. Data keeps `safeUrl`'s rules.
 */
export const authorUrl = (value: unknown, use: UrlUse = 'media') => safeUrl(value, use, undefined, true);

/** `relative`: any relative reference resolves (authorUrl); data may only use `/`, `./`, `../`. */
export function safeUrl(value: unknown, use: UrlUse = 'link', base?: string, relative?: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  // `trim()`, not `/[\u0000-\u0020]+$/`: a regex anchored only at the end rescans a run of
  // spaces from each of its characters when something follows the run (O(n²): seconds for a
  // long URL, paid again at every render). A control character left at the start (never in
  // a real URL) fails the scheme check below; one at the end the URL parser drops itself.
  const cleaned = value.replace(ignoredByUrlParser, '').trim();
  if (relative ? !cleaned : !absoluteOrPath.test(cleaned)) return undefined;
  try {
    const url = new URL(cleaned, base ?? document.baseURI);
    const allowed = url.protocol === 'http:' || url.protocol === 'https:' || (use === 'link' && url.protocol === 'mailto:');
    return allowed ? url.href : undefined;
  } catch {
    return undefined;
  }
}
