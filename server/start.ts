/**
 * `npm start`: one HTTP server for the demo pages (Vite, in middleware mode) with the real
 * subscribe endpoint at /api/subscribe, so the demo's signup box really stores signups.
 * `--static` serves files as they are instead of running Vite (end-to-end tests).
 * Either way only an allowlist is public (server/public-paths.ts): the demo site's three pages
 * (`/`, `/builder/`, `/reference/`, one file each), /demo/, /cdn/, /dist/, plus any
 * `--serve /prefix/=folder` given (tests mount their pages so); never the data directory.
 *
 * Environment: PORT (5173; 0 picks a free one), HOST (localhost), DATA_DIR (<repo>/.data),
 * ALLOWED_ORIGINS (comma-separated, besides the server's own), RATE_LIMIT_MAX (10),
 * RATE_LIMIT_WINDOW_MS (60000).
 *
 * A database that cannot be opened (corrupt, unreadable) does not stop the server: it logs why
 * and answers signups `503` while the demo is served as usual. SIGTERM/SIGINT stop taking
 * connections, let the requests in flight finish (5 s at most), then exit 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toNodeListener } from './node-adapter.js';
import { SqliteSubscriberStore, sqliteFileName } from './sqlite-store.js';
import { StoreUnavailableError, type SubscriberStore } from './store.js';
import { demoSite } from '../scripts/demo-site.js';
import { assertDataNotServed, defaultMounts, findMount, parseMount, safePathname, sitePages, type Mount } from './public-paths.js';
import { createStaticFileHandler } from './static-files.js';
import { createSubscribeHandler, defaultRateLimit } from './subscribe-handler.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const subscribePath = '/api/subscribe';
/**
 * What Vite may answer besides the mounts: the source modules the demo imports, Vite's own
 * client and its pre-bundled dependencies. No `/@fs/` (any file on the machine), no
 * `/@id/`, nothing at the root of the repository.
 */
const viteDeps = 'node_modules/.vite/deps';
const viteMounts: Mount[] = ['src', viteDeps, 'node_modules/vite/dist/client'].map(folder => ({
  prefix: `/${folder}/`,
  dir: join(repoRoot, folder),
}));

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
  args = parseArgs({ options: { static: { type: 'boolean' }, serve: { type: 'string', multiple: true } } }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nusage: start.ts [--static] [--serve /prefix/=folder …]`);
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

const pages = sitePages(repoRoot);
let mounts: Mount[];
try {
  mounts = [...defaultMounts(repoRoot), ...(args.serve ?? []).map(argument => parseMount(argument, repoRoot))];
  assertDataNotServed(args.static ? mounts : [...mounts, ...viteMounts], dataDir);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const logStore = (line: string) => console.error(`${new Date().toISOString()} store: ${line}`);
const storePath = join(dataDir, sqliteFileName);
let store: SubscriberStore;
let storeOpened = true;
try {
  store = new SqliteSubscriberStore(dataDir, { log: logStore });
} catch (error) {
  // The demo goes on without signups: a broken database is the operator's to repair.
  logStore(`${error instanceof Error ? error.message : String(error)}; signups answer 503 until it is repaired and the server restarted`);
  storeOpened = false;
  store = unavailableStore(error);
}
// Created once listening: the allowed origins include the server's own, port and all.
let subscribe: Listener | undefined;
let serveOther: Listener;
let closeOther = async (): Promise<void> => {};
/** Answers being written: a stop waits for them. */
const inFlight = new Set<ServerResponse>();
let stopping = false;

const server = createServer((req, res) => {
  inFlight.add(res);
  res.once('close', () => {
    inFlight.delete(res);
    if (stopping) settleStop();
  });
  if (stopping) res.setHeader('connection', 'close');
  // Not `new URL(req.url)`: it throws on request targets like `//`, and routing needs no more.
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
  if (pathname === subscribePath) {
    if (subscribe) subscribe(req, res);
    else res.writeHead(503, { 'retry-after': '1' }).end();
  } else if (pages.has(`${pathname}/`) && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(301, { location: `${pathname}/` }).end();
  } else {
    serveOther(req, res);
  }
});

