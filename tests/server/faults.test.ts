/**
 * `server/start.ts` as a real process under faults and load: concurrent duplicates in other
 * cases, SIGKILL mid-load, a database locked, deleted, replaced, read-only or corrupt, and
 * SIGTERM with requests in flight. The server's own output is read where a test checks that it
 * said what happened; nothing is printed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteSubscriberStore, sqliteFileName } from '../../server/sqlite-store.js';
import { repoRoot } from './server-process.js';
import { overwrite } from './damage-file.js';

/**
 * A server process whose output and exit the test can see (server-process.ts keeps both to
 * itself). `--static`, 127.0.0.1, a free port.
 */
interface Launched {
  origin: string;
  pid: number;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the first line of output (from `from` on) matching `pattern`; rejects if the process exits first or 15 s pass. */
  waitForLine(pattern: RegExp, from?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it has not exited 10 s later. */
  stop(): Promise<void>;
}

const launched = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of launched) child.kill('SIGKILL');
});

async function launch(dataDir: string, env: Record<string, string> = {}): Promise<Launched> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT_MAX: '100000', ...env };
  delete childEnv['NODE_TEST_CONTEXT'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts', '--static'], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launched.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(resolveExit =>
    child.once('exit', (code, signal) => {
      launched.delete(child);
      resolveExit({ code, signal });
    }),
  );
  let output = '';
  const waiting = new Set<() => void>();
  const onText = (text: string) => {
    output += text;
    for (const check of waiting) check();
  };
  child.stdout!.setEncoding('utf8').on('data', onText);
  child.stderr!.setEncoding('utf8').on('data', onText);

  const waitForLine = (pattern: RegExp, from = 0) =>
    new Promise<string>((resolveLine, reject) => {
      const giveUp = setTimeout(() => finish(new Error(`no line matching ${pattern} within 15 s:\n${output}`)), 15_000);
      const check = () => {
        const line = output.slice(from).split('\n').find(text => pattern.test(text));
        if (line !== undefined) finish(null, line);
      };
      const finish = (error: Error | null, line?: string) => {
        clearTimeout(giveUp);
        waiting.delete(check);
        if (error) reject(error);
        else resolveLine(line!);
      };
      waiting.add(check);
      void exited.then(({ code, signal }) => finish(new Error(`exited (${code ?? signal}) before a line matching ${pattern}:\n${output}`)));
      check();
    });

  const listening = await waitForLine(/listening on http:\/\/\S+\//);
  return {
    origin: /listening on (http:\/\/[^/\s]+)\//.exec(listening)![1]!,
    pid: child.pid!,
    output: () => output,
    waitForLine,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forceKill);
    },
  };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: unknown;
}

