/**
 * The subscribe handler called directly with `new Request(…)`: every answer of the contract
 * (src/contract/subscribe.ts, described in the README's "The subscribe endpoint"), no network.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteSubscriberStore } from '../../server/sqlite-store.js';
import { StoreUnavailableError, type AddOutcome } from '../../server/store.js';
import { MemoryStore } from './memory-store.js';
import { createSubscribeHandler, type SubscribeHandlerOptions } from '../../server/subscribe-handler.js';
import {
  errorHttpStatus,
  honeypotField,
  maxEmailLength,
  maxNameLength,
  maxSourceLength,
  maxTagLength,
  maxTags,
  type SubscribeErrorCode,
} from '../../src/contract/subscribe.js';

const url = 'http://signup.test/api/subscribe';
const embedder = 'https://news.example';
const start = Date.UTC(2026, 0, 2, 3, 4, 5);


/** A store that is down. */
class FailingStore extends MemoryStore {
  override async add(): Promise<AddOutcome> {
    throw new Error('disk I/O error');
  }
}

function setup(options: Partial<SubscribeHandlerOptions> = {}) {
  const store = new MemoryStore();
  const errors: unknown[] = [];
  const clock = { now: start };
  const handler = createSubscribeHandler({
    store,
    allowedOrigins: [embedder],
    now: () => clock.now,
    onError: error => errors.push(error),
    ...options,
  });
  return { store, errors, clock, handler };
}

interface PostOptions {
  headers?: Record<string, string>;
  ip?: string;
  method?: string;
}

function request(body: BodyInit | null, { headers = {}, method = 'POST' }: PostOptions = {}): Request {
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request(url, init);
}

function jsonRequest(data: unknown, options: PostOptions = {}): Request {
  return request(JSON.stringify(data), {
    ...options,
    headers: { 'content-type': 'application/json', ...options.headers },
  });
}

