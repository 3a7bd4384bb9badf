import { errorOutcome, pick, readJson, request } from './http.js';
import type { Provider } from './types.js';

/**
 * Kit (ConvertKit) v3 public form subscribe:
 * `POST https://api.convertkit.com/v3/forms/<form_id>/subscribe` with JSON
 * `{api_key, email, first_name?, tags?}` (the public API key, never the secret). Kit answers
 * `{subscription: {state}}`: `active` is subscribed, anything else waits for confirmation.
 */
export const kitProvider: Provider = {
  async send({ email, name, tags }, { action, signal, apiKey }) {
    const tagIds = tags.map(Number).filter(Number.isInteger);
    const body = { api_key: apiKey, email, first_name: name, tags: tagIds.length ? tagIds : undefined };
    const response = await request(
      action,
      { headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' }, body: JSON.stringify(body) },
      signal,
    );
    if (!(response instanceof Response)) return response;
    const json = await readJson(response);
    if (!response.ok) return errorOutcome(response, json);
    const state = pick(pick(json, 'subscription'), 'state');
    if (typeof state !== 'string') return { error: 'server' };
    return { status: state === 'active' ? 'subscribed' : 'pending' };
  },
};
