import type { SignupProviderName } from '../events.js';
import { endpointProvider } from './endpoint.js';
import type { Provider } from './types.js';

/**
 * A provider whose code loads the first time a signup is sent through it. The ES module
 * builds (`cdn/newsletter-signup.js`, an app's bundler) then carry only the default
 * provider up front, and a page pays for Mailchimp's JSONP adapter only if it uses it; the
 * classic-script bundle inlines them all. A module that fails to load counts as a server
 * error for that signup (the reader's email stays in the field): never queued, never faked.
 */
function loadOnUse(load: () => Promise<Provider>): Provider {
  return { send: async (signup, options) => (await load()).send(signup, options) };
}

/** The adapters the `provider` attribute picks from. */
export const providers: Record<SignupProviderName, Provider> = {
  endpoint: endpointProvider,
  form: loadOnUse(async () => (await import('./form.js')).formProvider),
  mailchimp: loadOnUse(async () => (await import('./mailchimp.js')).mailchimpProvider),
  buttondown: loadOnUse(async () => (await import('./buttondown.js')).buttondownProvider),
  kit: loadOnUse(async () => (await import('./kit.js')).kitProvider),
  ghost: loadOnUse(async () => (await import('./ghost.js')).ghostProvider),
};
