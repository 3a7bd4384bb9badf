// Renames what cdn/core.js exports to one-letter names, in core.js and in every cdn/ file that
// imports it. core.js is the CDN build's internal shared chunk (no page imports it by name), and
// its import and export lists were ~350 B brotli of names on every page: `LitElement as e,
// ThemeController as t, …` on one side and `export{W as LitElement, …}` on the other.
// Vite builds each CDN file on its own (vite.config.ts), so no single build can shorten them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Rewrites `cdn/`; throws when a file does not have the shape it expects (a build changed). */
export function shortenCoreExports(cdn = 'cdn') {
  const corePath = join(cdn, 'core.js');
  const core = readFileSync(corePath, 'utf8');
  const exports = /export\{([\w$ ,]+)\};?\s*$/.exec(core);
  if (!exports) throw new Error('short-core-exports: cdn/core.js has no final export list');
  const pairs = exports[1].split(',').map(item => {
    const [local, exported = local] = item.trim().split(/\s+as\s+/);
    return { local, exported };
  });
  if (pairs.length > letters.length) throw new Error('short-core-exports: more exports than one-letter names');
  const short = new Map(pairs.map(({ exported }, index) => [exported, letters[index]]));
  writeFileSync(
    corePath,
    core.slice(0, exports.index) + `export{${pairs.map(({ local, exported }) => `${local} as ${short.get(exported)}`).join(',')}};\n`,
  );

  const files = readdirSync(cdn, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.js'))
    .map(entry => join(entry.parentPath, entry.name))
    .filter(path => path !== corePath);
  for (const path of files) {
    const code = readFileSync(path, 'utf8');
    if (!code.includes('core.js')) continue;
    let count = 0;
    const renamed = code.replace(/import\{([\w$ ,]+)\}from"((?:\.\.?\/)+core\.js)"/g, (_whole, list, from) => {
      count++;
      const items = list.split(',').map(item => {
        const [imported, local = imported] = item.trim().split(/\s+as\s+/);
        const name = short.get(imported);
        if (!name) throw new Error(`short-core-exports: ${path} imports ${imported}, which cdn/core.js does not export`);
        return `${name} as ${local}`;
      });
      return `import{${items.join(',')}}from"${from}"`;
    });
    // Every mention of core.js must be an import list just rewritten (no `export *`, no `import()`).
    if (count !== code.split('core.js').length - 1) throw new Error(`short-core-exports: ${path} uses core.js in a way this cannot rewrite`);
    writeFileSync(path, renamed);
  }
}
