/**
 * Serves files from the allowlisted folders with the right content types: the `--static` mode
 * of `npm start`, which end-to-end tests use to load the built bundles without Vite.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { findMount, safePathname, type Mount } from './public-paths.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export type StaticFileHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Serves the files under `mounts` and the single files of `pages` (path → file, see
 * public-paths.ts), and nothing else.
 */
export function createStaticFileHandler(mounts: readonly Mount[], pages: ReadonlyMap<string, string> = new Map()): StaticFileHandler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0]!;
    const page = pages.get(rawPath);
    if (page !== undefined) {
      const info = await stat(page).catch(() => null);
      if (!info?.isFile()) return sendText(res, 404, 'Not found');
      res.writeHead(200, { 'content-type': contentTypes['.html']!, 'content-length': String(info.size), 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(page).on('error', () => res.destroy()).pipe(res);
      return;
    }
    const pathname = safePathname(rawPath);
    const found = pathname === null ? null : findMount(pathname, mounts);
    if (found === null) return sendText(res, 404, 'Not found');
    if (found.rest === '' && !rawPath.endsWith('/')) {
      res.writeHead(301, { location: `${rawPath}/` }).end();
      return;
    }
    const root = found.mount.dir;
    let file = join(root, found.rest);
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        res.writeHead(301, { location: `${rawPath}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return sendText(res, 404, 'Not found');
    // realpath: a symlink inside the mount must not lead outside it.
    const [real, realRoot] = await Promise.all([realpath(file).catch(() => null), realpath(root).catch(() => null)]);
    if (real === null || realRoot === null || !real.startsWith(realRoot + sep)) return sendText(res, 404, 'Not found');

    res.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(real).on('error', () => res.destroy()).pipe(res);
  };
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}
