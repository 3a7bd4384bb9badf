// `npm run build` (node --import tsx scripts/build.mjs: it reads vite.config.ts): both builds from one source.
//   dist/  the npm build: unbundled ES modules, one per source module, with .d.ts beside
//          them; `lit` stays an import (the app bundles it once). Plain `tsc`.
//   cdn/   the builds for <script> tags, Lit included: one Vite build per output file
//          (vite.config.ts says which and why), run here in one process.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

rmSync('cdn', { recursive: true, force: true });
const { cdnModes } = await import('../vite.config.ts');
for (const mode of cdnModes) await build({ mode, logLevel: 'warn' });

const { shortenCoreExports } = await import('./short-core-exports.mjs');
shortenCoreExports();
