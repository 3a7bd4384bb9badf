// `npm run size`: raw, gzip and brotli (quality 11) bytes of every file in cdn/, and of what a
// page actually loads for each way of using the kit (an entry and every file it imports
// statically; language files and other on-demand modules are listed apart). Budgets are
// checked by `npm test` (tests/e2e/bundle-size.test.ts reads the same numbers).
//   --write   also rewrite the size table in README.md (between <!-- size --> markers)
//   --check   exit 1 when a budget is exceeded
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(repoRoot, 'cdn');

/**
 * What a page loads, with its budget in brotli-11 bytes, which `npm test` holds (null: reported,
 * not held). The budgets are the package's promise to publishers (18 KB for everything, 13 KB
 * for a card, 12 KB for a signup box): raise one only for a fix that must ship, and say so in
 * the commit.
 */
export const pages = [
  { name: 'every element, classic script', entry: 'story-widgets.iife.js', budget: 18_432 },
  { name: 'only <story-card>', entry: 'story-card.js', budget: 13_312 },
  { name: 'only <newsletter-signup>', entry: 'newsletter-signup.js', budget: 12_288 },
  // The first card written as markup on a page also loads its reader.
  { name: 'only <story-card>, written as markup', entry: 'story-card.js', also: ['parts/from-markup.js'], budget: null },
  { name: 'only <quoted-reply>', entry: 'quoted-reply.js', budget: null },
  { name: 'every element, ES module', entry: 'story-widgets.js', budget: null },
];

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** `file` and every file it imports statically, in load order, each once. */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(cdn, file), 'utf8');
  // Our own minified output: `import{…}from"./x.js"`, `export{…}from"./x.js"`, `import"./x.js"`.
  // `import("./x.js")` (on demand) has a parenthesis and does not match.
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    staticGraph(relative(cdn, join(cdn, dirname(file), match[1])), seen);
  }
  return seen;
}

export function measure() {
  if (!existsSync(cdn)) throw new Error('cdn/ is missing: run `npm run build` first');
  const files = readdirSync(cdn, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.js'))
    .sort()
    .map(name => ({ file: name, ...sizes(readFileSync(join(cdn, name))) }));
  const byFile = new Map(files.map(entry => [entry.file, entry]));
  const loads = pages.map(page => {
    const loaded = [...staticGraph(page.entry), ...(page.also ?? [])];
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of loaded) for (const key of Object.keys(total)) total[key] += byFile.get(file)[key];
    return { ...page, files: loaded, ...total };
  });
  return { files, loads };
}

function table({ files, loads }) {
  const n = value => value.toLocaleString('en-US');
  const rows = [
    '| What a page loads | Files | Raw | gzip | brotli | Budget |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...loads.map(load => `| ${load.name.replace(/</g, '&lt;')} (\`cdn/${load.entry}\`) | ${load.files.length} | ${n(load.raw)} | ${n(load.gzip)} | **${n(load.brotli)}** | ${load.budget ? n(load.budget) : '–'} |`),
    '',
    '| On demand | Raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...files.filter(file => /^(?:locales|parts)\//.test(file.file)).map(file => `| \`cdn/${file.file}\` | ${n(file.raw)} | ${n(file.gzip)} | ${n(file.brotli)} |`),
  ];
  return rows.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measure();
  console.log('cdn/ file                          raw     gzip   brotli');
  for (const file of result.files) {
    console.log(`${file.file.padEnd(30)} ${String(file.raw).padStart(8)} ${String(file.gzip).padStart(8)} ${String(file.brotli).padStart(8)}`);
  }
  console.log('\nwhat a page loads                          files     raw     gzip   brotli   budget');
  let over = 0;
  for (const load of result.loads) {
    const verdict = load.budget === null ? '' : load.brotli <= load.budget ? `≤ ${load.budget} ✓` : `> ${load.budget} ✗`;
    if (load.budget !== null && load.brotli > load.budget) over++;
    console.log(`${`${load.name} (${load.entry})`.padEnd(44)} ${String(load.files.length).padStart(3)} ${String(load.raw).padStart(8)} ${String(load.gzip).padStart(8)} ${String(load.brotli).padStart(8)}   ${verdict}`);
  }
  if (process.argv.includes('--write')) {
    const readme = join(repoRoot, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const marked = /(<!-- size -->\n)[\s\S]*?(\n<!-- \/size -->)/;
    if (!marked.test(text)) throw new Error('README.md has no <!-- size --> … <!-- /size --> markers');
    writeFileSync(readme, text.replace(marked, (_whole, open, close) => `${open}${table(result)}${close}`));
    console.log('\nREADME.md size table written');
  }
  if (process.argv.includes('--check') && over) process.exit(1);
}
