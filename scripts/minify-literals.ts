import type { Plugin } from 'vite';

/**
 * Minifies the static text of Lit's `css` tagged templates in the CDN builds (indentation,
 * comments and CSS punctuation spaces). Only the literal parts change; `${…}` expressions are
 * left as they are. Lit's own code is not touched. (The elements have no `html` templates:
 * they build their DOM by hand, src/internal/dom.ts.)
 *
 * Comments go, whitespace runs become one space, and spaces around `{ } ; ,` and after `:` in
 * declarations go. A space before `:` is kept (`a :hover` ≠ `a:hover`).
 */
export function minifyCss(text: string): string {
  // Quoted strings (`content: ', '`) keep every character: odd items of the split.
  return text
    .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
    .split(/("[^"\\\n]*"|'[^'\\\n]*')/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/([{;][-\w]+): /g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('');
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

export function minifyLiterals(): Plugin {
  return {
    name: 'story-widgets:minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!isNode(node)) return;
        if (node.type === 'TaggedTemplateExpression') {
          const tag = node.tag as Node & { name?: string };
          const quasis = (node.quasi as { quasis: Array<Node & { value: { raw: string } }> }).quasis;
          if (tag.type === 'Identifier' && tag.name === 'css') {
            for (const quasi of quasis) {
              const raw = quasi.value.raw;
              // Positions of the raw text: exactly where the parser says, or leave it be.
              if (code.slice(quasi.start, quasi.end) !== raw) this.error(`minify-literals: unexpected template positions in ${id}`);
              const text = minifyCss(raw);
              if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
            }
          }
        }
        for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
