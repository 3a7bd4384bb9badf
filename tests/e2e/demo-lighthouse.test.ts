/**
 * Lighthouse on the demo site's pages the issue names (the partner page, the builder, the
 * reference), built into demo-dist/ and served by a plain static server: at least 95 in
 * performance, accessibility, best practices and SEO each. One browser, one run per page,
 * through the bench's own runner (bench/bench.mjs). The demo story page has its run in the bench.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runLighthouse } from '../../bench/bench.mjs';
import { startDemoSite, type DemoSite } from './support/demo-site.js';

const pages = ['/', '/builder/', '/reference/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

describe('Lighthouse on the demo site (demo-dist/)', () => {
  let demo: DemoSite;
  before(async () => {
    demo = await startDemoSite();
  });
  after(async () => {
    await demo?.stop();
  });

  for (const path of pages) {
    it(`${path} scores at least 95 in performance, accessibility, best practices and SEO`, async t => {
      const { scores, metrics, failing } = await runLighthouse(`${demo.site.origin}${path}`, () => {}, { browser: demo.browser });
      t.diagnostic(`${path}: ${JSON.stringify(scores)}; LCP ${Math.round(metrics.lcp ?? NaN)} ms, TBT ${Math.round(metrics.tbt ?? NaN)} ms, CLS ${metrics.cls?.toFixed(3)}; below full score: ${failing.join(', ') || 'none'}`);
      for (const category of categories) {
        assert.ok(scores[category] >= 95, `${path} ${category}: ${scores[category]} (below full score: ${failing.join(', ')})`);
      }
    });
  }
});
