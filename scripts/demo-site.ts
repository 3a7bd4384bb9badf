// The demo site's Vite plugin, for `npm start` (dev) and `npm run build:demo` (demo-dist/):
//   %SIGNUP_ENDPOINT%           in any page: where the signup boxes post (an attribute value)
//   <!-- story: demo/story.json -->   the seed story as inline JSON (the partner page), its
//                               cover image made relative to the page, so a copy served from a
//                               sub-folder still finds it
//   <!-- api:TAG -->            on /reference/: every attribute, property, event, slot, part and
//                               CSS custom property of TAG, from custom-elements.json
// Everything written into a page is escaped here; nothing from the manifest or the story is
// ever taken as markup.
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { escapeHtml, jsonForScript } from '../demo/snippet.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DemoSiteOptions {
  /** Where the demo's signup boxes post: the reference endpoint's path, or any URL. */
  signupEndpoint: string;
}

export function demoSite({ signupEndpoint }: DemoSiteOptions): Plugin {
  return {
    name: 'story-widgets:demo-site',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        let page = html.replaceAll('%SIGNUP_ENDPOINT%', escapeHtml(signupEndpoint));
        page = page.replace(/<!-- story: demo\/story\.json -->/g, () => seedStoryJson(context.path));
        if (page.includes('<!-- api:')) page = withApiTables(page);
        return page;
      },
    },
  };
}

/** demo/story.json as inline JSON for the page at `pagePath`, its image relative to that page. */
function seedStoryJson(pagePath: string): string {
  const story = JSON.parse(readFileSync(join(repoRoot, 'demo/story.json'), 'utf8')) as { image?: { src?: string } };
  if (story.image?.src?.startsWith('/')) {
    const fromPage = posix.relative(posix.dirname(pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath), story.image.src);
    story.image.src = fromPage.startsWith('.') ? fromPage : `./${fromPage}`;
  }
  return jsonForScript(story);
}

// ─── the API reference, from custom-elements.json ──────────────────────────────────────────

interface ManifestEntry {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
}
export interface ManifestElement {
  tagName: string;
  name: string;
  summary?: string;
  attributes?: ManifestEntry[];
  members?: ManifestEntry[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

export function manifestElements(): ManifestElement[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{ declarations?: Array<Partial<ManifestElement>> }>;
  };
  return manifest.modules.flatMap(module => module.declarations ?? []).filter((d): d is ManifestElement => typeof d.tagName === 'string');
}

/** The rows of each table for one element: what the page shows and what the test expects. */
export function apiRows(element: ManifestElement): Record<string, { headers: string[]; rows: string[][] }> {
  const members = (element.members ?? []).filter(m => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  return {
    attributes: {
      headers: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      rows: (element.attributes ?? []).map(a => {
        const member = members.find(m => m.name === a.fieldName);
        return [a.name, a.fieldName ?? '', text(a.type?.text), text(a.default ?? member?.default), text(a.description)];
      }),
    },
    properties: {
      headers: ['Property', 'Type', 'Default', 'Description'],
      rows: members.filter(m => !m.attribute).map(m => [m.name, text(m.type?.text), text(m.default), text(m.description)]),
    },
    events: {
      headers: ['Event', 'Type', 'Description'],
      rows: (element.events ?? []).filter(e => e.name).map(e => [e.name, text(e.type?.text), text(e.description)]),
    },
    slots: {
      headers: ['Slot', 'Description'],
      rows: (element.slots ?? []).map(s => [s.name || '(default)', text(s.description)]),
    },
    parts: {
      headers: ['Part', 'Description'],
      rows: (element.cssParts ?? []).map(p => [p.name, text(p.description)]),
    },
    cssProperties: {
      headers: ['Custom property', 'Default', 'Description'],
      rows: (element.cssProperties ?? []).map(p => [p.name, text(p.default), text(p.description)]),
    },
  };
}

const tableTitles: Record<string, string> = {
  attributes: 'Attributes',
  properties: 'Properties (JavaScript only)',
  events: 'Events',
  slots: 'Slots',
  parts: 'CSS parts',
  cssProperties: 'CSS custom properties',
};

/** Text with `code` spans, as the JSDoc writes it: escaped, backticks become <code>. */
function prose(value: string): string {
  return value
    .split('`')
    .map((piece, index) => (index % 2 ? `<code>${escapeHtml(piece)}</code>` : escapeHtml(piece)))
    .join('');
}

function apiTables(element: ManifestElement): string {
  const out: string[] = [];
  for (const [kind, { headers, rows }] of Object.entries(apiRows(element))) {
    const id = `${element.tagName}-${kind}`;
    out.push(`<h3 id="${id}">${tableTitles[kind]}</h3>`);
    if (rows.length === 0) {
      out.push(`<p data-api="${kind}">None.</p>`);
      continue;
    }
    out.push(
      `<div class="table-scroll" role="region" aria-label="&lt;${element.tagName}&gt; ${tableTitles[kind]!.toLowerCase()}" tabindex="0">`,
      `<table data-api="${kind}">`,
      `<thead><tr>${headers.map(h => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...rows.map(
        row =>
          `<tr>${row
            .map((cell, index) => {
              const last = index === row.length - 1;
              // The name column and the type/default columns are code; the description is prose.
              const body = last ? prose(cell) : cell && cell !== '(default)' ? `<code>${escapeHtml(cell)}</code>` : escapeHtml(cell);
              return index === 0 ? `<th scope="row">${body}</th>` : `<td>${body}</td>`;
            })
            .join('')}</tr>`,
      ),
      '</tbody>',
      '</table>',
      '</div>',
    );
  }
  return out.join('\n');
}

function withApiTables(page: string): string {
  const elements = manifestElements();
  const missing = elements.filter(element => !page.includes(`<!-- api:${element.tagName} -->`));
  if (missing.length) throw new Error(`reference/index.html has no <!-- api:TAG --> for ${missing.map(e => e.tagName).join(', ')}`);
  return page.replace(/<!-- api:([\w-]+) -->/g, (_whole, tag: string) => {
    const element = elements.find(candidate => candidate.tagName === tag);
    if (!element) throw new Error(`reference/index.html has a section for <${tag}>, which custom-elements.json does not know`);
    return `${element.summary ? `<p class="summary">${prose(element.summary)}</p>\n` : ''}${apiTables(element)}`;
  });
}
