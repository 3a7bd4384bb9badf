// The bench pages, generated from the query: every page loads bench/probe.js, marks
// `benchStart` with an inline performance.now() just before the widget script, and watches for
// the frame that shows what it measures (probe.js).
import './data.js';

const { benchStory } = globalThis;

const style = `<style>
  body { margin: 0 auto; max-inline-size: 760px; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
  main { display: grid; gap: 16px; }
</style>`;

/** JSON inside <script>: nothing in it can close the element. */
const inlineJson = value => JSON.stringify(value).replace(/</g, '\\u003c');

const head = title => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${style}
<script src="/bench/probe.js"></script>`;

/**
 * N cards × 5 replies. impl: `iife` (cdn/story-widgets.iife.js), `esm` (cdn/story-card.js) or
 * `vanilla` (bench/vanilla-card.js); mode: `property` (data built before the start mark, set on
 * each card's `story` after the widget script) or `json` (inline JSON in each card's markup).
 */
export function cardsPage({ impl = 'iife', n = '1', mode = 'property' }) {
  const count = Math.max(1, Math.min(5000, Number(n) || 1));
  const tag = impl === 'vanilla' ? 'vanilla-card' : 'story-card';
  // The kit's card shows `replies-limit` replies (3 by default): show all 5, as the baseline does.
  const attrs = impl === 'vanilla' ? '' : ' replies-limit="5"';
  let cards = '';
  for (let i = 0; i < count; i++) {
    const inner = mode === 'json' ? `<script type="application/json">${inlineJson(benchStory(i))}</script>` : '';
    cards += `<${tag}${attrs}>${inner}</${tag}>\n`;
  }
  const setStories =
    mode === 'property'
      ? `const cards = document.getElementsByTagName('${tag}'); for (let i = 0; i < cards.length; i++) cards[i].story = benchStories[i];`
      : '';
  const data =
    mode === 'property' ? `<script src="/bench/data.js"></script><script>window.benchStories = Array.from({ length: ${count} }, (_, i) => benchStory(i));</script>` : '';
  const widget =
    impl === 'vanilla'
      ? `<script src="/bench/vanilla-card.js"></script><script>${setStories}</script>`
      : impl === 'esm'
        ? `<script type="module" src="/cdn/story-card.js"></script><script type="module">${setStories}</script>`
        : `<script src="/cdn/story-widgets.iife.js"></script><script>${setStories}</script>`;
  return `${head(`${count} cards (${impl}, ${mode})`)}
</head>
<body>
<main>
${cards}</main>
${data}
<script>window.benchStart = performance.now(); benchWatch(benchCardsReady('${tag}', ${count}));</script>
${widget}
</body>
</html>`;
}

/**
 * The reserved-space snippet from the README ("No layout shift"), with the height this page's
 * card takes (3 replies and the "Show 2 more replies" button, 760 px wide: 994 px).
 */
export const reserveSnippet = 'story-card { display: block; block-size: 63rem; overflow: auto; }';

/**
 * An article with one card whose script arrives late (`ms`), text below it, and the README's
 * reserved-space snippet (`reserve=0` leaves it out). Measured: the layout shift it causes, in
 * a viewport tall enough (bench.mjs: 1600 px) that the text below the card is on screen.
 */
export function shiftPage({ ms = '500', reserve = '1' }) {
  const paragraph = '<p>The article goes on below the card. A reader is already reading this paragraph when the card script arrives, so anything that moves it is a layout shift the reader feels.</p>';
  return `${head('A late card')}
${reserve === '0' ? '' : `<style>${reserveSnippet}</style>`}
</head>
<body>
<main>
<h1>An article page</h1>
<p>The card below is written as inline JSON and its script loads late, as partner pages often load it.</p>
<story-card><script type="application/json">${inlineJson(benchStory(0))}</script></story-card>
${paragraph.repeat(6)}
</main>
<script>window.benchStart = performance.now(); benchWatch(benchCardsReady('story-card', 1));</script>
<script src="/late/cdn/story-widgets.iife.js?ms=${Number(ms) || 0}" async></script>
</body>
</html>`;
}

/** The signup box: the kit's (`kit`, cdn/newsletter-signup.js) or Ghost's (`ghost`). */
export function signupPage({ impl = 'kit' }, origin) {
  const widget =
    impl === 'ghost'
      ? `<div class="signup"><script src="/ghost/signup-form.min.js" data-site="${origin}" data-locale="en" data-title="Get the weekly story"></script></div>`
      : `<newsletter-signup action="/api/subscribe" heading="Get the weekly story"></newsletter-signup><script type="module" src="/cdn/newsletter-signup.js"></script>`;
  const emailField =
    impl === 'ghost'
      ? `document.querySelector('.gh-signup-root iframe')?.contentDocument?.querySelector('input[type=email]')`
      : `document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('input[type=email]')`;
  return `${head(`signup (${impl})`)}
</head>
<body>
<main>
<h1>Get the newsletter</h1>
<script>window.benchStart = performance.now(); benchWatch(() => { const field = ${emailField}; return !!field && !field.disabled && field.getClientRects().length > 0; });</script>
${widget}
</main>
</body>
</html>`;
}
