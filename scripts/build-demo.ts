// `npm run build:demo`: the whole demo as a static site in demo-dist/, for any static host
// (also from a sub-folder: every URL in it is relative).
//   /            the partner page          /builder/    the embed builder
//   /reference/  the API reference         /demo/       the developer pages
//   /cdn/        the kit's built files, copied as they are (run `npm run build` first)
// The signup boxes post to SIGNUP_ENDPOINT (default /api/subscribe, which only `npm start`
// answers): on a static host, run the reference endpoint elsewhere and name it here, e.g.
//   SIGNUP_ENDPOINT=https://api.news.example/api/subscribe npm run build:demo
// and start that endpoint with ALLOWED_ORIGINS=https://demo.news.example.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { demoSite } from './demo-site.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { endpoint: { type: 'string' }, 'out-dir': { type: 'string' } } });
const signupEndpoint = values.endpoint ?? process.env['SIGNUP_ENDPOINT'] ?? '/api/subscribe';
const outDir = resolve(repoRoot, values['out-dir'] ?? 'demo-dist');
const cdnDir = join(repoRoot, 'cdn');

if (!existsSync(join(cdnDir, 'story-widgets.iife.js'))) {
  console.error('build:demo: cdn/ is missing: run `npm run build` first');
  process.exit(1);
}

const pages = ['index.html', 'builder/index.html', 'reference/index.html', 'demo/index.html', 'demo/newsletter.html', 'demo/cdn.html', 'demo/story.html'];

await build({
  root: repoRoot,
  configFile: false,
  base: './',
  logLevel: 'warn',
  plugins: [
    demoSite({ signupEndpoint }),
    {
      // The pages that load the kit's built modules (demo/cdn.html) load those very files,
      // copied below: what a publisher's page gets, not a bundle of them.
      name: 'story-widgets:cdn-external',
      enforce: 'pre',
      resolveId(source, importer) {
        if (!importer || !/(?:^|\/)cdn\/[\w./-]+\.js$/.test(source)) return null;
        const file = source.startsWith('/') ? join(repoRoot, source) : resolve(dirname(importer.split('?')[0]!), source);
        return file.startsWith(`${cdnDir}/`) ? { id: source, external: true } : null;
      },
    },
  ],
  // Lit's production build, as in the kit's own bundles.
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: { input: Object.fromEntries(pages.map(page => [page.replace(/\.html$/, '').replace(/\W+/g, '-'), join(repoRoot, page)])) },
  },
});

// What the pages name by URL rather than import: the kit's files, the seed story and its cover.
cpSync(cdnDir, join(outDir, 'cdn'), { recursive: true });
mkdirSync(join(outDir, 'demo'), { recursive: true });
for (const file of ['story.json', 'cover.svg']) cpSync(join(repoRoot, 'demo', file), join(outDir, 'demo', file));
console.log(`build:demo: ${outDir} (signup boxes post to ${signupEndpoint})`);
