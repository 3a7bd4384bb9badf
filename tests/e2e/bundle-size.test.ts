/**
 * The built bundles, as a publisher ships them: under the byte budget, and free of the APIs
 * that turn strings into markup or code. Reads `dist/`, which `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoRoot } from '../server/server-process.js';

/** Byte budgets, compressed at maximum quality: deterministic, so CI can hold them exactly. */
export const budgets = {
  /**
   * `dist/story-widgets.iife.js`, Lit included, brotli: the ceiling CI holds today, a little
   * above the measured size (24,004 B when set), so any growth is a deliberate change here.
   */
  iifeBrotliBytes: 24.5 * 1024,
  /**
   * Where the script tag has to get to (the hardening issue): 12 KB brotli, Lit included.
   * Measured when the ceiling was set: Lit ~5.4 KB, six languages' strings ~3.4 KB, story
   * parsing with valibot ~3.3 KB, and the rest the three elements' templates and styles.
   */
  iifeBrotliTarget: 12 * 1024,
} as const;

const bundles = ['dist/story-widgets.iife.js', 'dist/story-widgets.js'];

function readBundle(file: string): Buffer {
  const path = join(repoRoot, file);
  if (!existsSync(path)) assert.fail(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(path);
}

function brotliSize(bytes: Buffer): number {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
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
  { name: "Lit's unsafeHTML / unsafeSVG / unsafeMathML", pattern: /\bunsafe(?:HTML|SVG|MathML)\b/g },
];

/** Offsets of every match of `pattern` in `text`. */
function offsets(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map(match => match.index);
}

describe('the built bundles', () => {
  it(`keeps the classic-script bundle under ${budgets.iifeBrotliBytes} bytes brotli, Lit included`, () => {
    const iife = readBundle('dist/story-widgets.iife.js');
    const brotli = brotliSize(iife);
    const gzip = gzipSync(iife, { level: 9 }).length;
    assert.ok(
      brotli < budgets.iifeBrotliBytes,
      `dist/story-widgets.iife.js is ${brotli} bytes brotli (${iife.length} minified, ${gzip} gzip), ` +
        `over its budget of ${budgets.iifeBrotliBytes} bytes brotli`,
    );
  });

  it('our source never turns strings into markup or code', () => {
    const found: string[] = [];
    const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter(name =>
      name.endsWith('.ts'),
    );
    assert.ok(files.length > 0, 'src/ has TypeScript files');
    for (const name of files) {
      const path = join(repoRoot, 'src', name);
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, index) => {
        for (const { name: api, pattern } of stringToMarkupOrCode) {
          if (offsets(line, pattern).length) found.push(`${relative(repoRoot, path)}:${index + 1} uses ${api}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });

  // The bundles include Lit, and Lit itself assigns `innerHTML` exactly once: on a fresh
  // `<template>` element, with the template's static strings (never interpolated values),
  // passed through its own Trusted Types policy (`lit-html`) — which is why the kit works
  // under `require-trusted-types-for 'script'`. That one assignment is allowed; any other
  // use of these APIs, in Lit or anything else bundled, is not.
  for (const file of bundles) {
    it(`${file} has none of them but Lit's one template-element innerHTML`, () => {
      const code = readBundle(file).toString('utf8');
      const found: string[] = [];
      for (const { name, pattern } of stringToMarkupOrCode) {
        const at = offsets(code, pattern);
        if (name === 'innerHTML') {
          const onTemplate = at.filter(offset =>
            /createElement\(\s*[`'"]template[`'"]\s*\)/.test(code.slice(offset - 120, offset)),
          );
          if (at.length !== 1 || onTemplate.length !== 1) {
            const excerpts = at.map(offset => code.slice(offset - 60, offset + 30)).join(' … ');
            found.push(`innerHTML ×${at.length} (${onTemplate.length} on Lit's <template>): ${excerpts}`);
          }
        } else if (at.length) {
          found.push(`${name} ×${at.length}: ` + at.map(offset => code.slice(offset - 60, offset + 30)).join(' … '));
        }
      }
      assert.deepEqual(found, []);
    });
  }
});