async function subscribe(origin: string, data: unknown): Promise<Answer> {
  const response = await fetch(`${origin}/api/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

/** The demo's story: its status, once the whole body has arrived. */
async function getStory(origin: string): Promise<{ status: number }> {
  const response = await fetch(`${origin}/demo/story.json`);
  await response.json();
  return { status: response.status };
}

const errorCode = (answer: Answer) => (answer.body as { error?: { code?: unknown } }).error?.code;

function rows(dataDir: string): string[] {
  const db = new Database(join(dataDir, sqliteFileName), { readonly: true });
  try {
    return db.prepare<[], { email: string }>('SELECT email FROM subscribers ORDER BY id').all().map(row => row.email);
  } finally {
    db.close();
  }
}


// Each test: its own data directory and servers, gone after it.
let dataDir: string;
const servers: Launched[] = [];
async function start(env: Record<string, string> = {}): Promise<Launched> {
  const server = await launch(dataDir, env);
  servers.push(server);
  return server;
}
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'faults-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('load', () => {
  test('500 concurrent POSTs from 200 people, most typing their address again in another case → exactly one row per person, 200 × 201 and the rest 200 already or 429, no 5xx', { timeout: 30_000 }, async () => {
    const { origin } = await start();
    const people = Array.from({ length: 200 }, (_, i) => `reader${i}@example.com`);
    const variants = (email: string) => [email, email.replace('reader', 'Reader'), ` ${email.toUpperCase()} `];
    // 200 people, 150 of them twice more in another case: 500 submissions, interleaved.
    const submissions = people.flatMap((email, i) => (i < 150 ? variants(email) : [email]));
    assert.equal(submissions.length, 500);

    const answers = await Promise.all(submissions.map(email => subscribe(origin, { email })));
    assert.deepEqual(answers.filter(answer => answer.status >= 500), []);
    assert.equal(answers.filter(answer => answer.status === 201).length, 200);
    const rest = answers.filter(answer => answer.status !== 201);
    assert.deepEqual(
      rest.filter(answer => !(answer.status === 429 || (answer.status === 200 && JSON.stringify(answer.body) === '{"status":"already"}'))),
      [],
    );
    const stored = rows(dataDir);
    assert.equal(stored.length, 200);
    assert.deepEqual([...new Set(stored.map(email => email.trim().toLowerCase()))].sort(), [...people].sort());
  });

  test('SIGKILL mid-load, then a restart: every signup answered 201 before the kill is stored, each person once whatever the case they typed', { timeout: 30_000 }, async () => {
    const first = await start();
    // 800 people, each submitted twice in different cases, by 16 clients at once.
    const queue = Array.from({ length: 800 }, (_, i) => [`Kill${i}@example.com`, `kill${i}@EXAMPLE.com`]).flat();
    const acknowledged: string[] = [];
    let killed = false;
    const client = async () => {
      for (let email = queue.shift(); email !== undefined && !killed; email = queue.shift()) {
        let answer: Answer;
        try {
          answer = await subscribe(first.origin, { email });
        } catch {
          return; // the server is gone
        }
        assert.ok(answer.status === 201 || answer.status === 200, `${email}: ${answer.status}`);
        if (answer.status === 201) acknowledged.push(email);
        if (acknowledged.length === 100 && !killed) {
          killed = true;
          process.kill(first.pid, 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, client));
    assert.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' });
    assert.ok(queue.length > 0, 'killed before the load ran out');

    const second = await start();
    const stored = rows(dataDir);
    const storedKeys = stored.map(email => email.toLowerCase());
    assert.deepEqual(acknowledged.filter(email => !storedKeys.includes(email.toLowerCase())), [], 'every 201 is stored');
    assert.equal(new Set(storedKeys).size, stored.length, 'each person once');
    const again = await subscribe(second.origin, { email: acknowledged[0]!.toUpperCase() });
    assert.deepEqual([again.status, again.body], [200, { status: 'already' }]);
  });
});

describe('a database locked by another process', () => {
  for (const begin of ['BEGIN IMMEDIATE', 'BEGIN EXCLUSIVE']) {
    test(`(${begin}): while the lock is held, 20 POSTs answer 503 store_unavailable with Retry-After: 1, a GET /demo/story.json sent meanwhile answers 200 before the lock is released, and the server logs the lock once; the first POST after the lock is released is stored (201)`, { timeout: 30_000 }, async () => {
      const server = await start();
      const mark = server.output().length;
      const locker = new Database(join(dataDir, sqliteFileName));
      let lockHeld = false;
      try {
        locker.exec(begin);
        lockHeld = true;
        const posts = Array.from({ length: 20 }, (_, i) => subscribe(server.origin, { email: `${begin.split(' ')[1]!.toLowerCase()}${i}@example.com` }));
        // Sent after the POSTs; the lock is released only once it has answered.
        const story = getStory(server.origin).then(answer => ({ ...answer, lockHeld }));
        const answers = await Promise.all(posts);
        assert.deepEqual(
          answers.map(answer => [answer.status, answer.retryAfter, errorCode(answer)]),
          answers.map(() => [503, '1', 'store_unavailable']),
        );
        const storyAnswer = await story;
        assert.equal(storyAnswer.status, 200);
        assert.equal(storyAnswer.lockHeld, true, 'the GET completed while the lock was still held');
      } finally {
        if (lockHeld) locker.exec('ROLLBACK');
        lockHeld = false;
        locker.close();
      }
      const logged = server.output().slice(mark);
      assert.equal(logged.match(/subscribers\.sqlite is locked by another process/g)?.length, 1, logged);

      const after = await subscribe(server.origin, { email: `${begin.split(' ')[1]!.toLowerCase()}0@example.com` });
      assert.equal(after.status, 201);
      await server.waitForLine(/subscribers\.sqlite: writes work again/, mark);
    });
  }
});

describe('the database file changed under the running server', () => {
  test('deleted (subscribers.sqlite, -wal and -shm removed): every POST answers 503, never a false 201, the server logs that the file was deleted, and the demo is still served', { timeout: 30_000 }, async () => {
    const server = await start();
    assert.equal((await subscribe(server.origin, { email: 'before@example.com' })).status, 201);
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, sqliteFileName + suffix));
    const answers = [];
    for (const email of ['after1@example.com', 'after2@example.com', 'before@example.com']) answers.push(await subscribe(server.origin, { email }));
    assert.deepEqual(
      answers.map(answer => [answer.status, errorCode(answer)]),
      answers.map(() => [503, 'store_unavailable']),
    );
    await server.waitForLine(/store: .*subscribers\.sqlite was deleted while the server ran; signups answer 503/);
    assert.equal((await getStory(server.origin)).status, 200);
  });

  test('replaced by another database file: every POST answers 503, never a false 201, and the server logs that the file was replaced', { timeout: 30_000 }, async () => {
    const server = await start();
    assert.equal((await subscribe(server.origin, { email: 'before@example.com' })).status, 201);
    const other = mkdtempSync(join(dataDir, 'other-'));
    await new SqliteSubscriberStore(other, { log: () => {} }).close();
    renameSync(join(other, sqliteFileName), join(dataDir, sqliteFileName));
    const answers = [];
    for (const email of ['after1@example.com', 'after2@example.com']) answers.push(await subscribe(server.origin, { email }));
    assert.deepEqual(
      answers.map(answer => [answer.status, errorCode(answer)]),
      answers.map(() => [503, 'store_unavailable']),
    );
    await server.waitForLine(/store: .*subscribers\.sqlite was replaced by another file while the server ran; signups answer 503/);
  });
});

describe('a database file the server cannot use at start', () => {
  /** A store file with one row, written and closed by this process. */
  async function existingStore(): Promise<string> {
    const store = new SqliteSubscriberStore(dataDir, { log: () => {} });
    await store.add({ email: 'old@example.com', name: null, consent: false, source: null, tags: [], status: 'subscribed', createdAt: '2026-01-01T00:00:00.000Z' });
    await store.close();
    return join(dataDir, sqliteFileName);
  }

  test('read-only: the server starts, a POST answers 503 store_unavailable, the server logs that subscribers.sqlite is read-only, and the demo is served', { timeout: 30_000 }, async t => {
    const file = await existingStore();
    // Root ignores chmod 444; the immutable attribute stops root too (on ext4, xfs, btrfs).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      const chattr = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
      if (chattr.status !== 0) {
        t.skip(`running as root, where chmod 444 does not stop writes, and \`chattr +i\` failed (${(chattr.stderr || chattr.error?.message || '').trim()}), so nothing here can make the file read-only`);
        return;
      }
    } else {
      chmodSync(file, 0o444);
    }
    try {
      const server = await start();
      const answer = await subscribe(server.origin, { email: 'new@example.com' });
      assert.deepEqual([answer.status, errorCode(answer)], [503, 'store_unavailable']);
      await server.waitForLine(/store: .*subscribers\.sqlite is read-only .*signups answer 503/);
      assert.equal((await getStory(server.origin)).status, 200);
      await server.stop();
    } finally {
      if (asRoot) spawnSync('chattr', ['-i', file]);
      else chmodSync(file, 0o644);
    }
    assert.deepEqual(rows(dataDir), ['old@example.com']);
  });

  test('corrupt (its first 100 bytes overwritten): the server still starts and serves the demo, logs that it cannot open subscribers.sqlite because it is not a database, and every POST answers 503 store_unavailable', { timeout: 30_000 }, async () => {
    overwrite(await existingStore(), 0, 100);
    const server = await start();
    await server.waitForLine(/store: cannot open .*subscribers\.sqlite: file is not a database; signups answer 503/);
    await server.waitForLine(/subscribe: POST .* \(unavailable, see above\)/);
    for (const email of ['new@example.com', 'old@example.com']) {
      const answer = await subscribe(server.origin, { email });
      assert.deepEqual([answer.status, errorCode(answer)], [503, 'store_unavailable']);
    }
    assert.equal((await getStory(server.origin)).status, 200);
  });
});

