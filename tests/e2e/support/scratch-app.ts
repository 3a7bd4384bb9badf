/**
 * An app as `npm install` would lay it out, bundled by esbuild: a scratch folder whose
 * node_modules links the app's own packages from this repository's node_modules and
 * `story-widgets` (this repository, so its package.json `exports` and dist/ are what an
 * installed package gives). The folder is removed afterwards; the bundle's code is returned.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { repoRoot } from '../../server/server-process.js';

export interface ScratchApp {
  /** The app's entry module (JavaScript, or TSX with `file: 'app.tsx'`). */
  source: string;
  file?: string;
  /** Packages the app installs itself besides story-widgets. */
  packages?: string[];
  /** More esbuild options (jsx, define, conditions: Lit's `production` unless said). */
  options?: BuildOptions;
}

export async function bundleScratchApp({ source, file = 'app.js', packages = ['lit'], options = {} }: ScratchApp): Promise<string> {
  const app = await mkdtemp(join(tmpdir(), 'scratch-app-'));
  try {
    await mkdir(join(app, 'node_modules'));
    for (const name of packages) await symlink(join(repoRoot, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    await symlink(repoRoot, join(app, 'node_modules', 'story-widgets'), 'dir');
    await writeFile(join(app, file), source);
    const result = await build({
      entryPoints: [join(app, file)],
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      write: false,
      // Lit's own export conditions, as an app's production build picks them.
      conditions: ['production'],
      logLevel: 'silent',
      ...options,
    });
    return result.outputFiles![0]!.text;
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}
