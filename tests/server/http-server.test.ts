/**
 * `server/start.ts` as a real process on 127.0.0.1, reached over HTTP: concurrency,
 * restarts, the Node adapter's body handling, CORS defaults and the `--static` file server.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { repoRoot, startServer, type ServerProcess } from './server-process.js';

const embedder = 'https://news.example';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
}

/** node:http rather than fetch where the test needs the wire: chunks, sockets, raw paths. */
function rawRequest(
  origin: string,
  { method = 'GET', path = '/', headers = {}, chunks = [], agent }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    chunks?: string[];
    agent?: Agent;
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const { hostname, port } = new URL(origin);
    // `path` as an option goes on the wire as written; a URL string would be normalized first.
    const req = httpRequest({ hostname, port, path, method, headers, agent: agent ?? false }, res => {
      answered = true;
      let body = '';
      res.setEncoding('utf8').on('data', (text: string) => (body += text));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, reusedSocket: req.reusedSocket }),
      );
    });
    // The server may answer (413) and hang up before the whole body is sent.
    req.on('error', error => {
      if (!answered) reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function rowCount(dataDir: string): number {
  const db = new Database(join(dataDir, 'subscribers.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM subscribers').get()!.n;
  } finally {
    db.close();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function subscribe(origin: string, data: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(data),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

describe('the subscribe endpoint over HTTP', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  const env = { RATE_LIMIT_MAX: '100000', ALLOWED_ORIGINS: `${embedder}, https://other.example` };

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'http-server-'));
    server = await startServer({ dataDir, env });
  });
  after(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('500 concurrent submissions containing 100 duplicates end with exactly 400 rows and no 5xx', async () => {
    const { origin } = server!;
    const unique = Array.from({ length: 400 }, (_, i) => `reader${i}@example.com`);
    // Every fourth reader submits twice, the second time typed differently (same after normalizing).
    const duplicates = Array.from({ length: 100 }, (_, i) => `  reader${i * 4}@Example.COM `);
    const emails = unique.flatMap((email, i) => (i % 4 === 0 ? [email, duplicates[i / 4]!] : [email]));
    assert.equal(emails.length, 500);

    const results = await Promise.all(
      emails.map(email => subscribe(origin, { email, source: 'https://news.example/story', website: '' })),
    );
    const statuses = results.map(result => result.status);
    assert.deepEqual(statuses.filter(status => status >= 500), []);
    assert.equal(statuses.filter(status => status === 201).length, 400);
    assert.equal(statuses.filter(status => status === 200).length, 100);
    assert.equal(results.filter(result => JSON.stringify(result.body) === '{"status":"already"}').length, 100);
    assert.equal(rowCount(dataDir), 400);
  });

  test('subscribers:export reads the store while the server runs', () => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete childEnv['NODE_TEST_CONTEXT'];
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/export-csv.ts'], {
      cwd: repoRoot,
      env: childEnv,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\r\n');
    assert.equal(lines[0], 'email,name,status,source,created_at');
    assert.equal(lines.at(-1), '', 'ends with CRLF');
    assert.equal(lines.length, 1 + 400 + 1);
    assert.match(lines[1]!, /^reader0@example\.com,,subscribed,https:\/\/news\.example\/story,\d{4}-\d\d-\d\dT/);
  });

  test('data survives a restart', async () => {
    const { pid } = server!;
    await server!.stop();
    assert.equal(isRunning(pid), false);

    server = await startServer({ dataDir, env });
    assert.notEqual(server.pid, pid);
    const again = await subscribe(server.origin, { email: 'reader7@example.com' });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { status: 'already' });
    assert.equal((await subscribe(server.origin, { email: 'newcomer@example.com' })).status, 201);
    assert.equal(rowCount(dataDir), 401);
  });

  test('CORS: the server’s own origin and $ALLOWED_ORIGINS are allowed, others are not', async () => {
    const { origin } = server!;
    for (const allowed of [origin, origin.replace('127.0.0.1', 'localhost'), embedder, 'https://other.example']) {
      const response = await subscribe(origin, { email: 'cors@example.com' }, { origin: allowed });
      assert.ok(response.status === 201 || response.status === 200, `${allowed}: ${response.status}`);
      assert.equal(response.headers.get('access-control-allow-origin'), allowed);
    }
    const denied = await subscribe(origin, { email: 'cors2@example.com' }, { origin: 'https://evil.example' });
    assert.equal(denied.status, 403);
    assert.deepEqual((denied.body as { error: { code: string } }).error.code, 'origin_not_allowed');

    const preflight = await fetch(`${origin}/api/subscribe`, {
      method: 'OPTIONS',
      headers: { origin: embedder, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), embedder);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(preflight.headers.get('vary'), 'Origin');
  });

  test('a chunked body over 8 KB → 413, and the connection is closed', async () => {
    const rowsBefore = rowCount(dataDir);
    const response = await rawRequest(server!.origin, {
      method: 'POST',
      path: '/api/subscribe',
      headers: { 'content-type': 'application/json' },
      chunks: ['{"email":"big@example.com","pad":"', ...Array.from({ length: 20 }, () => 'x'.repeat(1024)), '"}'],
    });
    assert.equal(response.status, 413);
    assert.equal(response.headers['connection'], 'close');
    assert.equal((JSON.parse(response.body) as { error: { code: string } }).error.code, 'payload_too_large');
    assert.equal(rowCount(dataDir), rowsBefore);
  });

  test('a keep-alive connection goes on after an answer that never read the (small) body', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // With a Content-Length, as browsers send it: the server may drain a small rest.
    const post = (contentType: string, body: string) =>
      rawRequest(server!.origin, {
        method: 'POST',
        path: '/api/subscribe',
        headers: { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) },
        chunks: [body],
        agent,
      });
    try {
      const first = await post('text/plain', 'not json');
      assert.equal(first.status, 415);
      assert.notEqual(first.headers['connection'], 'close');
      const second = await post('application/json', JSON.stringify({ email: 'keepalive@example.com' }));
      assert.equal(second.status, 201);
      assert.equal(second.reusedSocket, true);
    } finally {
      agent.destroy();
    }
  });
});