async function assertError(response: Response, status: number, code: SubscribeErrorCode): Promise<void> {
  assert.equal(response.status, status);
  assert.equal(errorHttpStatus[code], status, `the contract answers ${code} with ${status}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body: unknown = await response.json();
  assert.deepEqual(Object.keys(body as object), ['error']);
  const { error } = body as { error: { code: unknown; message: unknown } };
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  assert.ok((error.message as string).length > 0);
}

const client = { ip: '203.0.113.7' };

/** A string for a test title, every control and non-ASCII character as `\uXXXX`, so none reorders the output. */
function visible(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('a new signup', () => {
  test('is stored normalized and answered 201 subscribed', async () => {
    const { handler, store } = setup();
    const response = await handler(
      jsonRequest({
        email: '  Ann.Lee@Example.COM ',
        name: ' Ann \n Lee ',
        consent: true,
        source: 'https://news.example/2026/story',
        tags: ['weekly', ' weekly ', 'sport'],
        [honeypotField]: '',
      }),
      client,
    );
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { status: 'subscribed' });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await store.export(), [
      {
        email: 'Ann.Lee@example.com',
        name: 'Ann Lee',
        consent: true,
        source: 'https://news.example/2026/story',
        tags: ['weekly', 'sport'],
        status: 'subscribed',
        createdAt: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });

  test('needs only the email', async () => {
    const { handler, store } = setup();
    const response = await handler(jsonRequest({ email: 'bo@example.org' }), client);
    assert.equal(response.status, 201);
    const [row] = await store.export();
    assert.deepEqual({ ...row, createdAt: undefined }, {
      email: 'bo@example.org',
      name: null,
      consent: false,
      source: null,
      tags: [],
      status: 'subscribed',
      createdAt: undefined,
    });
  });

  test('accepts a charset on the content type', async () => {
    const { handler } = setup();
    const response = await handler(
      request(JSON.stringify({ email: 'cy@example.org' }), { headers: { 'content-type': 'Application/JSON; charset=UTF-8' } }),
      client,
    );
    assert.equal(response.status, 201);
  });
});

describe('control characters are not stored', () => {
  test('a name loses NUL, U+0085 (NEL), other C0 and C1 controls, DEL, the bidi controls U+202A–U+202E and U+2066–U+2069 and the bidi marks U+200E, U+200F, U+061C; line breaks and NEL between words become one space', async () => {
    const { handler, store } = setup();
    const name = '\u202eAnn\u0000\u0085Lee\u0007\u007f\u009b \u2066Jr\u2069.\u202a\u202b\u202c\u202d\u2067\u2068\u200e\u200f\u061c\u001b[31m';
    const response = await handler(jsonRequest({ email: 'ctl@example.com', name }), client);
    assert.equal(response.status, 201);
    assert.equal((await store.export())[0]!.name, 'Ann Lee Jr.[31m');
  });

  test('a name of nothing but control characters is stored as no name (null)', async () => {
    const { handler, store } = setup();
    assert.equal((await handler(jsonRequest({ email: 'ctl@example.com', name: '\u0000\u0085\u202e' }), client)).status, 201);
    assert.equal((await store.export())[0]!.name, null);
  });

  test('tags lose their control characters ("week\\u0000ly" and "week\\u202ely" are stored as one "weekly"); a tag of nothing but controls → 422 invalid_tags', async () => {
    const { handler, store } = setup();
    assert.equal((await handler(jsonRequest({ email: 'tag@example.com', tags: ['week\u0000ly', 'week\u202ely'] }), client)).status, 201);
    assert.deepEqual((await store.export())[0]!.tags, ['weekly']);
    await assertError(await handler(jsonRequest({ email: 'tag2@example.com', tags: ['\u0000\u0085'] }), client), 422, 'invalid_tags');
    assert.equal(store.rows.size, 1);
  });

  for (const [sent, stored] of [
    ['http://a.example/\n=cmd', 'http://a.example/=cmd'],
    ['https://news.example/a\u0000b\u0085c\u202ed', 'https://news.example/a%00b%C2%85c%E2%80%AEd'],
    [' HTTPS://News.Example:443/story\t?q=1\r\n ', 'https://news.example/story?q=1'],
  ] as const) {
    test(`source ${visible(sent)} is stored as the parsed URL's href ${visible(stored)}`, async () => {
      const { handler, store } = setup();
      assert.equal((await handler(jsonRequest({ email: 'src@example.com', source: sent }), client)).status, 201);
      assert.equal((await store.export())[0]!.source, stored);
    });
  }
});

describe('the same email again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'subscribe-handler-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('answers 200 already and writes no second row (SQLite store)', async () => {
    const store = new SqliteSubscriberStore(dataDir);
    try {
      const { handler } = setup({ store });
      const first = await handler(jsonRequest({ email: 'dee@example.com', name: 'Dee' }), client);
      assert.equal(first.status, 201);
      for (const email of ['dee@example.com', ' dee@EXAMPLE.com', 'dee@Example.Com\t']) {
        const again = await handler(jsonRequest({ email, name: 'Someone else' }), client);
        assert.equal(again.status, 200, email);
        assert.deepEqual(await again.json(), { status: 'already' });
      }
      const rows = await store.export();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.name, 'Dee', 'the first signup is kept as it was');
    } finally {
      await store.close();
    }
  });

  test('Ann@example.com, then ann@example.com and ANN@EXAMPLE.COM are one subscriber: 201, then 200 already twice; one row, "Ann@example.com" as first typed (SQLite store)', async () => {
    const store = new SqliteSubscriberStore(mkdtempSync(join(dataDir, 'case-')), { log: () => {} });
    try {
      const { handler } = setup({ store });
      const statuses = [];
      for (const email of ['Ann@example.com', 'ann@example.com', 'ANN@EXAMPLE.COM']) {
        const response = await handler(jsonRequest({ email }), client);
        statuses.push(`${response.status} ${JSON.stringify(await response.json())}`);
      }
      assert.deepEqual(statuses, ['201 {"status":"subscribed"}', '200 {"status":"already"}', '200 {"status":"already"}']);
      assert.deepEqual((await store.export()).map(row => row.email), ['Ann@example.com']);
    } finally {
      await store.close();
    }
  });
});

