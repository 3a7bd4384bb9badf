// @ts-check
// Web Test Runner: the element tests, in real browsers from Debian packages.
//   BROWSERS=chromium                     npx wtr      (default)
//   BROWSERS=firefox                      npx wtr
//   BROWSERS=chromium,firefox,webkit xvfb-run -a npx wtr   (what `npm test` runs)
// WebKitGTK's MiniBrowser has no headless mode, so WebKit needs an X display (xvfb-run).
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { recordingMiddleware } from './tests/support/recording-middleware.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map(s => s.trim());

/** Start a WebDriver server binary for the run and stop it when the process exits. */
async function startDriver(bin, port) {
  const driver = spawn(bin, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => process.exit(130));
  await new Promise(r => setTimeout(r, 500)); // let it bind its port
}

/** A TCP port nothing listens on right now, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

const launchers = {
  // Debian `chromium`, driven over CDP by puppeteer-core, with the repository's flags
  // (scripts/chromium.mjs).
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumFlags] },
    }),

  // Debian `firefox-esr`, driven by puppeteer-core over WebDriver BiDi (no browser download).
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),

  // Debian `webkit2gtk-driver`: WebKitWebDriver + MiniBrowser (WebKitGTK). Needs DISPLAY.
  webkit: async () => {
    if (!process.env.DISPLAY) throw new Error('BROWSERS=webkit needs an X display: run under `xvfb-run -a`');
    // A free port unless told: two test runs on one machine (worktrees, CI jobs) must not
    // share one driver ("Maximum number of active sessions").
    const port = Number(process.env.WEBKIT_DRIVER_PORT ?? (await freePort()));
    await startDriver('WebKitWebDriver', port);
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitGTK's driver has no WebDriver BiDi; without this webdriverio 9 asks for
        // `webSocketUrl: true` and the driver answers "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
  },
};

for (const b of wanted) if (!(b in launchers)) throw new Error(`unknown browser "${b}"; use ${Object.keys(launchers)}`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // First: it needs the readers to load in its own page, before any other page has them cached.
  files: ['tests/story-card-sources.test.ts', 'tests/**/*.test.ts', '!tests/server/**', '!tests/e2e/**', '!tests/node/**', '!tests/types/**'],
  // Lit's production build: no dev-mode console noise, and the code readers actually run.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    recordingMiddleware,
    // The readers a card loads on demand arrive a little late, as over a network: tests can
    // then act while one is on its way (tests/story-card-sources.test.ts) instead of racing it.
    // The browser keeps them for later pages, so that test file runs first (files, below).
    async (ctx, next) => {
      if (ctx.path === '/src/story/from-markup.ts' || ctx.path === '/src/story/json-ld.ts') {
        await new Promise(resolve => setTimeout(resolve, 300));
      }
      return next();
    },
  ],
  // experimentalDecorators/useDefineForClassFields are read from tsconfig.json
  // classicScript: what vite.config.ts defines for the CDN builds (on-demand.cdn.ts), as in the ES modules.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto', define: { classicScript: 'false' } })],
  browsers: await Promise.all(wanted.map(b => launchers[b]())),
  // One test page per browser at a time: a background tab gets no animation frames, and
  // open-wc's fixture() waits for one.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  reporters: [defaultReporter(), summaryLineReporter()],
};
