import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';
import { oneLitPolicy } from './scripts/one-lit-policy.js';

/**
 * The CDN builds, Lit included (the npm build in dist/ is plain `tsc`: see scripts/build.mjs).
 *   --mode cdn-esm   cdn/story-widgets.js and one self-registering module per element, sharing
 *                    chunks so Lit loads once; cdn/locales/<lang>.js
 *   --mode cdn-iife  cdn/story-widgets.iife.js: one classic script with every element
 */
const elementEntries = {
  'story-widgets': 'src/story-widgets.ts',
  'story-card': 'src/story-card/story-card.ts',
  'quoted-reply': 'src/quoted-reply/quoted-reply.ts',
  'newsletter-signup': 'src/newsletter-signup/newsletter-signup.ts',
};
const localeEntries = Object.fromEntries(
  ['es', 'fr', 'de', 'ar', 'ja'].map(lang => [`locales/${lang}`, `src/locales/data/${lang}.ts`]),
);

/** Language files load from beside the kit's script in the CDN builds (import-locale.cdn.ts). */
function cdnLocaleLoader(): Plugin {
  return {
    name: 'story-widgets:cdn-locale-loader',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('/import-locale.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.cdn.ts'), importer, { skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const iife = mode === 'cdn-iife';
  return {
    plugins: [oneLitPolicy(), cdnLocaleLoader(), minifyLiterals()],
    // Lit's production build whatever NODE_ENV says: its `development` export condition adds
    // 3.6 KB of warnings and checks to every page.
    resolve: { conditions: ['module', 'browser', 'production'] },
    // A classic script has no import.meta; it finds itself through document.currentScript.
    define: iife ? { 'import.meta.url': 'undefined' } : {},
    build: {
      target: 'es2022',
      outDir: 'cdn',
      emptyOutDir: !iife,
      sourcemap: false,
      lib: iife
        ? { entry: elementEntries['story-widgets'], name: 'StoryWidgets', formats: ['iife'], fileName: () => 'story-widgets.iife.js' }
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
