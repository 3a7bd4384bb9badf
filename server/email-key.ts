/**
 * When two signups are one person. Stores keep the address as the reader typed it (trimmed,
 * domain lowercased: see src/internal/email.ts) and dedupe on this key. No `node:` imports, so
 * a store on any runtime can use it.
 */
import { normalizeEmail } from '../src/internal/email.js';

/**
 * The address lower-cased whole, local part included: `Ann@Example.com`, `ann@example.com`
 * and `ANN@EXAMPLE.COM` are one subscriber. Deliberate: RFC 5321 lets a mail server treat the
 * local part as case-sensitive, but no mainstream provider does, and readers retype their
 * address in whatever case their keyboard or autofill gives; three subscriptions for one
 * person is the real risk, two people whose addresses differ only in case is not.
 * Lives server-side: the browser never needs it.
 */
export function emailKey(email: string): string {
  return normalizeEmail(email).toLowerCase();
}
