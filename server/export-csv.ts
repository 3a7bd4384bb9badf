/**
 * `npm run subscribers:export [file]`: every subscriber as CSV, to stdout or to `file`.
 * Reads the SQLite store in $DATA_DIR (default <repo>/.data); safe while the server runs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SqliteSubscriberStore, sqliteFileName } from './sqlite-store.js';
import type { Subscriber } from './store.js';

export const csvHeader = ['email', 'name', 'status', 'source', 'created_at'] as const;

/** RFC 4180: a header row, then one CRLF-terminated line per subscriber. */
export function subscribersToCsv(subscribers: readonly Subscriber[]): string {
  const rows = subscribers.map(s => [s.email, s.name, s.status, s.source, s.createdAt]);
  return [csvHeader, ...rows].map(row => row.map(csvCell).join(',') + '\r\n').join('');
}

/**
 * One cell. Spreadsheets run a cell that starts with = + - @ (or a tab or CR, which some
 * strip first) as a formula: names and URLs come from the public, so such cells get a
 * leading `'`, which the spreadsheet shows as text. Then RFC 4180 quoting.
 */
export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function main(): Promise<void> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = resolve(process.env.DATA_DIR || join(repoRoot, '.data'));
  const output = process.argv[2];
  // Opening would create an empty store: a mistyped DATA_DIR must not export "no subscribers".
  if (!existsSync(join(dataDir, sqliteFileName))) {
    console.error(`subscribers:export: no ${sqliteFileName} in ${dataDir} (set DATA_DIR)`);
    process.exitCode = 1;
    return;
  }
  let store: SqliteSubscriberStore;
  try {
    store = new SqliteSubscriberStore(dataDir);
  } catch (error) {
    // Corrupt, locked for long, unreadable: the reason, not a stack trace.
    console.error(`subscribers:export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  let subscribers: Subscriber[];
  try {
    subscribers = await store.export();
  } finally {
    await store.close();
  }
  const csv = subscribersToCsv(subscribers);
  if (output === undefined || output === '-') {
    process.stdout.write(csv);
  } else {
    // Subscribers' addresses are personal data: readable by the owner only.
    writeFileSync(output, csv, { mode: 0o600 });
    console.error(`subscribers:export: wrote ${subscribers.length} subscribers to ${output}`);
  }
}

// Run only as a script, so tests can import the CSV functions.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
