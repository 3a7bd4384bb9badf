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

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;
// What the URL parser itself ignores: leading/trailing C0 controls and spaces, and any
// tab or newline anywhere. Matching its view of the scheme is what makes disguises fail.
const ignoredByUrlParser = /[\t\n\r]/g;
const leadingOrTrailingControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

export function safeUrl(value: unknown, use: UrlUse = 'link', base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(ignoredByUrlParser, '').replace(leadingOrTrailingControls, '');
  if (!cleaned) return undefined;
  const scheme = schemePattern.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined && !/^(\/|\.\.?\/)/.test(cleaned)) return undefined;
  try {
    const url = new URL(cleaned, base ?? document.baseURI);
    const allowed = url.protocol === 'http:' || url.protocol === 'https:' || (use === 'link' && url.protocol === 'mailto:');
    return allowed ? url.href : undefined;
  } catch {
    return undefined;
  }
}
