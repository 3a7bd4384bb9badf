/**
 * The subscribe contract: what `<newsletter-signup>`'s `endpoint` provider sends and what the
 * reference endpoint in `server/` answers. Both sides import this module, so neither can
 * drift from the other. Constants and types only, no side effects: it is bundled into the
 * browser build, where whatever the element does not use is dropped.
 */

/**
 * The honeypot: a field people never see (the element renders its hidden input under this
 * name). A request with it filled comes from a bot, which gets a fake success and is not stored.
 */
export const honeypotField = 'sw-hp';

// Limits, in characters as `String#length` counts them: generous for people, small enough
// that one stored row stays small.
/** The email address, after trimming. */
export const maxEmailLength = 254;
/** The name, after its whitespace is collapsed to single spaces. */
export const maxNameLength = 200;
/** The page URL in `source`, after trimming. */
export const maxSourceLength = 2048;
/** How many tags one signup may carry. */
export const maxTags = 20;
/** Each tag, after trimming. */
export const maxTagLength = 64;

/** `POST`ed as `Content-Type: application/json`; any other field is ignored. */
export interface SubscribeRequest {
  /** Required; trimmed and its domain lowercased before it is stored. */
  email: string;
  name?: string;
  consent?: boolean;
  /** The http(s) URL of the page the signup box is on. */
  source?: string;
  /** Non-empty strings; duplicates are dropped. */
  tags?: string[];
  /** Empty or absent from people. */
  [honeypotField]?: string;
}

/** How a signup ended well: `pending` waits for the reader to confirm by email. */
export const subscribeStatuses = ['subscribed', 'pending', 'already'] as const;

export type SubscribeStatus = (typeof subscribeStatuses)[number];

/** The HTTP status each success is answered with. */
export const successHttpStatus: Readonly<Record<SubscribeStatus, number>> = { subscribed: 201, pending: 201, already: 200 };

/**
 * Every error code the endpoint answers, with its HTTP status. `bad_request` comes from the
 * Node adapter only (a request that cannot become a `Request`); the handler answers the rest.
 */
export const errorHttpStatus = {
  bad_request: 400,
  invalid_json: 400,
  invalid_body: 400,
  origin_not_allowed: 403,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_email: 422,
  invalid_name: 422,
  invalid_consent: 422,
  invalid_source: 422,
  invalid_tags: 422,
  rate_limited: 429,
  internal_error: 500,
  store_unavailable: 503,
} as const;

export type SubscribeErrorCode = keyof typeof errorHttpStatus;

/** A success answer's body. */
export interface SubscribeSuccess {
  status: SubscribeStatus;
}

/** An error answer's body: `code` is stable, `message` is English for people reading logs. */
export interface SubscribeFailure {
  error: { code: SubscribeErrorCode; message: string };
}

export type SubscribeResponse = SubscribeSuccess | SubscribeFailure;
