/**
 * Starts `server/start.ts` as a child process on 127.0.0.1 and a free port, for tests that go
 * through real HTTP. The child is `node --import tsx …` itself (not npx), so stopping its PID
 * stops the server. Its output is kept, not printed, and shown only if it fails to start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  pid: number;
  /** SIGTERM, then waits for the exit; SIGKILL if it does not come. */
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  env?: Record<string, string>;
  /**
   * Arguments after `server/start.ts`; default `--static` plus the e2e test pages and the
   * lit-html a test host page runs as its own app (no Vite, quicker).
   */
  args?: string[];
  /** More folders to serve, `{ '/prefix/': folder }`: `--serve` arguments added to `args`. */
  serve?: Record<string, string>;
}

// A failed or interrupted test run must not leave servers behind.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startServer({ dataDir, env = {}, args = ['--static', '--serve', '/tests/e2e/pages/=tests/e2e/pages', '--serve', '/node_modules/lit-html/=node_modules/lit-html'], serve = {} }: StartOptions): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env };
  // Set by `node --test` for its own workers; a server is not one.
  delete childEnv['NODE_TEST_CONTEXT'];
  const mounts = Object.entries(serve).flatMap(([prefix, dir]) => ['--serve', `${prefix}=${dir}`]);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts', ...args, ...mounts], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('error', () => {}); // surfaces below as "could not spawn" or an early exit
  running.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn the server');
  const exited = new Promise<void>(resolveExit => child.once('exit', () => resolveExit()));
  void exited.then(() => running.delete(child));

  let output = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const origin = await new Promise<string>((resolveOrigin, reject) => {
    const giveUp = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      const match = /listening on (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(giveUp);
        resolveOrigin(match[1]!);
      }
    });
    void exited.then(() => {
      clearTimeout(giveUp);
      reject(new Error(`server exited before listening (code ${child.exitCode}):\n${output}`));
    });
  });

  return {
    origin,
    pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forceKill);
    },
  };
}
