/**
 * `npm run bench` measures; this only keeps it from rotting: the whole bench runs once at
 * N = 1 (one run of every scenario, no warm-up, Lighthouse included) against the built cdn/
 * files, and every metric must come out as a number. No time is asserted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBench, type Metric } from '../../bench/bench.mjs';

const metrics: Metric[] = ['ms', 'heapMB', 'nodes', 'layoutShift', 'kB'];

test('the benchmark runs once at N = 1 and produces a number for every metric of every scenario', async () => {
  const result = await runBench({ smoke: true, log: () => {} });
  const summaries = [
    ...result.scenarios.map(scenario => [scenario.id, scenario.summary] as const),
    ['shift', result.shift?.summary] as const,
    ['signup', result.signup?.summary] as const,
  ];
  assert.equal(summaries.length, 8);
  for (const [id, summary] of summaries) {
    assert.ok(summary, `${id}: no result`);
    for (const [impl, byMetric] of Object.entries(summary)) {
      for (const metric of metrics) {
        assert.ok(Number.isFinite(byMetric[metric].median), `${id}, ${impl}: ${metric} is ${byMetric[metric].median}`);
      }
    }
  }
  const scores = result.lighthouse?.scores ?? {};
  assert.deepEqual(Object.keys(scores).sort(), ['accessibility', 'best-practices', 'performance', 'seo']);
  for (const [category, score] of Object.entries(scores)) assert.ok(Number.isFinite(score), `Lighthouse ${category} is ${score}`);
});
