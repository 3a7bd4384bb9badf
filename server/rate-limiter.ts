/**
 * Fixed-window request counting per key (the client IP), in memory. Good enough for one
 * process: it keeps a script from filling the list, not a distributed attacker. On a
 * serverless runtime each instance counts on its own; use the platform's limiter there.
 */

export interface RateLimit {
  /** Requests allowed per key in one window. */
  max: number;
  windowMs: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` and says whether it may proceed. */
  take(key: string): RateLimitDecision;
}

interface Window {
  startedAt: number;
  count: number;
}

export function createRateLimiter({ max, windowMs }: RateLimit, now: () => number = Date.now): RateLimiter {
  if (!(max >= 1) || !(windowMs >= 1)) throw new RangeError('rate limit: max and windowMs must be ≥ 1');
  const windows = new Map<string, Window>();
  let lastSweep = now();

  /** Forgets expired windows at most once per window, so memory tracks recent clients only. */
  function sweep(time: number): void {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [key, window] of windows) {
      if (time - window.startedAt >= windowMs) windows.delete(key);
    }
  }

  return {
    take(key) {
      const time = now();
      sweep(time);
      let window = windows.get(key);
      if (!window || time - window.startedAt >= windowMs) {
        window = { startedAt: time, count: 0 };
        windows.set(key, window);
      }
      if (window.count < max) {
        window.count++;
        return { allowed: true };
      }
      // Whole seconds, rounded up and at least 1: what `Retry-After` can carry.
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - time) / 1000));
      return { allowed: false, retryAfterSeconds };
    },
  };
}
