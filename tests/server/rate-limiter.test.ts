import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRateLimiter } from '../../server/rate-limiter.js';

function limiterAt(max: number, windowMs: number) {
  const clock = { now: 1_000_000 };
  return { clock, limiter: createRateLimiter({ max, windowMs }, () => clock.now) };
}

test('allows max requests per key in a window, then says how long to wait', () => {
  const { limiter } = limiterAt(3, 10_000);
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take('a'), { allowed: true });
  assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 10 });
  assert.deepEqual(limiter.take('b'), { allowed: true }, 'each key counts on its own');
});

test('rounds the wait up to whole seconds, and never says 0', () => {
  const { limiter, clock } = limiterAt(1, 10_000);
  limiter.take('a');
  clock.now += 1;
  assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 10 });
  clock.now += 9_998;
  assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 1 });
});

test('starts a fresh window once the old one is over', () => {
  const { limiter, clock } = limiterAt(1, 10_000);
  limiter.take('a');
  assert.equal(limiter.take('a').allowed, false);
  clock.now += 10_000;
  assert.equal(limiter.take('a').allowed, true);
  assert.equal(limiter.take('a').allowed, false);
});

test('refused requests do not extend the wait', () => {
  const { limiter, clock } = limiterAt(1, 10_000);
  limiter.take('a');
  for (let i = 0; i < 5; i++) {
    clock.now += 1_000;
    limiter.take('a');
  }
  clock.now += 5_000;
  assert.equal(limiter.take('a').allowed, true);
});

test('keeps working after forgetting expired keys', () => {
  const { limiter, clock } = limiterAt(1, 1_000);
  for (let i = 0; i < 100; i++) limiter.take(`ip-${i}`);
  clock.now += 5_000;
  assert.equal(limiter.take('ip-0').allowed, true);
  assert.equal(limiter.take('ip-0').allowed, false);
});

test('rejects a limit that would block everything', () => {
  assert.throws(() => createRateLimiter({ max: 0, windowMs: 1000 }), RangeError);
  assert.throws(() => createRateLimiter({ max: 1, windowMs: 0 }), RangeError);
  assert.throws(() => createRateLimiter({ max: Number.NaN, windowMs: 1000 }), RangeError);
});
