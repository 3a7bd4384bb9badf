/**
 * Client and server agree on the subscribe contract (src/contract/subscribe.ts): the element's
 * real `endpoint` provider sends its request into the real subscribe handler (`fetch` routed
 * to the handler in memory, no network), and every answer the handler can give comes back
 * through the provider as a state the reader is shown a message for.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { AddOutcome } from '../../server/store.js';
import { MemoryStore } from '../server/memory-store.js';
import { createSubscribeHandler, type SubscribeHandlerOptions } from '../../server/subscribe-handler.js';
import {
  errorHttpStatus,
  honeypotField,
  subscribeStatuses,
  successHttpStatus,
  type SubscribeErrorCode,
} from '../../src/contract/subscribe.js';
import { english } from '../../src/internal/locales.js';
import type { SignupErrorReason } from '../../src/newsletter-signup/events.js';
import { endpointProvider } from '../../src/newsletter-signup/providers/endpoint.js';
import type { Outcome, Signup } from '../../src/newsletter-signup/providers/types.js';

// The provider asks the browser whether it is online (a failed request is only kept when it
// is not); Node 20 has no navigator: this process is an online browser.
Object.defineProperty(globalThis, 'navigator', { value: { onLine: true }, configurable: true });

const action = 'https://signup.test/api/subscribe';
const client = { ip: '203.0.113.9' };


function setup(options: Partial<SubscribeHandlerOptions> = {}) {
  const store = new MemoryStore();
  const handler = createSubscribeHandler({ store, onError: () => {}, ...options });
  return { store, handler };
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Sends `signup` with the real endpoint provider; `answer` plays the server. */
async function send(signup: Signup, answer: (request: Request) => Promise<Response>) {
  const sent: Request[] = [];
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return answer(request);
  };
  const outcome = await endpointProvider.send(signup, { action, signal: new AbortController().signal });
  assert.equal(sent.length, 1, 'one request per signup');
  return { outcome, request: sent[0]! };
}

/** What the element shows the reader for an outcome (as newsletter-signup.component.ts picks it). */
function messageFor(outcome: Outcome): string {
  if ('status' in outcome) return english[outcome.status];
  if (outcome.error === 'invalid') return english.emailInvalid;
  if (outcome.error === 'rate-limited') {
    return outcome.retryAfter ? english.rateLimited.replace('{seconds}', String(outcome.retryAfter)) : english.rateLimitedShort;
  }
  return english[outcome.error];
}

const signup: Signup = {
  email: 'Ann.Lee@Example.COM',
  name: 'Ann Lee',
  consent: true,
  tags: ['weekly', 'sport'],
  source: 'https://news.example/2026/05/story',
};

describe('the endpoint provider’s request, read by the subscribe handler', () => {
  test('a signup with name, consent, tags, source and a filled honeypot: every field is sent under the contract’s names, and the handler’s honeypot trap fires (fake 201 subscribed, nothing stored)', async () => {
    const { handler, store } = setup();
    const { outcome, request } = await send({ ...signup, honeypot: 'https://spam.example' }, async request => {
      const response = await handler(request, client);
      assert.equal(response.status, 201);
      return response;
    });
    assert.deepEqual(await request.json(), {
      email: 'Ann.Lee@Example.COM',
      name: 'Ann Lee',
      consent: true,
      tags: ['weekly', 'sport'],
      source: 'https://news.example/2026/05/story',
      [honeypotField]: 'https://spam.example',
    });
    assert.deepEqual(outcome, { status: 'subscribed' }, 'the bot is shown success');
    assert.equal(store.rows.size, 0, 'nothing stored');
  });

  test('the same signup with the honeypot empty: the handler reads every field the provider sent and stores it (201 subscribed), then answers the same email 200 already', async () => {
    const { handler, store } = setup();
    const { outcome, request } = await send({ ...signup, honeypot: '' }, request => handler(request, client));
    assert.equal(honeypotField in ((await request.json()) as object), false, 'an empty honeypot is not sent');
    assert.deepEqual(outcome, { status: 'subscribed' });
    const [row, ...others] = await store.export();
    assert.deepEqual(others, []);
    assert.deepEqual({ ...row, createdAt: undefined }, {
      email: 'Ann.Lee@example.com',
      name: 'Ann Lee',
      consent: true,
      source: 'https://news.example/2026/05/story',
      tags: ['weekly', 'sport'],
      status: 'subscribed',
      createdAt: undefined,
    });

    const again = await send(signup, request => handler(request, client));
    assert.deepEqual(again.outcome, { status: 'already' });
    assert.equal(store.rows.size, 1);
  });
});

