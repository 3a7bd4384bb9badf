/**
 * The kit's one Trusted Types policy, `story-widgets`. Its only use is Mailchimp's JSONP: the
 * provider loads the answer as a `<script src>`, a Trusted Types sink. Nothing else the kit
 * does is one: the elements build their DOM with `createElement` and text nodes (dom.ts), never
 * from markup, so a page that enforces Trusted Types needs no policy for them, and a host's own
 * Lit keeps its `lit-html` policy to itself.
 *
 * Created on first use, so a page that never subscribes through Mailchimp never asks for it
 * (and its CSP never reports a refusal). A page whose `trusted-types` list refuses the name
 * gets a clear error from the provider, never an exception (providers/mailchimp.ts).
 */

type Policy = { createScriptURL(url: string): unknown };
type Factory = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): Policy };

// `null` once asked for and refused; `undefined` until first asked (or without Trusted Types).
let policy: Policy | null | undefined;

/** True for Mailchimp's own https form hosts (`<account>.<dc>.list-manage.com`). */
export function isMailchimpUrl(url: URL): boolean {
  return url.protocol === 'https:' && /(^|\.)list-manage\.com$/i.test(url.hostname);
}

// The only script the kit ever loads by URL is a Mailchimp JSONP answer: an https
// `*.list-manage.com/…/subscribe/post-json` address (or an http(s) one on the page's own
// origin, where a host may proxy it). Nothing else becomes a script through this policy,
// whoever calls it: the function is reachable from cdn/core.js's exports. An opaque origin
// (a sandboxed frame's, "null") matches nothing: `data:` URLs have that origin too. A URL that
// does not parse throws.
export function scriptUrlRule(url: string, pageOrigin = location.origin): string {
  const parsed = new URL(url);
  const sameOrigin = /^https?:$/.test(parsed.protocol) && pageOrigin != 'null' && parsed.origin == pageOrigin;
  return (isMailchimpUrl(parsed) || sameOrigin) && parsed.pathname.endsWith('/subscribe/post-json') ? url : '';
}

/**
 * A script URL the page's Trusted Types accept (only Mailchimp's); the plain string without
 * Trusted Types. Throws a TypeError when the page refuses the `story-widgets` policy.
 */
export function trustedScriptUrl(url: string): unknown {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('story-widgets', { createScriptURL: url => scriptUrlRule(url) });
    } catch {
      policy = null; // refused by the page's `trusted-types` list (or the name is taken)
    }
  }
  if (!policy) throw new TypeError('the Trusted Types policy "story-widgets" was refused');
  return policy.createScriptURL(url);
}
