import { isValidEmail } from '../internal/email.js';
import type { Signup } from './providers/types.js';

/**
 * Signups made while the browser was offline, kept in `localStorage` (one per provider and
 * action URL) until the browser is back online. Each is sent once: it is taken out of storage
 * before sending, under a Web Lock when the browser has them, so two elements — or two tabs —
 * woken by the same `online` event cannot both send it. One kept longer than 7 days (or
 * without the time it was kept) is dropped unsent: the reader has long moved on.
 */
const prefix = 'story-widgets:signup:';
const maxAgeMs = 7 * 24 * 60 * 60 * 1000;

type Locks = { request<T>(name: string, callback: () => T): Promise<T> };

/** Keeps `signup` for later; false when storage is unavailable (private mode, blocked, full). */
export function saveSignup(key: string, signup: Signup): boolean {
  try {
    localStorage.setItem(prefix + key, JSON.stringify({ ...signup, savedAt: Date.now() }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a kept signup (a newer submission replaces it). */
export function dropSignup(key: string): void {
  try {
    localStorage.removeItem(prefix + key);
  } catch {
    // storage unavailable: nothing was kept
  }
}

function readAndRemove(key: string): Signup | undefined {
  try {
    const raw = localStorage.getItem(prefix + key);
    if (raw === null) return undefined;
    localStorage.removeItem(prefix + key);
    // Anything on this origin can write storage: check the shape before trusting it.
    const value: unknown = JSON.parse(raw);
    const { email, name, consent, tags, source, fields, savedAt } = (value ?? {}) as Record<string, unknown>;
    if (typeof email !== 'string' || !isValidEmail(email) || !(Date.now() - Number(savedAt) < maxAgeMs)) return undefined;
    return {
      email,
      name: typeof name === 'string' ? name : undefined,
      consent: consent === true || undefined,
      tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
      // A kept signup without a page stays without one: location.href may be too long or not http(s).
      source: typeof source === 'string' ? source : undefined,
      fields: Array.isArray(fields)
        ? fields.filter((entry): entry is [string, string] => Array.isArray(entry) && entry.length === 2 && entry.every(part => typeof part === 'string'))
        : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Takes the kept signup out of storage, at most once across elements and tabs. */
export async function takeSignup(key: string): Promise<Signup | undefined> {
  const locks = (navigator as { locks?: Locks }).locks;
  if (!locks) return readAndRemove(key);
  try {
    return await locks.request(prefix + key, () => readAndRemove(key));
  } catch {
    return readAndRemove(key);
  }
}