describe(`the honeypot (the contract's "${honeypotField}" field)`, () => {
  for (const value of ['https://spam.example', 'x', 1, true]) {
    test(`filled with ${JSON.stringify(value)} gets a fake 201 subscribed and stores nothing`, async () => {
      const { handler, store } = setup();
      const response = await handler(jsonRequest({ email: 'bot@example.com', [honeypotField]: value }), client);
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { status: 'subscribed' });
      assert.equal(store.rows.size, 0);
    });
  }

  test('filled, with an invalid email, still gets the fake 201 subscribed and stores nothing', async () => {
    const { handler, store } = setup();
    const response = await handler(jsonRequest({ email: 'not an email', [honeypotField]: 'x' }), client);
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { status: 'subscribed' });
    assert.equal(store.rows.size, 0);
  });

  for (const value of ['', null, false]) {
    test(`left ${JSON.stringify(value)} is a person's signup: stored, 201`, async () => {
      const { handler, store } = setup();
      const response = await handler(jsonRequest({ email: 'pat@example.com', [honeypotField]: value }), client);
      assert.equal(response.status, 201);
      assert.equal(store.rows.size, 1);
    });
  }

  test('a filled field named "website" (the old, undocumented name) is ignored like any other field: stored', async () => {
    const { handler, store } = setup();
    const response = await handler(jsonRequest({ email: 'web@example.com', website: 'https://web.example' }), client);
    assert.equal(response.status, 201);
    assert.equal(store.rows.size, 1);
  });
});

describe('the field limits come from the contract', () => {
  const domain = '@example.com';
  const page = 'https://news.example/';
  const email = (length: number) => 'a'.repeat(length - domain.length) + domain;
  const source = (length: number) => page + 'p'.repeat(length - page.length);
  const tags = (count: number) => Array.from({ length: count }, (_, i) => `tag${i}`);

  for (const [field, max, what, valueOf] of [
    ['email', maxEmailLength, 'an email of {n} characters', email],
    ['name', maxNameLength, 'a name of {n} characters', (n: number) => 'n'.repeat(n)],
    ['source', maxSourceLength, 'a source of {n} characters', source],
    ['tags', maxTags, '{n} tags', tags],
    ['tags', maxTagLength, 'a tag of {n} characters', (n: number) => ['t'.repeat(n)]],
  ] as const) {
    const label = (n: number) => what.replace('{n}', String(n));
    test(`${label(max)} → 201, stored; ${label(max + 1)} → 422 invalid_${field}, not stored`, async () => {
      const { handler, store } = setup();
      const longest = { email: 'lim@example.com', [field]: valueOf(max) };
      assert.equal((await handler(jsonRequest(longest), client)).status, 201);
      assert.equal(store.rows.size, 1);
      const tooLong = { email: 'lim2@example.com', [field]: valueOf(max + 1) };
      await assertError(await handler(jsonRequest(tooLong), client), 422, `invalid_${field}`);
      assert.equal(store.rows.size, 1);
    });
  }
});

