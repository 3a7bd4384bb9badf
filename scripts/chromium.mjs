// Debian's Chromium and the flags every launcher in this repository gives it (the test
// harness, Web Test Runner, the bench and its profiler): --no-sandbox because the machines run
// as root; the rest keep it from calling out on a closed network. Headless mode is each
// launcher's own choice.
export const chromiumPath = '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
