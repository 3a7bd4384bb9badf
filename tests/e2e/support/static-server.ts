/**
 * A plain static file server, as any static host is: one folder, files as they are (gzip when
 * the browser asks, `Access-Control-Allow-Origin: *` as a public CDN sends), directories answer
 * their index.html, nothing else. In this process, on 127.0.0.1 and a free port; `close()` in
 * `after` stops it, and it dies with the test process. `pages` adds fixed HTML answers (a
 * publisher's page made from a pasted snippet).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  /** Sets (or replaces) a fixed HTML answer for `path`. */
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(folder: string | null): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const root = folder === null ? null : await realpath(folder);
  const notFound = (res: ServerResponse) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent((req.url ?? '/').split(/[?#]/, 1)[0]!);
      res.setHeader('access-control-allow-origin', '*');
      const page = pages.get(path);
      if (page !== undefined) return void res.writeHead(200, { 'content-type': types['.html']! }).end(page);
      if (root === null || path.split('/').some(segment => segment === '..' || segment.startsWith('.'))) return notFound(res);
      let file = join(root, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const real = await realpath(file).catch(() => null);
      if (real === null || !real.startsWith(root + sep) || !(await stat(real)).isFile()) return notFound(res);
      const type = types[extname(real)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      const stream = createReadStream(real);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    })().catch(() => res.destroy());
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => void pages.set(path, html),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
