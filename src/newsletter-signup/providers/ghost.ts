import { errorOutcome, readJson, request } from './http.js';
import type { Provider } from './types.js';

/**
 * Ghost members (what Ghost's own signup form sends), with `action` the site URL:
 * `GET <site>/members/api/integrity-token/` (plain text), then
 * `POST <site>/members/api/send-magic-link/` JSON
 * `{email, emailType: 'subscribe', name?, labels?, integrityToken}`. Ghost emails a
 * confirmation link, so success is `pending`.
 */
export const ghostProvider: Provider = {
  async send({ email, name, tags }, { action, signal }) {
    const site = new URL(action);
    // One slash at the end, however many were written (a loop: /\/*$/ is quadratic on slashes).
    let end = site.pathname.length;
    while (site.pathname[end - 1] === '/') end--;
    site.pathname = `${site.pathname.slice(0, end)}/`;
    const base = site.origin + site.pathname;
    const tokenResponse = await request(`${base}members/api/integrity-token/`, { method: 'GET' }, signal);
    if (!(tokenResponse instanceof Response)) return tokenResponse;
    if (!tokenResponse.ok) return errorOutcome(tokenResponse, undefined);
    const integrityToken = (await tokenResponse.text().catch(() => '')).trim();
    const body = { email, emailType: 'subscribe', name, labels: tags.length ? tags : undefined, integrityToken };
    const response = await request(
      `${base}members/api/send-magic-link/`,
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      signal,
    );
    if (!(response instanceof Response)) return response;
    return response.ok ? { status: 'pending' } : errorOutcome(response, await readJson(response));
  },
};
