/**
 * `npm start` shows the world only its allowlist (server/public-paths.ts), in both modes:
 * with the subscribers' database in its default place inside the repository and one real
 * signup stored, no request target reaches it, the repository's other files, or any file on
 * the machine, and no answer prints the repository's path.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot, startServer, type ServerProcess } from './server-process.js';

const secretEmail = 'leak-check@example.com';

/** node:http, so the request target goes on the wire exactly as written. */
function get(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = httpRequest({ hostname, port, path, agent: false }, res => {
      let body = '';
      res.setEncoding('latin1').on('data', (text: string) => (body += text));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every way to ask for data that is not public, relative to the data directory in use. */
function forbiddenTargets(dataDir: string): string[] {
  const inRepo = dataDir.slice(repoRoot.length); // `/.data/test-…`
  return [
    `${inRepo}/subscribers.sqlite`,
    `${inRepo}/subscribers.sqlite-wal`,
    `/%2Edata${inRepo.slice('/.data'.length)}/subscribers.sqlite`,
    `/demo/../${inRepo.slice(1)}/subscribers.sqlite`,
    `/demo/%2E%2E${inRepo}/subscribers.sqlite`,
    `/src/..${inRepo}/subscribers.sqlite`,
    `/node_modules/.vite/deps/../../..${inRepo}/subscribers.sqlite`,
    `/@fs${dataDir}/subscribers.sqlite`,
    `/@fs${dataDir}/subscribers.sqlite?import&raw`,
    `/@fs${repoRoot}/package.json`,
    '/@fs/etc/passwd',
    `/@id/${repoRoot}${inRepo}/subscribers.sqlite`,
    '/package.json',
    '/server/start.ts',
    '/.git/HEAD',
    '/.env',
    '/node_modules/lit/package.json',
    `${inRepo}/subscribers.sqlite?raw`,
    `/demo/story.json/..${inRepo}/subscribers.sqlite`,
    `/src/#/../..${inRepo}/subscribers.sqlite`,
    `/demo/%23/../..${inRepo}/subscribers.sqlite`,
  ];
}

for (const mode of ['--static', 'vite'] as const) {
  describe(`npm start (${mode}) serves its allowlist only`, () => {
    let dataDir: string;
    let server: ServerProcess | undefined;
    before(async () => {
      // The default DATA_DIR is <repo>/.data: put the test's database there, as a user's would be.
      mkdirSync(join(repoRoot, '.data'), { recursive: true });
      dataDir = mkdtempSync(join(repoRoot, '.data', 'test-'));
      server = await startServer({ dataDir, args: mode === 'vite' ? [] : ['--static'] });
      const stored = await fetch(`${server.origin}/api/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: secretEmail, name: 'Leak Check' }),
      });
      assert.equal(stored.status, 201, 'a real signup is in the database');
    });
    after(async () => {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    test('the subscriber database, the repository and the machine’s files answer 404 without the repository path', async () => {
      for (const target of forbiddenTargets(dataDir)) {
        const response = await get(server!.origin, target);
        assert.equal(response.status, 404, `${target} → ${response.status}`);
        assert.ok(!response.body.includes(secretEmail), `${target} leaked a subscriber`);
        assert.ok(!response.body.includes(repoRoot), `${target} printed the repository path`);
      }
    });

    test('the demo pages and their story are served: the partner page at /, the builder, the reference, /demo/', async () => {
      const page = await get(server!.origin, '/demo/');
      assert.equal(page.status, 200);
      assert.match(page.body, /<story-card/);
      const partner = await get(server!.origin, '/');
      assert.equal(partner.status, 200);
      assert.match(partner.body, /<story-card/);
      assert.match(partner.body, /<newsletter-signup/);
      assert.equal((await get(server!.origin, '/builder/')).status, 200);
      assert.equal((await get(server!.origin, '/reference/')).status, 200);
      const story = await get(server!.origin, '/demo/story.json');
      assert.equal(story.status, 200);
      assert.ok(JSON.parse(story.body).headline);
    });

    if (mode === 'vite') {
      test('Vite answers the source modules and its client the demo needs; the site pages’ scripts load, the kit’s as built', async () => {
        const page = await get(server!.origin, '/demo/');
        const scripts = [...page.body.matchAll(/<script type="module" src="([^"]+)"/g)].map(match => match[1]!);
        assert.ok(scripts.includes('/@vite/client'), 'Vite injected its client');
        for (const script of scripts) {
          const url = new URL(script, `${server!.origin}/demo/`);
          const response = await get(server!.origin, url.pathname);
          assert.equal(response.status, 200, `${url.pathname} → ${response.status}`);
        }
        for (const path of ['/', '/builder/', '/reference/']) {
          const sitePage = await get(server!.origin, path);
          for (const [, script] of sitePage.body.matchAll(/<script (?:type="module" )?src="([^"]+)"/g)) {
            const url = new URL(script!, `${server!.origin}${path}`);
            const response = await get(server!.origin, url.pathname);
            assert.equal(response.status, 200, `${path}: ${url.pathname} → ${response.status}`);
            // The built kit as it is, not rewritten by Vite into a module.
            if (url.pathname.startsWith('/cdn/')) assert.doesNotMatch(response.body.slice(0, 200), /^import /, url.pathname);
          }
        }
        const reference = await get(server!.origin, '/reference/');
        assert.match(reference.body, /<table data-api="attributes">/, 'the reference tables are written in');
        const partner = await get(server!.origin, '/');
        assert.match(partner.body, /"headline": "When Serena Williams/, 'the seed story is inline');
        assert.match(partner.body, /action="\/api\/subscribe"/, 'the signup box posts to this server');
        const styles = await get(server!.origin, '/src/internal/shared-styles.ts');
        assert.equal(styles.status, 200);
        const litImport = /from\s*"(\/node_modules\/\.vite\/deps\/@lit_reactive-element\.js[^"]*)"/.exec(styles.body);
        assert.ok(litImport, 'the source imports Lit from Vite’s dependency cache');
        assert.equal((await get(server!.origin, litImport[1]!)).status, 200);
      });
    }
  });
}

describe('npm start refuses to publish its data', () => {
  function startWith(args: string[], dataDir: string) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts', '--static', ...args], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_TEST_CONTEXT: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
  }

  test('a DATA_DIR inside a served folder stops the server with a message naming both', () => {
    const result = startWith([], join(repoRoot, 'demo', 'data'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/demo\/ would serve .* which holds the subscriber data/);
  });

  test('--serve of a folder that holds the data (the repository root) stops the server', () => {
    const result = startWith(['--serve', '/all/=.'], join(repoRoot, '.data'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/all\/ would serve .* which holds the subscriber data/);
  });

  test('a malformed --serve argument stops the server with the expected form', () => {
    const result = startWith(['--serve', 'all=.'], join(repoRoot, '.data'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--serve wants \/prefix\/=folder/);
  });
});
