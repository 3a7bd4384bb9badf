import { isMailchimpUrl } from '../../internal/trusted-types.js';
import { formEntries } from './form.js';
import { pick } from './http.js';
import type { Outcome, Provider, ProviderOptions } from './types.js';

// One definition of Mailchimp's hosts, shared with the kit's Trusted Types policy.
export { isMailchimpUrl };

let callbackCount = 0;

/**
 * JSONP: loads `url` as a script that calls `window[<callback>](data)`. Resolves with the data
 * as `unknown`, `'failed'` when the script did not load or call back, or `'timeout'`. The
 * global is removed afterwards (replaced by a no-op until a late answer arrives).
 */
function loadJsonp(url: URL, { signal, trustedScriptUrl }: ProviderOptions): Promise<{ data: unknown } | 'failed' | 'timeout' | 'refused'> {
  const name = `storyWidgetsSignup${Date.now().toString(36)}${callbackCount++}`;
  url.searchParams.set('c', name);
  const globals = window as unknown as Record<string, unknown>;
  const script = document.createElement('script');
  let done = false;
  return new Promise(resolve => {
    const finish = (result: { data: unknown } | 'failed' | 'timeout' | 'refused') => {
      if (done) return;
      done = true;
      globals[name] = () => delete globals[name];
      if (result !== 'timeout') delete globals[name];
      script.remove();
      signal.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = () => finish('timeout');
    globals[name] = (data: unknown) => finish({ data });
    script.onerror = script.onload = () => finish('failed'); // loaded without calling back: not JSONP
    signal.addEventListener('abort', abort);
    try {
      script.src = (trustedScriptUrl ? trustedScriptUrl(url.href) : url.href) as string;
    } catch (error) {
      console.warn(
        'story-widgets: this page’s Content Security Policy refused the Trusted Types policy "story-widgets", ' +
          'needed to load Mailchimp’s answer. Add `story-widgets` to the `trusted-types` directive.',
        error,
      );
      finish('refused');
      return;
    }
    document.head.append(script);
  });
}

/** Mailchimp's wording, mapped onto our states (its `msg` holds HTML and is never shown). */
function mailchimpOutcome(data: unknown): Outcome {
  const result = pick(data, 'result');
  const message = String(pick(data, 'msg') ?? '');
  if (result === 'success') return { status: /confirm/i.test(message) ? 'pending' : 'subscribed' };
  if (result !== 'error') return { error: 'server' };
  if (/already subscribed/i.test(message)) return { status: 'already' };
  if (/too many/i.test(message)) return { error: 'rate-limited' };
  if (/^\d+ - |valid|email address/i.test(message)) return { error: 'invalid' };
  return { error: 'rejected' };
}

/**
 * Mailchimp's embedded form, answered inline through its JSONP variant:
 * `https://<dc>.list-manage.com/subscribe/post?u=<u>&id=<id>` becomes
 * `…/subscribe/post-json?u=<u>&id=<id>&c=<callback>&EMAIL=…&FNAME=…&b_<u>_<id>=`.
 * `allowed` decides which URLs may become a script; only Mailchimp's by default.
 */
export function createMailchimpProvider(allowed: (url: URL) => boolean = isMailchimpUrl): Provider {
  return {
    async send(signup, options) {
      const { action } = options;
      const url = new URL(action);
      if (!allowed(url)) {
        console.warn(`story-widgets: provider="mailchimp" needs your form’s https://….list-manage.com/subscribe/post URL as action, not ${url.origin}.`);
        return { error: 'server' };
      }
      url.pathname = url.pathname.replace(/\/subscribe\/post(-json)?\/?$/, '/subscribe/post-json');
      const params = url.searchParams;
      const honeypot = `b_${params.get('u')}_${params.get('id')}`;
      const entries = formEntries({ ...signup, tags: [] }, 'EMAIL', 'FNAME', '');
      if (!signup.fields) {
        if (signup.tags.length) entries.push(['tags', signup.tags.join(',')]);
        entries.push([honeypot, '']);
      }
      for (const [key, value] of entries) params.append(key, value);
      const answer = await loadJsonp(url, options);
      if (answer === 'timeout') return { error: 'timeout' };
      if (answer === 'refused') return { error: 'network' };
      if (answer === 'failed') return { error: 'network', unreached: !navigator.onLine };
      return mailchimpOutcome(answer.data);
    },
  };
}

export const mailchimpProvider = createMailchimpProvider();