describe('bad input', () => {
  for (const [label, contentType] of [
    ['text/plain', 'text/plain'],
    ['a form post', 'application/x-www-form-urlencoded'],
    ['no content type', undefined],
    ['a look-alike type', 'application/jsonp'],
  ] as const) {
    test(`${label} → 415`, async () => {
      const { handler, store } = setup();
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
      // A Blob body carries no type of its own, so "no content type" really has none.
      const response = await handler(request(new Blob(['{"email":"a@example.com"}']), { headers }), client);
      await assertError(response, 415, 'unsupported_media_type');
      assert.equal(store.rows.size, 0);
    });
  }

  for (const [label, body] of [
    ['not JSON', 'email=a@example.com'],
    ['truncated JSON', '{"email":"a@example.com"'],
    ['an empty body', ''],
  ] as const) {
    test(`${label} → 400 invalid_json`, async () => {
      const { handler } = setup();
      const response = await handler(request(body, { headers: { 'content-type': 'application/json' } }), client);
      await assertError(response, 400, 'invalid_json');
    });
  }

  test('bytes that are not UTF-8 → 400 invalid_json', async () => {
    const { handler } = setup();
    // `{"email":"<0xFF>@example.com"}`: decoded leniently it would pass as JSON.
    const encoder = new TextEncoder();
    const bytes = new Uint8Array([...encoder.encode('{"email":"'), 0xff, ...encoder.encode('@example.com"}')]);
    const response = await handler(request(bytes, { headers: { 'content-type': 'application/json' } }), client);
    await assertError(response, 400, 'invalid_json');
  });

  for (const value of [[], 'a@example.com', 42, null]) {
    test(`JSON ${JSON.stringify(value)} instead of an object → 400 invalid_body`, async () => {
      const { handler } = setup();
      await assertError(await handler(jsonRequest(value), client), 400, 'invalid_body');
    });
  }

  for (const email of [undefined, null, 42, '', 'ann', 'ann@example', 'ann@@example.com', 'a b@example.com', `${'a'.repeat(maxEmailLength)}@example.com`]) {
    test(`email ${JSON.stringify(email)} → 422 invalid_email`, async () => {
      const { handler, store } = setup();
      await assertError(await handler(jsonRequest({ email, name: 'Ann' }), client), 422, 'invalid_email');
      assert.equal(store.rows.size, 0);
    });
  }

  for (const [field, value, code] of [
    ['name', 42, 'invalid_name'],
    ['name', 'n'.repeat(maxNameLength + 1), 'invalid_name'],
    ['consent', 'yes', 'invalid_consent'],
    ['source', 'javascript:alert(1)', 'invalid_source'],
    ['source', 'not a url', 'invalid_source'],
    ['source', `https://news.example/${'p'.repeat(maxSourceLength)}`, 'invalid_source'],
    ['source', 7, 'invalid_source'],
    ['tags', 'weekly', 'invalid_tags'],
    ['tags', ['weekly', 3], 'invalid_tags'],
    ['tags', [' '], 'invalid_tags'],
    ['tags', Array.from({ length: maxTags + 1 }, (_, i) => `t${i}`), 'invalid_tags'],
    ['tags', ['t'.repeat(maxTagLength + 1)], 'invalid_tags'],
  ] as const) {
    test(`${field} ${JSON.stringify(value).slice(0, 40)} → 422 ${code}`, async () => {
      const { handler, store } = setup();
      const response = await handler(jsonRequest({ email: 'fay@example.com', [field]: value }), client);
      await assertError(response, 422, code);
      assert.equal(store.rows.size, 0);
    });
  }
});

describe('the 8 KB body limit', () => {
  /** A valid signup padded with an ignored field to exactly `bytes` bytes. */
  function paddedBody(bytes: number): string {
    const base = JSON.stringify({ email: 'gus@example.com', pad: '' });
    return base.replace('"pad":""', `"pad":"${'x'.repeat(bytes - base.length)}"`);
  }
  const json = { 'content-type': 'application/json' };

  test('8192 bytes are accepted, 8193 → 413', async () => {
    const { handler, store } = setup();
    assert.equal(new TextEncoder().encode(paddedBody(8192)).byteLength, 8192);
    assert.equal((await handler(request(paddedBody(8192), { headers: json }), client)).status, 201);
    await assertError(await handler(request(paddedBody(8193), { headers: json }), client), 413, 'payload_too_large');
    assert.equal(store.rows.size, 1);
  });

  test('a Content-Length over the limit → 413 without reading the body', async () => {
    const { handler } = setup();
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await handler(request(body, { headers: { ...json, 'content-length': '100000' } }), client);
    await assertError(response, 413, 'payload_too_large');
    assert.ok(pulls <= 1, `read ${pulls} chunks`);
  });

  test('a Content-Length that lies (says small, sends more) → 413', async () => {
    const { handler, store } = setup();
    const response = await handler(request(paddedBody(20_000), { headers: { ...json, 'content-length': '30' } }), client);
    await assertError(response, 413, 'payload_too_large');
    assert.equal(store.rows.size, 0);
  });

  test('a chunked body with no length → 413 once past the limit, and reading stops there', async () => {
    const { handler, store } = setup();
    let pulls = 0;
    let cancelled = false;
    // Endless: the handler must stop on its own count of bytes.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"email":"hal@example.com","pad":"'));
      },
      pull(controller) {
        pulls++;
        controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = await handler(request(body, { headers: json }), client);
    await assertError(response, 413, 'payload_too_large');
    assert.ok(pulls < 20, `read ${pulls} chunks`);
    assert.ok(cancelled, 'the body stream was cancelled');
    assert.equal(store.rows.size, 0);
  });

  test('the limit is an option', async () => {
    const { handler } = setup({ maxBodyBytes: 100 });
    await assertError(await handler(request(paddedBody(101), { headers: json }), client), 413, 'payload_too_large');
  });
});

