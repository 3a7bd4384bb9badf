/**
 * The reference subscribe endpoint, written against the web-standard `Request`/`Response`
 * only (no `node:` imports), so the same code runs in Node (see node-adapter.ts) and on
 * serverless and edge runtimes. It answers what the `<newsletter-signup>` element's default
 * `endpoint` provider sends: both import the contract from src/contract/subscribe.ts (the
 * README's "The subscribe endpoint" section describes it).
 */
import {
  errorHttpStatus,
  honeypotField,
  maxNameLength,
  maxSourceLength,
  maxTagLength,
  maxTags,
  successHttpStatus,
  type SubscribeErrorCode,
  type SubscribeResponse,
  type SubscribeStatus,
} from '../src/contract/subscribe.js';
import { isValidEmail, normalizeEmail } from '../src/internal/email.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';
import { StoreUnavailableError, type AddOutcome, type Subscriber, type SubscriberStore } from './store.js';

/** What the runtime knows about the caller that the request itself cannot be trusted for. */
export interface SubscribeClient {
  /** The peer address (or the address a trusted proxy reports); the rate limit's key. */
  ip: string;
}

export type SubscribeHandler = (request: Request, client: SubscribeClient) => Promise<Response>;

export interface SubscribeHandlerOptions {
  store: SubscriberStore;
  /**
   * Origins of the pages that embed the signup box (`https://news.example`). Requests with no
   * `Origin` header (curl, server-to-server) are allowed; any other origin gets `403`.
   */
  allowedOrigins?: readonly string[];
  /** Per client IP. Default: 10 requests a minute. */
  rateLimit?: RateLimit;
  /** Largest body read, in bytes. Default 8192. */
  maxBodyBytes?: number;
  /** Milliseconds since the epoch; injectable so tests control time. Default `Date.now`. */
  now?: () => number;
  /** Told about store failures and unexpected errors (answered `503`/`500`). Default `console.error`. */
  onError?: (error: unknown) => void;
}

export const defaultRateLimit: RateLimit = { max: 10, windowMs: 60_000 };
export const defaultMaxBodyBytes = 8192;

/** A body that passed validation, ready to store. */
interface Signup {
  email: string;
  name: string | null;
  consent: boolean;
  source: string | null;
  tags: string[];
}

type Validation = { ok: true; signup: Signup } | { ok: false; code: SubscribeErrorCode; message: string };

export function createSubscribeHandler(options: SubscribeHandlerOptions): SubscribeHandler {
  const {
    store,
    rateLimit = defaultRateLimit,
    maxBodyBytes = defaultMaxBodyBytes,
    now = Date.now,
    onError = (error: unknown) => console.error('subscribe:', error),
  } = options;
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map(toOrigin));
  const limiter = createRateLimiter(rateLimit, now);

  return async function handleSubscribe(request, client) {
    const origin = request.headers.get('origin');
    // Every answer depends on Origin (allowed or not), so caches must key on it.
    const headers = new Headers({ vary: 'Origin', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    if (origin !== null && allowedOrigins.has(origin)) {
      headers.set('access-control-allow-origin', origin);
      // Not a CORS-safelisted response header: without this the element could not read it.
      headers.set('access-control-expose-headers', 'Retry-After');
    }
    // The HTTP status of every answer comes from the contract, keyed by its body.
    const fail = (code: SubscribeErrorCode, message: string) =>
      jsonResponse(errorHttpStatus[code], { error: { code, message } }, headers);
    const succeed = (status: SubscribeStatus) => jsonResponse(successHttpStatus[status], { status }, headers);

    try {
      if (origin !== null && !allowedOrigins.has(origin)) {
        return fail('origin_not_allowed', 'This site may not submit signups here.');
      }
      if (request.method === 'OPTIONS') return preflightResponse(headers);
      if (request.method !== 'POST') {
        headers.set('allow', 'POST, OPTIONS');
        return fail('method_not_allowed', 'Use POST.');
      }

      const decision = limiter.take(client.ip);
      if (!decision.allowed) {
        headers.set('retry-after', String(decision.retryAfterSeconds));
        return fail('rate_limited', `Too many signups; try again in ${decision.retryAfterSeconds} s.`);
      }

      if (mediaType(request.headers.get('content-type')) !== 'application/json') {
        return fail('unsupported_media_type', 'Send the signup as application/json.');
      }
      const body = await readBodyCapped(request, maxBodyBytes);
      if (body === 'too_large') {
        return fail('payload_too_large', `The body must be at most ${maxBodyBytes} bytes.`);
      }
      if (body === 'unreadable') return fail('invalid_body', 'The body could not be read.');

      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
      } catch {
        return fail('invalid_json', 'The body is not valid JSON.');
      }
      if (!isPlainObject(data)) return fail('invalid_body', 'The body must be a JSON object.');

      // Checked before the fields, so a bot learns nothing from validation errors either.
      if (isHoneypotFilled(data[honeypotField])) return succeed('subscribed');

      const validation = validateSignup(data);
      if (!validation.ok) return fail(validation.code, validation.message);

      const subscriber: Subscriber = {
        ...validation.signup,
        status: 'subscribed',
        createdAt: new Date(now()).toISOString(),
      };
      let outcome: AddOutcome;
      try {
        outcome = await store.add(subscriber);
      } catch (error) {
        onError(error);
        // Only when the store knows that waiting helps (a lock held for a moment).
        if (error instanceof StoreUnavailableError && error.retryAfterSeconds !== undefined) {
          headers.set('retry-after', String(error.retryAfterSeconds));
        }
        return fail('store_unavailable', 'Signups are unavailable right now; please try again later.');
      }
      return succeed(outcome === 'added' ? 'subscribed' : 'already');
    } catch (error) {
      onError(error);
      return fail('internal_error', 'Something went wrong.');
    }
  };
}

