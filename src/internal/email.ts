import { maxEmailLength } from '../contract/subscribe.js';

/**
 * Email rules shared by the signup box (checks before any request) and the reference endpoint
 * (checks again, since a server trusts no client). Deliberately close to what browsers accept
 * for `<input type=email>`, plus a dot in the domain: readers type real addresses, not
 * RFC 5322 edge cases, and a missing TLD is a far more common typo.
 */
const emailPattern =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** Trims, and lowercases the domain (the local part is the mailbox owner's business). */
export function normalizeEmail(raw: string): string {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

/** True for an address a person could have meant: one `@`, a dotted domain, at most `maxEmailLength` characters. */
export function isValidEmail(raw: string): boolean {
  const email = normalizeEmail(raw);
  return email.length <= maxEmailLength && emailPattern.test(email);
}
