// Installs the Debian browsers the tests drive when any is missing. Nothing else may be
// downloaded on these machines, so the browsers come from apt, never from a test tool.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const needed = {
  '/usr/bin/chromium': 'chromium',
  '/usr/bin/firefox-esr': 'firefox-esr',
  '/usr/bin/WebKitWebDriver': 'webkit2gtk-driver',
  '/usr/bin/xvfb-run': 'xvfb',
  '/usr/bin/xauth': 'xauth',
};
const missing = Object.entries(needed).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);

if (missing.length) {
  console.log(`Installing Debian packages: ${missing.join(' ')}`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = args => execFileSync(asRoot.length ? 'sudo' : args[0], asRoot.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}