function preflightResponse(headers: Headers): Response {
  headers.set('access-control-allow-methods', 'POST');
  headers.set('access-control-allow-headers', 'Content-Type');
  // Chromium caps this at two hours; fewer preflights for a page with many boxes.
  headers.set('access-control-max-age', '7200');
  headers.set('allow', 'POST, OPTIONS');
  return new Response(null, { status: 204, headers });
}

function jsonResponse(status: number, body: SubscribeResponse, headers: Headers): Response {
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
}

/** Normalizes a configured origin (`https://News.example/` → `https://news.example`). */
function toOrigin(entry: string): string {
  const origin = URL.canParse(entry) ? new URL(entry).origin : 'null';
  if (origin === 'null') throw new TypeError(`allowedOrigins: not an http(s) origin: ${entry}`);
  return origin;
}

/** `application/json; charset=utf-8` → `application/json`. */
function mediaType(contentType: string | null): string | undefined {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase();
}

/**
 * Reads the body, stopping as soon as it passes `maxBytes`: Content-Length may be absent
 * (chunked) or lie, so only the bytes actually received count. A declared length over the
 * cap is refused without reading at all.
 */
async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array | 'too_large' | 'unreadable'> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) {
    request.body?.cancel().catch(() => {});
    return 'too_large';
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return 'too_large';
      }
      chunks.push(value);
    }
  } catch {
    return 'unreadable';
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** People never see the field; anything in it means a script filled every input. */
function isHoneypotFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== false;
}

function validateSignup(data: Record<string, unknown>): Validation {
  const { email, name, consent, source, tags } = data;
  if (typeof email !== 'string' || !isValidEmail(email)) {
    return { ok: false, code: 'invalid_email', message: 'Enter a valid email address.' };
  }

  let cleanName: string | null = null;
  if (name !== undefined && name !== null) {
    // One line: the name ends up in a CSV cell and an email greeting.
    const oneLine = typeof name === 'string' ? cleanText(name) : undefined;
    if (oneLine === undefined || oneLine.length > maxNameLength) {
      return { ok: false, code: 'invalid_name', message: `The name must be text of at most ${maxNameLength} characters.` };
    }
    cleanName = oneLine === '' ? null : oneLine;
  }

  if (consent !== undefined && consent !== null && typeof consent !== 'boolean') {
    return { ok: false, code: 'invalid_consent', message: 'consent must be true or false.' };
  }

  let cleanSource: string | null = null;
  if (source !== undefined && source !== null && source !== '') {
    const trimmed = typeof source === 'string' ? source.trim() : '';
    // The parsed URL, not the string sent: parsing drops tabs and line breaks and
    // percent-encodes any other control character, so what is stored is one plain line.
    cleanSource = trimmed.length <= maxSourceLength ? httpUrl(trimmed) : null;
    if (cleanSource === null || cleanSource.length > maxSourceLength) {
      return { ok: false, code: 'invalid_source', message: 'source must be the http(s) URL of the page.' };
    }
  }

  let cleanTags: string[] = [];
  if (tags !== undefined && tags !== null) {
    const cleaned = Array.isArray(tags) ? tags.map(tag => (typeof tag === 'string' ? cleanText(tag) : '')) : null;
    if (cleaned === null || cleaned.length > maxTags || cleaned.some(tag => tag === '' || tag.length > maxTagLength)) {
      return {
        ok: false,
        code: 'invalid_tags',
        message: `tags must be a list of at most ${maxTags} non-empty strings of at most ${maxTagLength} characters.`,
      };
    }
    cleanTags = [...new Set(cleaned)];
  }

  return {
    ok: true,
    signup: { email: normalizeEmail(email), name: cleanName, consent: consent === true, source: cleanSource, tags: cleanTags },
  };
}

/** `value` parsed, as its `href`, when it is an http(s) URL; else null. */
function httpUrl(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * Characters that are never text: C0 controls, DEL, C1 controls (U+0085 NEL among them), the
 * bidi marks and the bidi embedding, override and isolate controls, which can make a name display as
 * something else than what is stored (in an admin page, a CSV, an email greeting).
 */
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the public as one clean line: any run of whitespace or line breaks (NEL too)
 * becomes one space first, so words stay apart, then the remaining controls are removed.
 */
function cleanText(value: string): string {
  return value.replace(/[\s\u0085]+/g, ' ').replace(controlCharacters, '').replace(/ {2,}/g, ' ').trim();
}
