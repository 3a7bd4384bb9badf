// The newsletter demo's script: the host page's controls, and a log of the events the boxes
// fire, as a host page would listen for them.
import './page-controls.js';

const log = document.querySelector<HTMLPreElement>('#log')!;
for (const type of ['signup-submit', 'signup-success', 'signup-error'] as const) {
  document.addEventListener(type, event => {
    log.textContent = `${type} ${JSON.stringify(event.detail)}\n${log.textContent}`;
  });
}
