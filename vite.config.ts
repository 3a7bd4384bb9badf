import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { oneLitPolicy } from './scripts/one-lit-policy.js';

/**
 * The CDN builds, Lit included (the npm build in dist/ is plain `tsc`: see scripts/build.mjs).
 *   --mode cdn-esm         cdn/story-widgets.js and one self-registering module per element,
 *                          sharing chunks so Lit loads once; cdn/locales/<lang>.js
 *   --mode cdn-iife        cdn/story-widgets.iife.js: one classic script with every element
 *   --mode cdn-part:NAME   cdn/parts/NAME.js: code loaded on demand (the JSON-LD reader, the
 *                          signup providers but the endpoint), built alone so it imports nothing
 * Both element builds load languages and parts from beside their own file (on-demand.cdn.ts).
 */
const elementEntries = {
  'story-widgets': 'src/story-widgets.ts',
  'story-card': 'src/story-card/story-card.ts',
  'quoted-reply': 'src/quoted-reply/quoted-reply.ts',
  'newsletter-signup': 'src/newsletter-signup/newsletter-signup.ts',
};
/** Loaded on demand by both element builds; each built alone (no shared chunks to fetch). */
export const partEntries: Record<string, string> = {
  'json-ld': 'src/story/json-ld.ts',
  form: 'src/newsletter-signup/providers/form.ts',
  mailchimp: 'src/newsletter-signup/providers/mailchimp.ts',
  buttondown: 'src/newsletter-signup/providers/buttondown.ts',
  kit: 'src/newsletter-signup/providers/kit.ts',
  ghost: 'src/newsletter-signup/providers/ghost.ts',
};
const localeEntries = Object.fromEntries(
  ['es', 'fr', 'de', 'ar', 'ja'].map(lang => [`locales/${lang}`, `src/locales/data/${lang}.ts`]),
);

/** Languages and parts load from beside the kit's script in the CDN builds (on-demand.cdn.ts). */
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

export default defineConfig(({ mode }) => {
  const iife = mode === 'cdn-iife';
  const part = mode.startsWith('cdn-part:') ? mode.slice('cdn-part:'.length) : undefined;
  if (part !== undefined && !(part in partEntries)) throw new Error(`unknown part "${part}"`);
  return {
    plugins: [oneLitPolicy(), cdnOnDemand(), minifyLiterals()],
    // Lit's production build whatever NODE_ENV says: its `development` export condition adds
    // 3.6 KB of warnings and checks to every page.
    resolve: { conditions: ['module', 'browser', 'production'] },
    // A classic script has no import.meta; it finds itself through document.currentScript.
    define: iife ? { 'import.meta.url': 'undefined' } : {},
    build: {
      target: 'es2022',
      outDir: 'cdn',
      emptyOutDir: !iife && part === undefined,
      sourcemap: false,
      lib: iife
        ? { entry: 'src/cdn-global.ts', name: 'StoryWidgets', formats: ['iife'], fileName: () => 'story-widgets.iife.js' }
        : part !== undefined
          ? { entry: { [`parts/${part}`]: partEntries[part]! }, formats: ['es'], fileName: (_format, name) => `${name}.js` }
          : { entry: { ...elementEntries, ...localeEntries }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        output: {
          // Vite's library mode leaves ES output unminified unless asked.
          minify: true,
          // Shared chunks sit beside the entries, so `locales/<lang>.js` resolves from any of them.
          chunkFileNames: 'shared-[hash].js',
        },
      },
    },
  };
});
