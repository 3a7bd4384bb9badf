import { importProvider } from '../../internal/on-demand.js';
import type { SignupProviderName } from '../events.js';
import { endpointProvider } from './endpoint.js';
import type { Provider } from './types.js';

/**
 * A provider whose code loads the first time a signup is sent through it (on-demand.ts), so
 * a page carries only the default endpoint provider up front and pays for Mailchimp's JSONP
 * adapter only if it uses it. A module that fails to load counts as a server error for that
 * signup (the reader's email stays in the field): never queued, never faked.
 */
function loadOnUse(name: Exclude<SignupProviderName, 'endpoint'>): Provider {
  return { send: async (signup, options) => (await importProvider(name)).send(signup, options) };
}

/** The adapters the `provider` attribute picks from. */
export const providers: Record<SignupProviderName, Provider> = {
  endpoint: endpointProvider,
  form: loadOnUse('form'),
  mailchimp: loadOnUse('mailchimp'),
  buttondown: loadOnUse('buttondown'),
  kit: loadOnUse('kit'),
  ghost: loadOnUse('ghost'),
};
