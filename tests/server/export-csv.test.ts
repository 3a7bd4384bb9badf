import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { csvCell, subscribersToCsv } from '../../server/export-csv.js';
import { SqliteSubscriberStore } from '../../server/sqlite-store.js';
import type { Subscriber } from '../../server/store.js';
import { repoRoot } from './server-process.js';

function subscriber(email: string, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    email,
    name: null,
    consent: true,
    source: null,
    tags: [],
    status: 'subscribed',
    createdAt: '2026-01-02T03:04:05.000Z',
    ...extra,
  };
}

describe('CSV cells', () => {
  test('plain text stays as it is; null is empty', () => {
    assert.equal(csvCell('ann@example.com'), 'ann@example.com');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(''), '');
  });

  test('commas, quotes and line breaks are quoted as RFC 4180 says', () => {
    assert.equal(csvCell('Lee, Ann'), '"Lee, Ann"');
    assert.equal(csvCell('Ann "the Reader" Lee'), '"Ann ""the Reader"" Lee"');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rlf'), '"cr\rlf"');
  });

  for (const formula of ['=HYPERLINK("https://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
    test(`a cell starting like a formula is neutralised: ${JSON.stringify(formula)}`, () => {
      const cell = csvCell(formula);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      assert.equal(unquoted, `'${formula}`);
    });
  }

  test('a formula character later in the cell is left alone', () => {
    assert.equal(csvCell('a=b'), 'a=b');
    assert.equal(csvCell('ann+news@example.com'), 'ann+news@example.com');
  });
});

describe('subscribersToCsv', () => {
  test('writes the header, then one CRLF-terminated row per subscriber', () => {
    const csv = subscribersToCsv([
      subscriber('ann@example.com', { name: 'Lee, Ann', source: 'https://news.example/a?b=1,2' }),
      subscriber('-bo@example.com', { name: '=cmd|calc', status: 'pending', createdAt: '2026-02-03T00:00:00.000Z' }),
    ]);
    assert.equal(
      csv,
      'email,name,status,source,created_at\r\n' +
        'ann@example.com,"Lee, Ann",subscribed,"https://news.example/a?b=1,2",2026-01-02T03:04:05.000Z\r\n' +
        "'-bo@example.com,'=cmd|calc,pending,,2026-02-03T00:00:00.000Z\r\n",
    );
  });

  test('with no subscribers is the header alone', () => {
    assert.equal(subscribersToCsv([]), 'email,name,status,source,created_at\r\n');
  });
});

describe('npm run subscribers:export', () => {
  let dataDir: string;
  const expected =
    'email,name,status,source,created_at\r\n' +
    'ann@example.com,Ann,subscribed,https://news.example/,2026-01-02T03:04:05.000Z\r\n' +
    'bo@example.com,"Bo ""B"" Bee",subscribed,,2026-01-02T03:04:05.000Z\r\n';

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'export-csv-'));
    const store = new SqliteSubscriberStore(dataDir);
    await store.add(subscriber('ann@example.com', { name: 'Ann', source: 'https://news.example/' }));
    await store.add(subscriber('bo@example.com', { name: 'Bo "B" Bee' }));
    await store.close();
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  function exportCsv(args: string[], env: Record<string, string>) {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    delete childEnv['NODE_TEST_CONTEXT'];
    return spawnSync(process.execPath, ['--import', 'tsx', 'server/export-csv.ts', ...args], {
      cwd: repoRoot,
      env: childEnv,
      encoding: 'utf8',
    });
  }

  test('writes the CSV to stdout', () => {
    const result = exportCsv([], { DATA_DIR: dataDir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, expected);
  });

  test('writes the CSV to a file given as argument, readable by its owner only', () => {
    const file = join(dataDir, 'out.csv');
    const result = exportCsv([file], { DATA_DIR: dataDir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(readFileSync(file, 'utf8'), expected);
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  test('one row per person: Ann@example.com, ann@example.com and ANN@EXAMPLE.COM signed up in turn export as one row, "Ann@example.com" as first typed', async () => {
    const caseDir = mkdtempSync(join(dataDir, 'case-'));
    const store = new SqliteSubscriberStore(caseDir);
    for (const email of ['Ann@example.com', 'ann@example.com', 'ANN@EXAMPLE.COM']) await store.add(subscriber(email));
    await store.close();
    const result = exportCsv([], { DATA_DIR: caseDir });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'email,name,status,source,created_at\r\nAnn@example.com,,subscribed,,2026-01-02T03:04:05.000Z\r\n');
  });

  test('fails with one line naming subscribers.sqlite and saying it is not a database, no stack trace, when the file is corrupt', async () => {
    const corruptDir = mkdtempSync(join(dataDir, 'corrupt-'));
    const store = new SqliteSubscriberStore(corruptDir);
    await store.add(subscriber('ann@example.com'));
    await store.close();
    const fd = openSync(join(corruptDir, 'subscribers.sqlite'), 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    const result = exportCsv([], { DATA_DIR: corruptDir });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^subscribers:export: cannot open .*subscribers\.sqlite: file is not a database\n$/);
  });

  test('fails, creating nothing, when the data directory has no store', () => {
    const empty = join(dataDir, 'missing');
    const result = exportCsv([], { DATA_DIR: empty });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no subscribers\.sqlite/);
    assert.equal(result.stdout, '');
    assert.equal(existsSync(empty), false);
  });
});
