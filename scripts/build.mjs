// `npm run build`: both builds from one source.
//   dist/  the npm build: unbundled ES modules, one per source module, with .d.ts beside
//          them; `lit` stays an import (the app bundles it once). Plain `tsc`.
//   cdn/   the builds for <script> tags, Lit included (vite.config.ts, two modes).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = name => join('node_modules', '.bin', name);

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
step(bin('tsc'), ['-p', 'tsconfig.build.json']);
step(bin('vite'), ['build', '--mode', 'cdn-esm', '--logLevel', 'warn']);
step(bin('vite'), ['build', '--mode', 'cdn-iife', '--logLevel', 'warn']);
// Each part alone, so it imports nothing: the classic script can load it as well.
for (const part of ['json-ld', 'form', 'mailchimp', 'buttondown', 'kit', 'ghost']) {
  step(bin('vite'), ['build', '--mode', `cdn-part:${part}`, '--logLevel', 'warn']);
}
