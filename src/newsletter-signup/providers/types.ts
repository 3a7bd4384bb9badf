import type { SignupErrorReason, SignupStatus } from '../events.js';

/** What the reader submitted, the same for every provider. */
export interface Signup {
  email: string;
  name?: string;
  /** True when the reader ticked a required consent box. */
  consent?: boolean;
  tags: string[];
  /** The page the reader signed up on, when it is an http(s) URL of a sensible length. */
  source?: string;
  /** The host form's own fields, in order, when the host wrote the form (progressive enhancement). */
  fields?: [string, string][];
  /**
   * What the hidden honeypot field held: empty from people. The `endpoint` provider sends it
   * when filled, so the server catches a bot that got past the element's own check.
   */
  honeypot?: string;
}

export interface ProviderOptions {
  /** An http(s) URL, already checked. */
  action: string;
  /** Aborts the request when the element's timeout runs out. */
  signal: AbortSignal;
  /** Kit's public API key. */
  apiKey?: string;
  /** Field names for form posts (`form` provider). */
  emailFieldName?: string;
  nameFieldName?: string;
  /**
   * Turns a script address into one the page's Trusted Types accept, through the kit's one
   * policy (src/internal/trusted-types.ts): passed in, because a provider loaded on demand
   * must not create a second policy of the same name. Throws when the page refuses it.
   */
  trustedScriptUrl?: (url: string) => unknown;
}

/**
 * How a request ended. `unreached` marks a request that failed before any response while the
 * browser said it was offline: only those are kept and sent again later. A failure while online
 * (CORS refusal, DNS, connection refused, TLS) is a plain `network` error.
 */
export type Outcome = { status: SignupStatus } | { error: SignupErrorReason; retryAfter?: number; unreached?: boolean };

/** An adapter: sends the provider's documented request and reads its answer. Never throws. */
export interface Provider {
  send(signup: Signup, options: ProviderOptions): Promise<Outcome>;
}
