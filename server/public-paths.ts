/**
 * What the demo server may show the world: an explicit allowlist of URL prefixes, each mapped
 * to one folder of the repository. Everything else answers 404 before any file is looked at,
 * in both modes of `npm start` (Vite and `--static`), so the subscribers' database, `.git`,
 * `.env` files or the server's own code can never be fetched, whatever DATA_DIR says.
 */
import { relative, resolve, sep } from 'node:path';

export interface Mount {
  /** URL prefix with both slashes: `/demo/`. */
  prefix: string;
  /** Absolute folder it serves. */
  dir: string;
}

/**
 * The demo site's pages, each one exact file: the partner page at `/`, the embed builder at
 * `/builder/` and the API reference at `/reference/`. Only these paths are public, not the
 * folders around the files (the repository root is one); the pages' scripts and styles live in
 * demo/, which is public already. The same paths hold in `demo-dist/` (npm run build:demo).
 */
export function sitePages(repoRoot: string): Map<string, string> {
  return new Map([
    ['/', resolve(repoRoot, 'index.html')],
    ['/builder/', resolve(repoRoot, 'builder', 'index.html')],
    ['/reference/', resolve(repoRoot, 'reference', 'index.html')],
  ]);
}

/** The public folders of `npm start`: the demo pages and the built bundles. */
export function defaultMounts(repoRoot: string): Mount[] {
  return [
    { prefix: '/demo/', dir: resolve(repoRoot, 'demo') },
    { prefix: '/cdn/', dir: resolve(repoRoot, 'cdn') },
    { prefix: '/dist/', dir: resolve(repoRoot, 'dist') },
  ];
}

/**
 * Parses a `--serve /prefix/=folder` argument (tests mount their own pages this way).
 * Throws with a message naming the argument when it is malformed.
 */
export function parseMount(argument: string, repoRoot: string): Mount {
  const at = argument.indexOf('=');
  const prefix = at > 0 ? argument.slice(0, at) : '';
  const dir = at > 0 ? argument.slice(at + 1) : '';
  if (!/^\/(?:[\w-]+\/)+$/.test(prefix) || dir === '') {
    throw new Error(`--serve wants /prefix/=folder (letters, digits, - and _ between slashes), got "${argument}"`);
  }
  return { prefix, dir: resolve(repoRoot, dir) };
}

/** True when `inner` is `outer` or inside it. */
export function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[A-Za-z]:/.test(path));
}

/**
 * Fails (throws) when a served folder holds the data directory or sits inside it: a mount of
 * the repository root, say, would publish every subscriber.
 */
export function assertDataNotServed(mounts: readonly Mount[], dataDir: string): void {
  for (const mount of mounts) {
    if (isInside(dataDir, mount.dir) || isInside(mount.dir, dataDir)) {
      throw new Error(`${mount.prefix} would serve ${mount.dir}, which holds the subscriber data in ${dataDir}`);
    }
  }
}

/**
 * The decoded path of a request target, or null when it must not be served: not absolute,
 * malformed escapes, a NUL, an empty segment (`//x` is another host to a browser), or any
 * segment starting with a dot (`..`, `.git`, `.data`, `.env`), plain or percent-encoded.
 */
export function safePathname(requestTarget: string): string | null {
  // A browser never sends a fragment: a `#` in a request target is a trick (`/src/#/../.data`).
  if (requestTarget.includes('#')) return null;
  const raw = requestTarget.split('?', 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\') || path.includes('//')) return null;
  if (path.split('/').some(segment => segment.startsWith('.'))) return null;
  return path;
}

/** The mount a safe pathname falls under, and the path inside it; null when none. */
export function findMount(pathname: string, mounts: readonly Mount[]): { mount: Mount; rest: string } | null {
  for (const mount of mounts) {
    if (pathname.startsWith(mount.prefix)) return { mount, rest: pathname.slice(mount.prefix.length) };
    // `/demo` → the handler redirects to `/demo/`.
    if (pathname === mount.prefix.slice(0, -1)) return { mount, rest: '' };
  }
  return null;
}
