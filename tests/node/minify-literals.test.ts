/**
 * The CDN builds minify the static text of `css` templates (scripts/minify-literals.ts): what
 * must change, and what must not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyCss } from '../../scripts/minify-literals.js';

describe('minifyCss', () => {
  test('drops comments, indentation and the spaces around { } ; , > and after a property’s colon', () => {
    const css = `
      /* the card */
      :host {
        display: block;
        color: var(--x, #fff);
      }
      .a > .b,
      .c { margin: 0 }
    `;
    assert.equal(minifyCss(css), ' :host{display:block;color:var(--x,#fff)}.a>.b,.c{margin:0}');
  });

  test('keeps a space before a colon, which separates a descendant pseudo-class', () => {
    assert.equal(minifyCss('.list :focus-visible { outline: none; }'), '.list :focus-visible{outline:none}');
  });

  test('keeps quoted strings exactly, spaces and punctuation included', () => {
    assert.equal(minifyCss(`.x::before { content: ' , ; { } '; }`), `.x::before{content:' , ; { } '}`);
    assert.equal(minifyCss(`.x { font-family: "Segoe UI",  sans-serif; }`), `.x{font-family:"Segoe UI",sans-serif}`);
  });

  test('keeps spaces that separate values and media query features', () => {
    assert.equal(
      minifyCss('@media (min-width: 30em) and (prefers-color-scheme: dark) { .x { margin: 0 auto; } }'),
      '@media (min-width: 30em) and (prefers-color-scheme: dark){.x{margin:0 auto}}',
    );
  });
});
