// Loaded by every bench page before its start mark. `benchWatch(ready)` checks `ready()` at the
// start of every frame; in the first frame where it is true, what it checked is in the DOM that
// frame draws, so the first task after that frame is "painted": the time from the start mark
// (`benchStart`, an inline performance.now() just before the widget script) is stored in
// `benchResult.paintedMs`. Layout shifts are summed in `benchResult.layoutShift`.
window.benchResult = { paintedMs: undefined, layoutShift: 0 };
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchResult.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

window.benchWatch = ready => {
  const afterFrame = new MessageChannel();
  afterFrame.port1.onmessage = () => {
    window.benchResult.paintedMs = performance.now() - window.benchStart;
  };
  const frame = () => {
    if (ready()) afterFrame.port2.postMessage(0);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** Every element named `tag` has its headline in its shadow tree. */
window.benchCardsReady = (tag, count) => () => {
  const cards = document.getElementsByTagName(tag);
  if (cards.length !== count) return false;
  for (const card of cards) if (!card.shadowRoot?.querySelector('[part~="headline"]')) return false;
  return true;
};