describe('every answer of the contract maps to a message the reader is shown', () => {
  for (const status of subscribeStatuses) {
    test(`success "${status}" (HTTP ${successHttpStatus[status]}) is read as the ${status} state, with its message`, async () => {
      const { outcome } = await send(signup, async () => Response.json({ status }, { status: successHttpStatus[status] }));
      assert.deepEqual(outcome, { status });
      assert.ok(messageFor(outcome));
    });
  }

  const json = { 'content-type': 'application/json' };
  const post = (body: BodyInit, headers: Record<string, string> = json, method = 'POST') =>
    new Request(action, { method, headers, body: method === 'GET' ? null : body });
  const validBody = JSON.stringify({ email: 'bo@example.org' });

  /** A real request the handler answers with each code (`bad_request` is the Node adapter's). */
  const answers: Record<Exclude<SubscribeErrorCode, 'bad_request'>, () => Promise<Response>> = {
    invalid_json: () => setup().handler(post('{"email":'), client),
    invalid_body: () => setup().handler(post('[]'), client),
    origin_not_allowed: () => setup().handler(post(validBody, { ...json, origin: 'https://evil.example' }), client),
    method_not_allowed: () => setup().handler(post('', {}, 'GET'), client),
    payload_too_large: () => setup({ maxBodyBytes: 10 }).handler(post(validBody), client),
    unsupported_media_type: () => setup().handler(post(validBody, { 'content-type': 'text/plain' }), client),
    invalid_email: () => setup().handler(post(JSON.stringify({ email: 'ann@example' })), client),
    invalid_name: () => setup().handler(post(JSON.stringify({ email: 'bo@example.org', name: 7 })), client),
    invalid_consent: () => setup().handler(post(JSON.stringify({ email: 'bo@example.org', consent: 'yes' })), client),
    invalid_source: () => setup().handler(post(JSON.stringify({ email: 'bo@example.org', source: 'javascript:alert(1)' })), client),
    invalid_tags: () => setup().handler(post(JSON.stringify({ email: 'bo@example.org', tags: 'weekly' })), client),
    rate_limited: async () => {
      const { handler } = setup({ rateLimit: { max: 1, windowMs: 60_000 } });
      await handler(post(validBody), client);
      return handler(post(validBody), client);
    },
    internal_error: () => {
      let broken = false;
      const { handler } = setup({
        now: () => {
          if (broken) throw new Error('clock failure');
          return Date.now();
        },
      });
      broken = true;
      return handler(post(validBody), client);
    },
    store_unavailable: () =>
      setup({
        store: Object.assign(new MemoryStore(), {
          add: async (): Promise<AddOutcome> => {
            throw new Error('disk I/O error');
          },
        }),
      }).handler(post(validBody), client),
  };

  /** The state each code puts the element in: only an email code marks the field invalid. */
  const reasons: Record<SubscribeErrorCode, SignupErrorReason> = {
    bad_request: 'rejected',
    invalid_json: 'rejected',
    invalid_body: 'rejected',
    origin_not_allowed: 'rejected',
    method_not_allowed: 'rejected',
    payload_too_large: 'rejected',
    unsupported_media_type: 'rejected',
    invalid_email: 'invalid',
    invalid_name: 'rejected',
    invalid_consent: 'rejected',
    invalid_source: 'rejected',
    invalid_tags: 'rejected',
    rate_limited: 'rate-limited',
    internal_error: 'server',
    store_unavailable: 'server',
  };

  for (const code of Object.keys(errorHttpStatus) as SubscribeErrorCode[]) {
    const httpStatus = errorHttpStatus[code];
    const from = code === 'bad_request' ? 'the Node adapter (as the contract lists it)' : 'the handler';
    test(`error ${code} (HTTP ${httpStatus}) from ${from} is read as "${reasons[code]}", with a message`, async () => {
      const response =
        code === 'bad_request'
          ? Response.json({ error: { code, message: 'This request cannot be handled.' } }, { status: httpStatus })
          : await answers[code]();
      assert.equal(response.status, httpStatus);
      const body = (await response.clone().json()) as { error: { code: unknown } };
      assert.equal(body.error.code, code);
      const { outcome } = await send(signup, async () => response);
      assert.equal('error' in outcome && outcome.error, reasons[code]);
      assert.ok(messageFor(outcome));
      if (code === 'rate_limited') assert.deepEqual(outcome, { error: 'rate-limited', retryAfter: 60 });
    });
  }
});
