/**
 * `npm start`: one HTTP server for the demo pages (Vite, in middleware mode) with the real
 * subscribe endpoint at /api/subscribe, so the demo's signup box really stores signups.
 * `--static <dir>` serves built files from <dir> instead of running Vite (end-to-end tests).
 *
 * Environment: PORT (5173; 0 picks a free one), HOST (localhost), DATA_DIR (<repo>/.data),
 * ALLOWED_ORIGINS (comma-separated, besides the server's own), RATE_LIMIT_MAX (10),
 * RATE_LIMIT_WINDOW_MS (60000).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toNodeListener } from './node-adapter.js';
import { SqliteSubscriberStore } from './sqlite-store.js';
import { createStaticFileHandler } from './static-files.js';
import { createSubscribeHandler, defaultRateLimit } from './subscribe-handler.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const subscribePath = '/api/subscribe';

function fail(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

function envInteger(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) fail(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

let args;
try {
  args = parseArgs({ options: { static: { type: 'string' } } }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nusage: start.ts [--static <dir>]`);
}
const port = envInteger('PORT', 5173, 0);
if (port > 65535) fail('PORT must be at most 65535');
const host = process.env.HOST || 'localhost';
const dataDir = resolve(process.env.DATA_DIR || join(repoRoot, '.data'));
const rateLimit = {
  max: envInteger('RATE_LIMIT_MAX', defaultRateLimit.max, 1),
  windowMs: envInteger('RATE_LIMIT_WINDOW_MS', defaultRateLimit.windowMs, 1),
};
const extraOrigins = (process.env.ALLOWED_ORIGINS ?? '')
  .split(',')
  .map(origin => origin.trim())
  .filter(Boolean);

const store = new SqliteSubscriberStore(dataDir);
// Created once listening: the allowed origins include the server's own, port and all.
let subscribe: Listener | undefined;
let serveOther: Listener;
let closeOther = async (): Promise<void> => {};

const server = createServer((req, res) => {
  // Not `new URL(req.url)`: it throws on request targets like `//`, and routing needs no more.
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
  if (pathname === subscribePath) {
    if (subscribe) subscribe(req, res);
    else res.writeHead(503, { 'retry-after': '1' }).end();
  } else if (pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(302, { location: '/demo/' }).end();
  } else {
    serveOther(req, res);
  }
});

if (args.static !== undefined) {
  const serveStatic = createStaticFileHandler(resolve(args.static));
  serveOther = (req, res) => {
    serveStatic(req, res).catch(() => res.destroy());
  };
} else {
  // Imported only here: `--static` must work without Vite's start-up cost.
  const { createServer: createViteServer } = await import('vite');
  const vite = await createViteServer({
    root: repoRoot,
    appType: 'mpa',
    // HMR shares our server's port instead of opening a second one.
    server: { middlewareMode: true, hmr: { server } },
  });
  serveOther = (req, res) => {
    // Vite in middleware mode hands its errors (already logged) to us instead of answering.
    vite.middlewares(req, res, (error?: unknown) => {
      if (res.headersSent) return void res.destroy();
      const [status, text] = error === undefined ? [404, 'Not found'] : [500, String(error)];
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    });
  };
  closeOther = () => vite.close();
}

server.on('error', error => fail(error.message));
server.listen(port, host, () => {
  const { port: actualPort } = server.address() as AddressInfo;
  try {
    const handler = createSubscribeHandler({
      store,
      allowedOrigins: [...ownOrigins(host, actualPort), ...extraOrigins],
      rateLimit,
      onError: error => console.error(`${new Date().toISOString()} subscribe:`, error),
    });
    subscribe = toNodeListener(handler);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const url = `http://${urlHost(host)}:${actualPort}/`;
  console.log(`story-widgets listening on ${url}`);
  console.log(`  demo:      ${url}demo/`);
  console.log(`  subscribe: POST ${url}${subscribePath.slice(1)} → ${store.path}`);
});

/** The origins a page served by this server can have. */
function ownOrigins(listenHost: string, listenPort: number): string[] {
  const hosts = new Set([urlHost(listenHost)]);
  if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0', '[::]'].includes(urlHost(listenHost))) {
    hosts.add('localhost').add('127.0.0.1').add('[::1]');
  }
  if (listenHost === '0.0.0.0' || listenHost === '::') {
    for (const address of Object.values(networkInterfaces()).flat()) {
      if (address) hosts.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
    }
  }
  hosts.delete('0.0.0.0');
  hosts.delete('[::]');
  return [...hosts].map(name => `http://${name}:${listenPort}`).filter(origin => URL.canParse(origin));
}

function urlHost(name: string): string {
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) process.exit(1); // a second Ctrl-C: don't wait
  stopping = true;
  server.close();
  server.closeAllConnections();
  await closeOther();
  // Closing checkpoints the WAL into the one file.
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
