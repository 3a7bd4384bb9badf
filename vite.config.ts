import { defineConfig } from 'vite';
import { oneLitPolicy } from './scripts/one-lit-policy.js';

// Two bundles of the same entry, Lit included: an ES module for `import` and a classic
// script for `<script src>` on any page. Both define every element.
export default defineConfig({
  plugins: [oneLitPolicy()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: 'src/define.ts',
      name: 'StoryWidgets',
      formats: ['es', 'iife'],
      fileName: format => (format === 'es' ? 'story-widgets.js' : `story-widgets.${format}.js`),
    },
    rolldownOptions: {
      // Vite's library mode leaves ES output unminified unless asked.
      output: { minify: true },
    },
  },
});