const serveStatic = createStaticFileHandler(mounts, pages);
const serveFile: Listener = (req, res) => {
  serveStatic(req, res).catch(() => res.destroy());
};
if (args.static) {
  serveOther = serveFile;
} else {
  // Imported only here: `--static` must work without Vite's start-up cost.
  const { createServer: createViteServer } = await import('vite');
  const vite = await createViteServer({
    root: repoRoot,
    // vite.config.ts describes the CDN builds; the demo needs Vite's defaults only.
    configFile: false,
    appType: 'mpa',
    // The partner page's signup box posts to this server's own endpoint; the reference page's
    // tables are written from custom-elements.json (scripts/demo-site.ts).
    plugins: [demoSite({ signupEndpoint: subscribePath })],
    server: {
      middlewareMode: true,
      // HMR shares our server's port instead of opening a second one.
      hmr: { server },
      // A second fence behind the allowlist: Vite itself reads only these folders.
      fs: { strict: true, allow: [...[...mounts, ...viteMounts].map(mount => mount.dir), ...pages.values()], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '*.sqlite*'] },
    },
  });
  serveOther = (req, res) => {
    // The built kit goes out byte for byte, as a CDN sends it: Vite would rewrite its dynamic
    // imports and add an import statement, which breaks the classic script.
    if ((req.url ?? '').startsWith('/cdn/')) return serveFile(req, res);
    if (!pages.has((req.url ?? '/').split('?', 1)[0]!) && !isViteServable(req.url ?? '/', mounts)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
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
      // A store that cannot write has said so once per incident (logStore); anything else is a bug.
      onError: error => {
        if (!(error instanceof StoreUnavailableError)) console.error(`${new Date().toISOString()} subscribe:`, error);
      },
    });
    subscribe = toNodeListener(handler);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const url = `http://${urlHost(host)}:${actualPort}/`;
  console.log(`story-widgets listening on ${url}`);
  console.log(`  demo:      ${url} (a partner's page), ${url}builder/ (embed builder), ${url}reference/ (API reference)`);
  console.log(`  developer pages: ${url}demo/`);
  console.log(`  subscribe: POST ${url}${subscribePath.slice(1)} → ${storePath}${storeOpened ? '' : ' (unavailable, see above)'}`);
});

const viteOnlyPaths = ['/@vite/client', '/@vite/env'];

function isViteServable(requestTarget: string, publicMounts: readonly Mount[]): boolean {
  const raw = requestTarget.split('?', 1)[0]!;
  if (viteOnlyPaths.includes(raw)) return true;
  // Vite's dependency cache lives in a dot folder, which safePathname refuses on purpose: check
  // what follows it. safePathname also refuses a `#` anywhere in the target.
  const depsPrefix = `/${viteDeps}/`;
  const pathname = raw.startsWith(depsPrefix) ? safePathname(`/${requestTarget.slice(depsPrefix.length)}`) && raw : safePathname(requestTarget);
  return pathname ? findMount(pathname, [...publicMounts, ...viteMounts]) !== null : false;
}

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

/** Rejects every signup with why the database could not be opened. */
function unavailableStore(cause: unknown): SubscriberStore {
  const reason = new StoreUnavailableError(`${storePath} could not be opened`, { cause });
  return {
    add: () => Promise.reject(reason),
    export: () => Promise.reject(reason),
    close: async () => {},
  };
}

const stopDeadlineMs = 5000;
let settleStop = (): void => {};

/**
 * Stops taking connections, lets the answers in flight finish (they go out with
 * `Connection: close`), then closes the store and exits 0. A client that keeps a request open
 * past the deadline is cut off; a second signal exits at once.
 */
async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(1); // a second Ctrl-C: don't wait
  stopping = true;
  server.close();
  server.closeIdleConnections();
  for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  console.log(`${signal}: no new connections; finishing ${inFlight.size} request(s) in flight, then exiting`);
  await new Promise<void>(resolveStop => {
    const deadline = setTimeout(resolveStop, stopDeadlineMs);
    settleStop = () => {
      if (inFlight.size > 0) return;
      clearTimeout(deadline);
      resolveStop();
    };
    settleStop();
  });
  // What is left is idle kept-alive sockets (and, under Vite, its HMR socket).
  server.closeAllConnections();
  await closeOther();
  // Closing checkpoints the WAL into the one file.
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
