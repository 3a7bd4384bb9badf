/**
 * The kit's one Trusted Types policy, `story-widgets`, shared by everything one copy of the
 * kit does: the CDN builds' Lit turns its templates into HTML with it (scripts/one-lit-policy.ts
 * makes the bundled lit-html call `kitPolicy()` instead of creating `lit-html`), and the
 * Mailchimp provider turns its JSONP address into a script URL with it.
 *
 * Our own name, so a host whose own Lit already holds `lit-html` keeps it and we still run:
 * a host adds `story-widgets` to its `trusted-types` directive. When the page's list refuses
 * that name, the policy falls back to `lit-html` (a page that runs no other Lit and allows
 * only Lit's usual name); when both are refused, `policyRefused()` says so and the elements
 * stay undefined (define-element.ts), leaving the host's markup, instead of throwing.
 */

type Rules = { createHTML(html: string): string; createScriptURL(url: string): string };
type Policy = { createHTML(html: string): unknown; createScriptURL(url: string): unknown };
type Factory = { createPolicy(name: string, rules: Rules): Policy };

// `null` once tried and refused; `undefined` until first asked (or without Trusted Types).
let policy: Policy | null | undefined;

const rules: Rules = {
  // Lit's templates: static strings written in this repository, never data (as Lit's own policy).
  createHTML: html => html,
  // The only script the kit ever loads by URL is a Mailchimp JSONP answer: an https
  // `*.list-manage.com/…/subscribe/post-json` address (or one on the page's own origin, where a
  // host may proxy it). Nothing else becomes a script through this policy, whoever calls it:
  // the function is reachable from cdn/core.js's exports. A URL that does not parse throws.
  createScriptURL: url => {
    const parsed = new URL(url);
    return (isMailchimpUrl(parsed) || parsed.origin == location.origin) && parsed.pathname.endsWith('/subscribe/post-json') ? url : '';
  },
};

/** True for Mailchimp's own https form hosts (`<account>.<dc>.list-manage.com`). */
export function isMailchimpUrl(url: URL): boolean {
  return url.protocol === 'https:' && /(^|\.)list-manage\.com$/i.test(url.hostname);
}

/** The policy, created on first use; undefined without Trusted Types or when the page refuses it. */
export function kitPolicy(): Policy | undefined {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (policy === undefined && factory) {
    policy = null;
    for (const name of ['story-widgets', 'lit-html']) {
      try {
        policy = factory.createPolicy(name, rules);
        break;
      } catch {
        // refused by the page's `trusted-types` list, or the name is taken: try the next
      }
    }
  }
  return policy ?? undefined;
}

/** True when the page enforces Trusted Types and refused both names. */
export const policyRefused = () => policy === null;

/** A script URL the page's Trusted Types accept (only Mailchimp's); the plain string without them. */
export function trustedScriptUrl(url: string): unknown {
  const trusted = kitPolicy();
  if (policy === null) throw new TypeError('the Trusted Types policy "story-widgets" was refused');
  return trusted ? trusted.createScriptURL(url) : url;
}