describe('CORS', () => {
  test('an allowed origin is echoed, with Vary and the exposed Retry-After', async () => {
    const { handler } = setup();
    const response = await handler(jsonRequest({ email: 'ida@example.com' }, { headers: { origin: embedder } }), client);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), embedder);
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  test('a request with no Origin (curl, server to server) is allowed, and still varies on Origin', async () => {
    const { handler } = setup();
    const response = await handler(jsonRequest({ email: 'jo@example.com' }), client);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('vary'), 'Origin');
  });

  for (const origin of ['https://evil.example', 'http://news.example', 'https://news.example:8443', 'null']) {
    test(`origin ${origin} → 403, nothing stored`, async () => {
      const { handler, store } = setup();
      const response = await handler(jsonRequest({ email: 'kim@example.com' }, { headers: { origin } }), client);
      await assertError(response, 403, 'origin_not_allowed');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('vary'), 'Origin');
      assert.equal(store.rows.size, 0);
    });
  }

  test('configured origins are normalized (case, default port, trailing slash)', async () => {
    const { handler } = setup({ allowedOrigins: ['HTTPS://News.Example:443/'] });
    const response = await handler(jsonRequest({ email: 'lu@example.com' }, { headers: { origin: embedder } }), client);
    assert.equal(response.status, 201);
  });

  test('a configured origin that is not one throws at creation', () => {
    assert.throws(() => setup({ allowedOrigins: ['news.example'] }), TypeError);
  });

  test('a preflight from an allowed origin → 204 with the Access-Control-Allow-* headers', async () => {
    const { handler } = setup();
    const response = await handler(
      request(null, {
        method: 'OPTIONS',
        headers: {
          origin: embedder,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      }),
      client,
    );
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), embedder);
    assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(await response.text(), '');
  });

  test('a preflight from another origin → 403 without Access-Control-Allow-Origin', async () => {
    const { handler } = setup();
    const response = await handler(
      request(null, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }),
      client,
    );
    await assertError(response, 403, 'origin_not_allowed');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('preflights do not count against the rate limit', async () => {
    const { handler } = setup({ rateLimit: { max: 1, windowMs: 60_000 } });
    const preflight = () => request(null, { method: 'OPTIONS', headers: { origin: embedder } });
    assert.equal((await handler(preflight(), client)).status, 204);
    assert.equal((await handler(preflight(), client)).status, 204);
    assert.equal((await handler(jsonRequest({ email: 'max@example.com' }), client)).status, 201);
  });
});

describe('other methods', () => {
  for (const method of ['GET', 'PUT', 'DELETE']) {
    test(`${method} → 405 with Allow`, async () => {
      const { handler } = setup();
      const response = await handler(request(null, { method }), client);
      await assertError(response, 405, 'method_not_allowed');
      assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
    });
  }
});

