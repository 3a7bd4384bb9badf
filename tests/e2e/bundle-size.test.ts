/**
 * The built bundles, as a publisher ships them: every page within its byte budget, Lit loaded
 * once, and free of the APIs that turn strings into markup or code. Reads `cdn/`, which
 * `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../server/server-process.js';

// @ts-expect-error: a plain ES module script, typed by use
import { measure } from '../../scripts/size.mjs';

interface PageLoad {
  name: string;
  entry: string;
  budget: number | null;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

const cdnFiles = (): string[] =>
  readdirSync(join(repoRoot, 'cdn'), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.js'));

function readBundle(file: string): Buffer {
  const path = join(repoRoot, file);
  if (!existsSync(path)) assert.fail(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(path);
}

/** APIs that parse a string as HTML or run it as code. */
const stringToMarkupOrCode: Array<{ name: string; pattern: RegExp }> = [
  { name: 'innerHTML', pattern: /innerHTML/g },
  { name: 'outerHTML', pattern: /outerHTML/g },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/g },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(?:set|parse)HTMLUnsafe\b/g },
  { name: 'createContextualFragment', pattern: /createContextualFragment/g },
  { name: 'document.write', pattern: /document\.write/g },
  { name: 'srcdoc', pattern: /srcdoc/gi },
  { name: 'eval(', pattern: /\beval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\b/g },
  { name: "Lit's unsafeHTML / unsafeSVG / unsafeMathML / unsafeStatic", pattern: /\bunsafe(?:HTML|SVG|MathML|Static)\b/g },
  { name: 'setTimeout / setInterval with a string', pattern: /\bset(?:Timeout|Interval)\(\s*['"`]/g },
];

/** Offsets of every match of `pattern` in `text`. */
function offsets(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map(match => match.index);
}

describe('the built bundles', () => {
  // Budgets in brotli-11 bytes of every JS file a page loads (scripts/size.mjs): deterministic.
  const { loads } = measure() as { loads: PageLoad[] };
  for (const load of loads.filter(entry => entry.budget !== null)) {
    it(`a page with ${load.name} (cdn/${load.entry} and what it imports) loads at most ${load.budget} bytes brotli`, () => {
      assert.ok(
        load.brotli <= load.budget!,
        `${load.files.join(' + ')}: ${load.brotli} bytes brotli (${load.raw} raw, ${load.gzip} gzip), over ${load.budget}`,
      );
    });
  }

  it('every ES module entry loads Lit (ReactiveElement) from the same one chunk, and no file carries lit-html or LitElement', () => {
    for (const file of cdnFiles()) {
      const code = readBundle(join('cdn', file)).toString('utf8');
      assert.ok(!code.includes('litHtmlVersions') && !code.includes('litElementVersions'), `cdn/${file} carries lit-html or LitElement`);
    }
    const hasLit = (file: string) => readBundle(join('cdn', file)).toString('utf8').includes('reactiveElementVersions');
    const litFiles = loads
      .filter(load => !load.entry.endsWith('.iife.js'))
      .map(load => {
        const withLit = load.files.filter(hasLit);
        assert.equal(withLit.length, 1, `cdn/${load.entry} loads Lit from ${withLit.length} files`);
        return withLit[0];
      });
    assert.equal(new Set(litFiles).size, 1, `the entries load Lit from ${[...new Set(litFiles)].join(', ')}`);
  });

  it('our source (src/, server/, the demo site in demo/) and the npm build (dist/) never turn strings into markup or code', () => {
    const found: string[] = [];
    const files = ['src', 'server', 'dist', 'demo'].flatMap(folder =>
      readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
        .filter(name => /\.(?:ts|js)$/.test(name) && !name.endsWith('.d.ts'))
        .map(name => join(folder, name)),
    );
    assert.ok(files.some(name => name.startsWith('dist')), 'dist/ is built');
    for (const name of files) {
      const path = join(repoRoot, name);
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, index) => {
        for (const { name: api, pattern } of stringToMarkupOrCode) {
          if (offsets(line, pattern).length) found.push(`${relative(repoRoot, path)}:${index + 1} uses ${api}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });

  // The bundles carry Lit's ReactiveElement, not lit-html: nothing in them turns a string into
  // markup or code, Lit included (lit-html's one `innerHTML`, on a <template>, is gone with it).
  it('the cdn/ files have none of them, Lit included', () => {
    const found: string[] = [];
    for (const file of cdnFiles()) {
      const code = readBundle(join('cdn', file)).toString('utf8');
      for (const { name, pattern } of stringToMarkupOrCode) {
        const at = offsets(code, pattern);
        if (at.length) found.push(`${file}: ${name} ×${at.length}: ` + at.map(offset => code.slice(offset - 60, offset + 30)).join(' … '));
      }
    }
    assert.deepEqual(found, []);
  });
});
