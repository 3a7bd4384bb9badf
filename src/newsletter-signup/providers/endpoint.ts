import { honeypotField, type SubscribeRequest } from '../../contract/subscribe.js';
import { errorOutcome, pick, readJson, request, statusOf } from './http.js';
import type { Provider } from './types.js';

/**
 * Our own contract, src/contract/subscribe.ts (the reference server in `server/` imports it
 * too): POST JSON `SubscribeRequest`; `200`/`201` `{status}`; `4xx` `{error: {code, message}}`;
 * `429` with `Retry-After`; `5xx`.
 */
export const endpointProvider: Provider = {
  async send({ email, name, consent, source, tags, honeypot }, { action, signal }) {
    const body: SubscribeRequest = {
      email,
      name,
      consent,
      source,
      tags: tags.length ? tags : undefined,
      [honeypotField]: honeypot || undefined,
    };
    const response = await request(
      action,
      { headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) },
      signal,
    );
    if (!(response instanceof Response)) return response;
    const json = await readJson(response);
    if (response.ok) return statusOf(pick(json, 'status')) ?? { error: 'server' };
    return errorOutcome(response, pick(pick(json, 'error'), 'code'));
  },
};