describe('the rate limit', () => {
  test('→ 429 with Retry-After in seconds once an IP passes the limit, per IP, until the window ends', async () => {
    const { handler, clock, store } = setup({ rateLimit: { max: 2, windowMs: 60_000 } });
    const post = (email: string, ip = client.ip) => handler(jsonRequest({ email }), { ip });
    assert.equal((await post('n1@example.com')).status, 201);
    assert.equal((await post('n2@example.com')).status, 201);

    const limited = await post('n3@example.com');
    assert.equal(limited.headers.get('retry-after'), '60');
    await assertError(limited, 429, 'rate_limited');

    clock.now += 30_500;
    assert.equal((await post('n3@example.com')).headers.get('retry-after'), '30');
    assert.equal((await post('n3@example.com', '198.51.100.1')).status, 201, 'another IP has its own count');

    clock.now = start + 60_000;
    assert.equal((await post('n3@example.com')).status, 200, 'a new window');
    assert.equal(store.rows.size, 3);
  });

  test('counts bad requests too', async () => {
    const { handler } = setup({ rateLimit: { max: 1, windowMs: 1000 } });
    await assertError(await handler(request('x', { headers: { 'content-type': 'text/plain' } }), client), 415, 'unsupported_media_type');
    const response = await handler(jsonRequest({ email: 'o@example.com' }), client);
    await assertError(response, 429, 'rate_limited');
    assert.equal(response.headers.get('retry-after'), '1');
  });

  test('Retry-After is readable cross-origin', async () => {
    const { handler } = setup({ rateLimit: { max: 1, windowMs: 1000 } });
    const post = () => handler(jsonRequest({ email: 'p@example.com' }, { headers: { origin: embedder } }), client);
    await post();
    const response = await post();
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('access-control-allow-origin'), embedder);
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
  });
});

describe('failures', () => {
  test('a store that throws → 503 store_unavailable, reported to onError', async () => {
    const { handler, errors } = setup({ store: new FailingStore() });
    const response = await handler(jsonRequest({ email: 'q@example.com' }), client);
    await assertError(response, 503, 'store_unavailable');
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /disk I\/O error/);
  });

  test('a store that rejects with StoreUnavailableError({ retryAfterSeconds: 1 }) (a lock held elsewhere) → 503 store_unavailable with Retry-After: 1, readable cross-origin', async () => {
    class LockedStore extends MemoryStore {
      override async add(): Promise<AddOutcome> {
        throw new StoreUnavailableError('subscribers.sqlite is locked', { retryAfterSeconds: 1 });
      }
    }
    const { handler, errors } = setup({ store: new LockedStore() });
    const response = await handler(jsonRequest({ email: 'lock@example.com' }, { headers: { origin: embedder } }), client);
    assert.equal(response.headers.get('retry-after'), '1');
    assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
    await assertError(response, 503, 'store_unavailable');
    assert.equal(errors.length, 1);
  });

  test('a SQLite insert that fails half-way → 503 and nothing half-written', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'subscribe-handler-'));
    try {
      await new SqliteSubscriberStore(dataDir).close();
      // A trigger that fails after the row went in: the whole statement must roll back.
      const db = new Database(join(dataDir, 'subscribers.sqlite'));
      db.exec(`CREATE TRIGGER fail_after_insert AFTER INSERT ON subscribers
               WHEN NEW.email LIKE 'fail%' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
      db.close();

      const store = new SqliteSubscriberStore(dataDir);
      try {
        const { handler, errors } = setup({ store });
        assert.equal((await handler(jsonRequest({ email: 'ok@example.com' }), client)).status, 201);
        const response = await handler(jsonRequest({ email: 'fail@example.com', tags: ['a', 'b'] }), client);
        await assertError(response, 503, 'store_unavailable');
        assert.equal(errors.length, 1);
        assert.deepEqual((await store.export()).map(row => row.email), ['ok@example.com']);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a closed store → 503', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'subscribe-handler-'));
    try {
      const store = new SqliteSubscriberStore(dataDir);
      await store.close();
      const { handler } = setup({ store });
      await assertError(await handler(jsonRequest({ email: 'r@example.com' }), client), 503, 'store_unavailable');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('anything unexpected → 500 internal_error in the same JSON shape', async () => {
    let broken = false;
    const { handler, errors } = setup({
      now: () => {
        if (broken) throw new Error('clock failure');
        return start;
      },
    });
    broken = true;
    await assertError(await handler(jsonRequest({ email: 's@example.com' }), client), 500, 'internal_error');
    assert.equal(errors.length, 1);
  });
});
