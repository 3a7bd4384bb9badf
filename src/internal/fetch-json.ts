/** Why a JSON document could not be fetched. */
export type FetchFailure = 'network' | 'timeout' | 'http' | 'invalid';

export class FetchJsonError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * GETs a JSON document without credentials (an embed never sends the reader's cookies to
 * a story server), giving up after `timeoutMs`. Aborting `signal` cancels the request; the
 * promise then rejects, and the caller, which checks `signal.aborted`, ignores it.
 * Resolves with the parsed JSON (still unknown) and the final URL, which relative URLs in the
 * document are resolved against.
 */
export async function fetchJson(
  url: string,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<{ data: unknown; url: string }> {
  const attempt = new AbortController();
  const cancel = () => attempt.abort();
  signal.addEventListener('abort', cancel);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        headers: { accept: 'application/json, application/ld+json' },
        signal: attempt.signal,
      });
    } catch {
      throw timedOut
        ? new FetchJsonError('timeout', `no answer from ${url} within ${timeoutMs} ms`)
        : new FetchJsonError('network', `could not reach ${url}`);
    }
    if (!response.ok) throw new FetchJsonError('http', `${url} answered ${response.status}`);
    try {
      return { data: await response.json(), url: response.url || url };
    } catch {
      throw timedOut
        ? new FetchJsonError('timeout', `no answer from ${url} within ${timeoutMs} ms`)
        : new FetchJsonError('invalid', `${url} is not valid JSON`);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
