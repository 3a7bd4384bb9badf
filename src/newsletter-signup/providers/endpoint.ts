import { errorOutcome, pick, readJson, request, statusOf } from './http.js';
import type { Provider } from './types.js';

/**
 * Our own contract (the reference server in `server/`): POST JSON
 * `{email, name?, consent?, source, tags?}`; `200`/`201` `{status}`; `400`/`422`
 * `{error: {code, message}}`; `429` with `Retry-After`; `5xx`.
 */
export const endpointProvider: Provider = {
  async send({ email, name, consent, source, tags }, { action, signal }) {
    const body = { email, name, consent, source, tags: tags.length ? tags : undefined };
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
