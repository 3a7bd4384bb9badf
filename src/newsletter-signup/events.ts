import type { SubscribeStatus } from '../contract/subscribe.js';

/**
 * How a signup ended well: confirmed, waiting for the reader's confirmation email, or known
 * already. The subscribe contract's statuses, which every provider's answer is mapped onto.
 */
export type SignupStatus = SubscribeStatus;

/** Why a signup did not go through. */
export type SignupErrorReason = 'invalid' | 'network' | 'timeout' | 'rate-limited' | 'server' | 'rejected';

/** The provider adapters `provider` can name. */
export type SignupProviderName = 'endpoint' | 'form' | 'mailchimp' | 'buttondown' | 'kit' | 'ghost';

/**
 * Fired before anything is sent, after the form passed validation. Cancel it
 * (`event.preventDefault()`) to handle the submission yourself: nothing is sent then.
 */
export class SignupSubmitEvent extends Event {
  static readonly eventName = 'signup-submit';
  constructor(readonly detail: { email: string; name?: string; provider: string }) {
    super(SignupSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the provider accepted the signup (also when a signup saved offline is sent later). */
export class SignupSuccessEvent extends Event {
  static readonly eventName = 'signup-success';
  constructor(readonly detail: { email: string; status: SignupStatus }) {
    super(SignupSuccessEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when a signup failed; `message` is the text the reader was shown. */
export class SignupErrorEvent extends Event {
  static readonly eventName = 'signup-error';
  constructor(readonly detail: { email: string; reason: SignupErrorReason; message: string }) {
    super(SignupErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'signup-submit': SignupSubmitEvent;
    'signup-success': SignupSuccessEvent;
    'signup-error': SignupErrorEvent;
  }
}