describe('SIGTERM', () => {
  test('with 3 POSTs in flight (headers received, bodies not yet sent): new connections are refused, the 3 finish with 201 and are stored, then the process exits 0', { timeout: 30_000 }, async () => {
    const server = await start();
    const { hostname, port } = new URL(server.origin);
    const inFlight = Array.from({ length: 3 }, (_, i) => {
      const body = JSON.stringify({ email: `term${i}@example.com` });
      // `Expect: 100-continue`: the server's "100 Continue" says it has the request in hand.
      const req = httpRequest({
        hostname,
        port,
        path: '/api/subscribe',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' },
      });
      req.flushHeaders();
      const continued = new Promise<void>((resolveContinue, reject) => {
        req.once('continue', resolveContinue);
        req.once('error', reject);
      });
      const answered = new Promise<{ status: number; body: string }>((resolveAnswer, reject) => {
        req.once('response', (res: IncomingMessage) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.once('end', () => resolveAnswer({ status: res.statusCode ?? 0, body: text }));
        });
        req.once('error', reject);
      });
      return { req, body, continued, answered };
    });
    await Promise.all(inFlight.map(request => request.continued));

    const mark = server.output().length;
    process.kill(server.pid, 'SIGTERM');
    await server.waitForLine(/SIGTERM: no new connections; finishing 3 request\(s\) in flight/, mark);
    await assert.rejects(fetch(`${server.origin}/demo/story.json`), 'a new connection is refused');

    for (const { req, body } of inFlight) req.end(body);
    const answers = await Promise.all(inFlight.map(request => request.answered));
    assert.deepEqual(
      answers.map(answer => [answer.status, answer.body]),
      answers.map(() => [201, '{"status":"subscribed"}']),
    );
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.deepEqual(rows(dataDir).sort(), ['term0@example.com', 'term1@example.com', 'term2@example.com']);
  });
});
