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
 * document are resolved against. A document longer than `maxLength` characters is refused.
 */
export async function fetchJson(
  url: string,
  { signal, timeoutMs, maxLength }: { signal: AbortSignal; timeoutMs: number; maxLength: number },
): Promise<{ data: unknown; url: string }> {
  const attempt = new AbortController();
  const cancel = () => attempt.abort();
  signal.addEventListener('abort', cancel);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  // What went wrong if the next step throws: no response at all, then a body that is not JSON.
  let failure: FetchFailure = 'network';
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json, application/ld+json' },
      signal: attempt.signal,
    });
    if (!response.ok) throw new FetchJsonError('http', `${url} answered ${response.status}`);
    const tooLarge = () => new FetchJsonError('invalid', `${url} is larger than ${maxLength} characters`);
    // A declared size says so before anything is read; a body without one is checked once read.
    if (Number(response.headers.get('content-length')) > maxLength) throw tooLarge();
    failure = 'invalid';
    const text = await response.text();
    if (text.length > maxLength) throw tooLarge();
    return { data: JSON.parse(text), url: response.url || url };
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    throw timedOut
      ? new FetchJsonError('timeout', `no answer from ${url} within ${timeoutMs} ms`)
      : new FetchJsonError(failure, failure === 'network' ? `could not reach ${url}` : `${url} is not valid JSON`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
