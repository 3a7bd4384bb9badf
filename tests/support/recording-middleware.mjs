// @ts-check
/**
 * A recording server for provider contract tests, as Koa middleware on Web Test Runner's dev
 * server (so it runs on the same local host as the tests and nothing leaves the machine).
 *
 * Everything under `/__rec/<id>/` belongs to one test (`<id>` is any [\w-]+ the test picks):
 *   POST /__rec/<id>/_script   JSON: one scripted answer, or an array answered in order (the
 *                              last one repeats). Fields, all optional:
 *                              { status = 200, headers = {}, body = {status:'subscribed'}
 *                                (object → JSON, string → text), delayMs = 0,
 *                                jsonp = false (wrap body in the `c` callback, as Mailchimp),
 *                                destroy = false (cut the connection: no response at all),
 *                                cors = true (false: no CORS headers, the answer is unreadable
 *                                cross-origin) }
 *   GET  /__rec/<id>/_log      JSON array of the requests recorded so far:
 *                              { method, path (after /__rec/<id>), query (array of [key, value]
 *                                in order), contentType, body (text) }
 *   anything else              recorded, then answered with the next scripted answer.
 * CORS preflights (OPTIONS) are answered, not recorded.
 */

/** @type {Map<string, { log: object[], script: any[] }>} */
const sessions = new Map();

/** @param {string} id */
function session(id) {
  let s = sessions.get(id);
  if (!s) sessions.set(id, (s = { log: [], script: [] }));
  return s;
}

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** @param {any} ctx */
function allowCors(ctx) {
  ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
  ctx.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  ctx.set('Access-Control-Allow-Headers', 'Content-Type, Accept');
  ctx.set('Access-Control-Expose-Headers', 'Retry-After');
}

/**
 * @param {any} ctx Koa context
 * @param {() => Promise<void>} next
 */
export async function recordingMiddleware(ctx, next) {
  const match = /^\/__rec\/([\w-]+)(\/.*)?$/.exec(ctx.path);
  if (!match) return next();
  const [, id, path = '/'] = match;
  const s = session(id);

  if (path === '/_script' && ctx.method === 'POST') {
    const scripted = JSON.parse((await readBody(ctx.req)) || '{}');
    s.script = Array.isArray(scripted) ? scripted : [scripted];
    ctx.status = 204;
    return;
  }
  if (path === '/_log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = s.log;
    return;
  }
  if (ctx.method === 'OPTIONS') {
    allowCors(ctx);
    ctx.status = 204;
    return;
  }

  const query = [...new URLSearchParams(ctx.querystring)];
  s.log.push({
    method: ctx.method,
    path,
    query,
    contentType: ctx.get('content-type') || null,
    body: await readBody(ctx.req),
  });
  const answer = (s.script.length > 1 ? s.script.shift() : s.script[0]) ?? {};
  if (answer.delayMs) await new Promise(resolve => setTimeout(resolve, answer.delayMs));
  if (answer.destroy) {
    ctx.status = 200; // only so the dev server does not log a 404: nothing is sent
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (answer.cors !== false) allowCors(ctx);
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, String(value));
  const body = answer.body === undefined ? { status: 'subscribed' } : answer.body;
  if (answer.jsonp) {
    const callback = new URLSearchParams(ctx.querystring).get('c') ?? '';
    if (!/^[\w$]+$/.test(callback)) {
      ctx.status = 400;
      ctx.body = 'bad callback';
      return;
    }
    ctx.type = 'text/javascript';
    ctx.body = `${callback}(${JSON.stringify(body)})`;
    return;
  }
  ctx.status = answer.status ?? 200;
  if (typeof body === 'string') {
    ctx.type = 'text/plain';
    ctx.body = body;
  } else if (body !== null) {
    ctx.body = body;
  }
}
