import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

/**
 * The CDN builds, Lit included (the npm build in dist/ is plain `tsc`; scripts/build.mjs runs
 * every build below). One mode per output, so no build invents shared chunks of its own:
 *   cdn-core              cdn/core.js (Lit and the kit's internals, src/cdn/core.ts) and
 *                         cdn/locales/<lang>.js
 *   cdn-element:TAG       cdn/TAG.js: registers one element; imports cdn/core.js, bundles the
 *                         rest, so a page with one element loads two files and Lit once
 *   cdn-all               cdn/story-widgets.js: imports the three element modules, adds the parsers
 *   cdn-iife              cdn/story-widgets.iife.js: one classic script with everything
 *   cdn-part:NAME         cdn/parts/NAME.js: code loaded on demand (the markup and JSON-LD
 *                         readers, the signup providers but the endpoint), built alone so it
 *                         imports nothing
 * Languages and parts load from beside the kit's files (on-demand.cdn.ts).
 */
export const elements = ['story-card', 'quoted-reply', 'newsletter-signup'];
export const parts: Record<string, string> = {
  'from-markup': 'src/story/from-markup.ts',
  'json-ld': 'src/story/json-ld.ts',
  form: 'src/newsletter-signup/providers/form.ts',
  mailchimp: 'src/newsletter-signup/providers/mailchimp.ts',
  buttondown: 'src/newsletter-signup/providers/buttondown.ts',
  kit: 'src/newsletter-signup/providers/kit.ts',
  ghost: 'src/newsletter-signup/providers/ghost.ts',
};
export const languages = ['es', 'fr', 'de', 'ar', 'ja'];
export const cdnModes = [
  'cdn-core',
  ...elements.map(tag => `cdn-element:${tag}`),
  'cdn-all',
  'cdn-iife',
  ...Object.keys(parts).map(name => `cdn-part:${name}`),
];

/** Languages and parts load from beside the kit's files in the CDN builds (on-demand.cdn.ts). */
function cdnOnDemand(): Plugin {
  return {
    name: 'story-widgets:cdn-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('/on-demand.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.cdn.ts'), importer, { skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

/**
 * Keeps what cdn/core.js provides (Lit, src/internal/) and, for cdn-all, the element modules
 * as imports of those files instead of bundling another copy.
 */
function importFromSiblings(siblings: Array<[RegExp, string]>): Plugin {
  return {
    name: 'story-widgets:import-from-siblings',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const path = resolved?.id.replace(/\\/g, '/');
      const sibling = path && siblings.find(([pattern]) => pattern.test(path));
      return sibling ? { id: sibling[1], external: true } : null;
    },
  };
}

/**
 * What src/cdn/core.ts exports: Lit and the internals it names, read from that file so the two
 * lists cannot drift apart (a module kept external but not exported would fail in the browser).
 */
const coreInternals = [...readFileSync('src/cdn/core.ts', 'utf8').matchAll(/from '\.\.\/internal\/([\w-]+)\.js'/g)].map(match => match[1]);
const coreModules: [RegExp, string] = [
  new RegExp(`/node_modules/(?:lit|lit-html|lit-element|@lit/reactive-element)/|/src/internal/(?:${coreInternals.join('|')})(?:\\.cdn)?\\.ts$`),
  './core.js',
];

export default defineConfig(({ mode }) => {
  const [kind, name] = mode.split(':') as [string, string | undefined];
  if (!cdnModes.includes(mode)) throw new Error(`unknown build mode "${mode}"; one of ${cdnModes.join(', ')}`);
  const entries: Record<string, string> =
    kind === 'cdn-core'
      ? { core: 'src/cdn/core.ts', ...Object.fromEntries(languages.map(lang => [`locales/${lang}`, `src/locales/data/${lang}.ts`])) }
      : kind === 'cdn-element'
        ? { [name!]: `src/${name}/${name}.ts` }
        : kind === 'cdn-all'
          ? { 'story-widgets': 'src/cdn/all.ts' }
          : kind === 'cdn-part'
            ? { [`parts/${name}`]: parts[name!]! }
            : { 'story-widgets.iife': 'src/cdn/global.ts' };
  const siblings: Array<[RegExp, string]> =
    kind === 'cdn-element'
      ? [coreModules]
      : kind === 'cdn-all'
        ? [coreModules, ...elements.map((tag): [RegExp, string] => [new RegExp(`/src/${tag}/${tag}\\.ts$`), `./${tag}.js`])]
        : [];
  return {
    plugins: [importFromSiblings(siblings), cdnOnDemand(), minifyLiterals()],
    // Lit's production build whatever NODE_ENV says: its `development` export condition adds
    // 3.6 KB of warnings and checks to every page.
    resolve: { conditions: ['module', 'browser', 'production'] },
    // A classic script has no import.meta; it finds itself through document.currentScript
    // (on-demand.cdn.ts), and the ES modules carry no code for that.
    define: { classicScript: String(kind === 'cdn-iife'), ...(kind === 'cdn-iife' ? { 'import.meta.url': 'undefined' } : {}) },
    build: {
      target: 'es2022',
      outDir: 'cdn',
      emptyOutDir: false,
      sourcemap: false,
      lib:
        kind === 'cdn-iife'
          ? { entry: entries, name: 'StoryWidgets', formats: ['iife'], fileName: () => 'story-widgets.iife.js' }
          : { entry: entries, formats: ['es'], fileName: (_format, entry) => `${entry}.js` },
      rolldownOptions: {
        // Vite's library mode leaves ES output unminified unless asked.
        output: { minify: true },
      },
    },
  };
});
