// The bench's own HTTP server, on 127.0.0.1 only: the built cdn/ files, the baseline card, the
// demo pages, Ghost's signup form from node_modules, and the generated bench pages. Scripts,
// pages and images are compressed as a CDN sends them (brotli when asked for, else gzip).
//
//   node bench/server.mjs [--port 0] [--max-ms 1800000]
// Prints `listening http://127.0.0.1:PORT` on stdout. Stops by itself when its stdin closes (the
// bench that started it is gone) or after --max-ms, and on SIGTERM (the bench stops it by PID).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cardsPage, shiftPage, signupPage } from './pages.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, 'max-ms': { type: 'string', default: '1800000' } } });

/** URL prefix → folder. Nothing else on the disk is served. */
const mounts = [
  ['/cdn/', join(repoRoot, 'cdn')],
  ['/bench/', join(repoRoot, 'bench')],
  ['/demo/', join(repoRoot, 'demo')],
  ['/ghost/', join(repoRoot, 'node_modules/@tryghost/signup-form/umd')],
];
const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A small cover picture, generated: nothing leaves the machine for an image. */
const coverSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#2e7d32"/><circle cx="600" cy="338" r="120" fill="#d4e157"/></svg>`;

const compressed = new Map();
/** Compressed once per URL and encoding: files and generated pages do not change during a bench. */
function encode(body, encoding, key) {
  if (!encoding) return body;
  let out = compressed.get(key);
  if (!out) {
    out = encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

function send(req, res, status, type, body) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = body.length > 512 ? (/\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : '') : '';
  const bytes = encode(Buffer.from(body), encoding, `${encoding} ${status} ${req.url}`);
  res.writeHead(status, {
    'content-type': type,
    'content-length': bytes.length,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
  });
  res.end(bytes);
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // /late/<path>?ms=300: the same file, answered late (a slow network, a late-loading script).
  let path = url.pathname;
  if (path.startsWith('/late/')) {
    await new Promise(done => setTimeout(done, Math.min(10_000, Number(url.searchParams.get('ms')) || 0)));
    path = path.slice('/late'.length);
  }
  const q = Object.fromEntries(url.searchParams);
  if (path === '/page/cards') return send(req, res, 200, types['.html'], cardsPage(q));
  if (path === '/page/signup') return send(req, res, 200, types['.html'], signupPage(q, `http://${req.headers.host}`));
  if (path === '/page/shift') return send(req, res, 200, types['.html'], shiftPage(q));
  if (path === '/bench/cover.svg') return send(req, res, 200, types['.svg'], coverSvg);
  if (path === '/robots.txt') return send(req, res, 200, types['.txt'], 'User-agent: *\nAllow: /\n');
  if (path === '/favicon.ico') return send(req, res, 200, types['.svg'], coverSvg);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(dir + '/')) break;
    try {
      return send(req, res, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      break;
    }
  }
  send(req, res, 404, types['.txt'], 'not found');
}

const server = createServer((req, res) => {
  handle(req, res).catch(error => {
    if (!res.headersSent) send(req, res, 500, types['.txt'], String(error));
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
setTimeout(stop, Number(values['max-ms'])).unref();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
