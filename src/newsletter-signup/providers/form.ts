import { errorOutcome, pick, readJson, request, statusOf } from './http.js';
import type { Outcome, Provider, Signup } from './types.js';

/**
 * POSTs `entries` form-encoded, as the provider's own embed form would. Cross-origin providers
 * rarely send CORS headers for their embed endpoints, so the request is `no-cors`: it still
 * goes out (a form post is a "simple" request), and an unreadable (opaque) answer counts as
 * `pending` — the reader is asked to check their inbox, which is right for double opt-in
 * and harmless otherwise. Same-origin answers are read as usual.
 */
export async function postForm(
  entries: [string, string][],
  action: string,
  signal: AbortSignal,
  okStatus: Outcome,
): Promise<Outcome> {
  const response = await request(action, { mode: 'no-cors', body: new URLSearchParams(entries) }, signal);
  if (!(response instanceof Response)) return response;
  if (response.type === 'opaque') return { status: 'pending' };
  const json = await readJson(response);
  if (response.ok) return statusOf(pick(json, 'status')) ?? okStatus;
  return errorOutcome(response, undefined);
}

/** The host form's fields when it wrote one, else ours under the given names. */
export function formEntries(signup: Signup, emailName: string, nameName: string, tagName: string): [string, string][] {
  if (signup.fields) return signup.fields;
  const entries: [string, string][] = [[emailName, signup.email]];
  if (signup.name) entries.push([nameName, signup.name]);
  if (signup.consent) entries.push(['consent', 'on']);
  for (const tag of signup.tags) entries.push([tagName, tag]);
  return entries;
}

/** A plain `application/x-www-form-urlencoded` POST to `action`, field names configurable. */
export const formProvider: Provider = {
  send(signup, { action, signal, emailFieldName, nameFieldName }) {
    const entries = formEntries(signup, emailFieldName || 'email', nameFieldName || 'name', 'tag');
    return postForm(entries, action, signal, { status: 'subscribed' });
  },
};
