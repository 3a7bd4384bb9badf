import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteSubscriberStore, sqliteFileName } from '../../server/sqlite-store.js';
import type { Subscriber } from '../../server/store.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function subscriber(email: string, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    email,
    name: null,
    consent: false,
    source: null,
    tags: [],
    status: 'subscribed',
    createdAt: '2026-01-02T03:04:05.000Z',
    ...extra,
  };
}

test('creates one subscribers.sqlite in a missing data directory, in WAL mode', async () => {
  const dataDir = join(root, 'nested', 'data');
  const store = new SqliteSubscriberStore(dataDir);
  await store.close();
  assert.equal(store.path, join(dataDir, sqliteFileName));
  assert.ok(existsSync(store.path));
  const db = new Database(store.path, { readonly: true });
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

test('adds once per email; the second add is `already` and changes nothing', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    const first = subscriber('a@example.com', { name: 'A', consent: true, source: 'https://x.test/', tags: ['t1', 't2'] });
    assert.equal(await store.add(first), 'added');
    assert.equal(await store.add(subscriber('a@example.com', { name: 'Other' })), 'already');
    assert.equal(await store.add(subscriber('b@example.com')), 'added');
    assert.deepEqual(await store.export(), [first, subscriber('b@example.com')]);
  } finally {
    await store.close();
  }
});

test('concurrent adds of the same email store one row', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.add(subscriber('c@example.com'))));
    assert.equal(outcomes.filter(outcome => outcome === 'added').length, 1);
    assert.equal((await store.export()).length, 1);
  } finally {
    await store.close();
  }
});

test('keeps its data across close and reopen', async () => {
  const first = new SqliteSubscriberStore(root);
  await first.add(subscriber('d@example.com', { tags: ['x'] }));
  await first.close();
  const second = new SqliteSubscriberStore(root);
  try {
    assert.deepEqual(await second.export(), [subscriber('d@example.com', { tags: ['x'] })]);
    assert.equal(await second.add(subscriber('d@example.com')), 'already');
  } finally {
    await second.close();
  }
});

test('has room for `pending` rows (double opt-in later) and refuses unknown statuses', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    assert.equal(await store.add(subscriber('e@example.com', { status: 'pending' })), 'added');
    assert.equal((await store.export())[0]!.status, 'pending');
    const bogus = { ...subscriber('f@example.com'), status: 'bogus' } as unknown as Subscriber;
    await assert.rejects(store.add(bogus), /CHECK constraint/);
    assert.equal((await store.export()).length, 1);
  } finally {
    await store.close();
  }
});

test('close is safe to call twice; using a closed store rejects', async () => {
  const store = new SqliteSubscriberStore(root);
  await store.close();
  await store.close();
  await assert.rejects(store.add(subscriber('g@example.com')));
});
