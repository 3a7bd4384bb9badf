/**
 * Node's `http` request/response ↔ the web-standard `Request`/`Response` the subscribe
 * handler speaks, so the handler itself stays runtime-neutral.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SubscribeClient } from './subscribe-handler.js';

export type WebHandler = (request: Request, client: SubscribeClient) => Promise<Response>;

/** Mounts a web handler on a Node server: `http.createServer(toNodeListener(handler))`. */
export function toNodeListener(handler: WebHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handleWith(handler, req, res).catch(() => {
      // The handler answers its own errors, so this is a request `Request` refuses (a method
      // like TRACE) or a client gone mid-response.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(JSON.stringify({ error: { code: 'bad_request', message: 'This request cannot be handled.' } }));
    });
  };
}

async function handleWith(handler: WebHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await handler(toWebRequest(req), { ip: clientIp(req) });
  await writeWebResponse(response, req, res);
}

/**
 * The socket's peer address: the only one a client cannot forge. Behind a reverse proxy this
 * is the proxy; pass the forwarded address yourself if you trust it.
 */
export function clientIp(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  // Dual-stack sockets report IPv4 peers as `::ffff:1.2.3.4`: one client, one rate-limit key.
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex` is required by Node's fetch for a streamed body but missing from the DOM types.
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = bodyStream(req);
    init.duplex = 'half';
  }
  return new Request(requestUrl(req), init);
}

/** The Host header is the client's word: fall back to a neutral base if it is not a host. */
function requestUrl(req: IncomingMessage): string {
  const path = req.url ?? '/';
  const host = req.headers.host ?? 'localhost';
  const url = `http://${host}${path.startsWith('/') ? path : `/${path}`}`;
  return URL.canParse(url) ? url : `http://localhost${URL.canParse(`http://localhost${path}`) ? path : '/'}`;
}

/**
 * A pull stream over the request. Unlike `Readable.toWeb`, cancelling (the handler's byte
 * cap) does not destroy the socket, so the `413` can still be sent; the unread rest is left
 * to Node, and the connection is closed after the response (see `writeWebResponse`).
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (finished) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      req.on('error', error => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      finished = true;
      req.pause();
    },
  });
}

const maxDrainBytes = 64 * 1024;

/**
 * Sends a web `Response`. The subscribe handler's bodies are a few hundred bytes of JSON, so
 * buffering keeps this simple.
 */
export async function writeWebResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = req.method === 'HEAD' || response.body === null ? null : Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) headers['set-cookie'] = setCookies;
  // Whatever body the handler left unread (an early 403/415/429, or past the 413 cap) must
  // be drained before the connection can carry another request. Small ones are; for a large
  // or unknown rest, hanging up is cheaper than receiving it.
  const drain = req.complete || Number(req.headers['content-length'] ?? Infinity) <= maxDrainBytes;
  if (!drain) headers['connection'] = 'close';
  if (body) headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
  if (drain) req.resume();
}
