import { subscribeStatuses } from '../../contract/subscribe.js';
import type { SignupStatus } from '../events.js';
import type { Outcome } from './types.js';

/**
 * `fetch` that never throws: no cookies, the element's abort signal, and a failure before any
 * response turned into an outcome (aborted = our timeout; anything else = network).
 *
 * The failure is `unreached` (kept and sent later) only when the browser says it is offline,
 * before the request or when it failed. Online, a request without a response was refused
 * (CORS), misaddressed (DNS), or its connection or certificate failed: sent again later it
 * would most likely fail the same way, so the reader is told now and keeps their email in the
 * field to retry.
 */
export async function request(url: string, init: RequestInit, signal: AbortSignal): Promise<Response | Outcome> {
  const offline = !navigator.onLine;
  try {
    return await fetch(url, { method: 'POST', credentials: 'omit', ...init, signal });
  } catch {
    return signal.aborted ? { error: 'timeout' } : { error: 'network', unreached: offline || !navigator.onLine };
  }
}

/** The body as JSON, or undefined when it is not JSON (provider data stays `unknown`). */
export function readJson(response: Response): Promise<unknown> {
  return response.json().catch(() => undefined);
}

/** `value[key]` when `value` is an object, else undefined: the one way we look into provider data. */
export function pick(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
  return seconds > 0 && seconds < 86400 ? seconds : undefined;
}

/**
 * The outcome of an error status every provider shares: 429 (with its wait), 5xx, and 4xx —
 * `invalid` when `about` (the provider's error code or text) names the email address, else
 * `rejected`.
 */
export function errorOutcome(response: Response, about: unknown): Outcome {
  const { status } = response;
  if (status === 429) return { error: 'rate-limited', retryAfter: retryAfterSeconds(response.headers.get('Retry-After')) };
  if (status >= 500 || status < 400) return { error: 'server' };
  return { error: /email/i.test(JSON.stringify(about)) ? 'invalid' : 'rejected' };
}

/** A success status the subscribe contract names, or undefined. */
export function statusOf(value: unknown): Outcome | undefined {
  return (subscribeStatuses as readonly unknown[]).includes(value) ? { status: value as SignupStatus } : undefined;
}
