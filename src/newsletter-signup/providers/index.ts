import type { SignupProviderName } from '../events.js';
import { buttondownProvider } from './buttondown.js';
import { endpointProvider } from './endpoint.js';
import { formProvider } from './form.js';
import { ghostProvider } from './ghost.js';
import { kitProvider } from './kit.js';
import { mailchimpProvider } from './mailchimp.js';
import type { Provider } from './types.js';

/** The adapters the `provider` attribute picks from. */
export const providers: Record<SignupProviderName, Provider> = {
  endpoint: endpointProvider,
  form: formProvider,
  mailchimp: mailchimpProvider,
  buttondown: buttondownProvider,
  kit: kitProvider,
  ghost: ghostProvider,
};