describe('the rate limit over HTTP', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'http-server-'));
    server = await startServer({ dataDir, env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '3600000' } });
  });
  after(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('$RATE_LIMIT_MAX per IP, then 429 with Retry-After', async () => {
    const { origin } = server!;
    assert.equal((await subscribe(origin, { email: 'r1@example.com' })).status, 201);
    assert.equal((await subscribe(origin, { email: 'r2@example.com' })).status, 201);
    const limited = await subscribe(origin, { email: 'r3@example.com' });
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
    assert.equal((limited.body as { error: { code: string } }).error.code, 'rate_limited');
    assert.equal(rowCount(dataDir), 2);
  });
});

describe('--static', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'http-server-'));
    server = await startServer({ dataDir });
  });
  after(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('/, /builder/ and /reference/ answer their page (the partner page, the builder, the reference) as HTML', async () => {
    for (const [path, marker] of [['/', '<story-card'], ['/builder/', 'id="builder"'], ['/reference/', '<!-- api:story-card -->']] as const) {
      const response = await fetch(`${server!.origin}${path}`, { redirect: 'manual' });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assert.ok((await response.text()).includes(marker), `${path} is its page`);
    }
  });

  test('/builder and /reference redirect to their slash; the files behind the pages are not served by name', async () => {
    for (const path of ['/builder', '/reference']) {
      const response = await fetch(`${server!.origin}${path}`, { redirect: 'manual' });
      assert.equal(response.status, 301, path);
      assert.equal(response.headers.get('location'), `${path}/`);
    }
    for (const path of ['/index.html', '/builder/index.html', '/reference/index.html', '/builder/x', '/README.md']) {
      const response = await fetch(`${server!.origin}${path}`, { redirect: 'manual' });
      await response.arrayBuffer();
      assert.equal(response.status, 404, path);
    }
  });

  for (const [path, type] of [
    ['/demo/story.json', 'application/json; charset=utf-8'],
    ['/tests/e2e/pages/set-story-property.js', 'text/javascript; charset=utf-8'],
    ['/demo/README-does-not-exist.md', null],
  ] as const) {
    test(`GET ${path} → ${type ?? '404'}`, async () => {
      const response = await fetch(`${server!.origin}${path}`);
      await response.arrayBuffer();
      if (type === null) {
        assert.equal(response.status, 404);
      } else {
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), type);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      }
    });
  }

  test('a directory without its slash is redirected to it', async () => {
    const response = await fetch(`${server!.origin}/demo`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/demo/');
  });

  for (const path of ['/.gitignore', '/.git/HEAD', '/demo/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/demo/..%2F..%2Fpackage.json', '/demo/../package.json', '/%00', '//demo', '/%2F%2Fdemo', '/%', '/demo%5C..%5Cpackage.json']) {
    test(`never serves hidden or outside files: ${path} → 404`, async () => {
      const response = await rawRequest(server!.origin, { path });
      assert.equal(response.status, 404);
    });
  }

  test('odd request targets and methods get an answer, and the server stays up', async () => {
    const { origin } = server!;
    assert.equal((await rawRequest(origin, { path: '//' })).status, 404);
    assert.equal((await rawRequest(origin, { path: '//api/subscribe' })).status, 404);
    const trace = await rawRequest(origin, { method: 'TRACE', path: '/api/subscribe' });
    assert.equal(trace.status, 400);
    assert.equal((JSON.parse(trace.body) as { error: { code: string } }).error.code, 'bad_request');
    const still = await fetch(`${origin}/demo/story.json`);
    await still.arrayBuffer();
    assert.equal(still.status, 200, 'still serving');
  });

  test('HEAD has the headers and no body; POST is refused', async () => {
    const head = await rawRequest(server!.origin, { method: 'HEAD', path: '/demo/story.json' });
    assert.equal(head.status, 200);
    assert.ok(Number(head.headers['content-length']) > 0);
    assert.equal(head.body, '');
    const post = await rawRequest(server!.origin, { method: 'POST', path: '/demo/story.json' });
    assert.equal(post.status, 405);
  });
});
