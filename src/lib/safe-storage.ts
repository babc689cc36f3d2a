/**
 * The one way this app reads and writes the device's storage (localStorage, sessionStorage).
 *
 * Storage fails in ordinary ways: it is full (a phone short of space, or the browser's quota),
 * or it is blocked (private modes, some in-app browsers, a policy; even reading `localStorage`
 * can throw then). Nothing here throws: every read says whether it could read, and every write
 * returns a result that says why it failed, so the caller can tell the person, in their
 * language, and keep what they typed on screen. No dependencies: the boot code uses it before
 * the app has loaded (src/store/device-data.ts, src/app/early-input.ts).
 */

/** Which storage: the device's (local) or this tab's, until it is closed (session). */
export type Area = 'local' | 'session' | (() => Storage);

/** Why a write failed: no room left, or the browser does not allow storage here. */
export type WriteFailure = 'full' | 'blocked';
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };
export type ReadResult = { ok: true; text: string | null } | { ok: false; reason: 'blocked' };

const OK: WriteResult = { ok: true };

function storageOf(area: Area): Storage {
  if (area === 'local') return localStorage;
  if (area === 'session') return sessionStorage;
  return area();
}

/** Tells a full storage from a blocked one, across browsers' names for the quota error. */
export function failureOf(error: unknown): WriteFailure {
  if (error instanceof DOMException || (typeof error === 'object' && error !== null)) {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (
      name === 'QuotaExceededError' ||
      name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      code === 22 ||
      code === 1014
    ) {
      return 'full';
    }
  }
  return 'blocked';
}

/** The text stored under `key`: null when there is none; `ok: false` when storage is blocked. */
export function readItem(key: string, area: Area = 'local'): ReadResult {
  try {
    return { ok: true, text: storageOf(area).getItem(key) };
  } catch {
    return { ok: false, reason: 'blocked' };
  }
}

/** The text under `key`, or null when there is none or it cannot be read. */
export function readText(key: string, area: Area = 'local'): string | null {
  const read = readItem(key, area);
  return read.ok ? read.text : null;
}

export function writeItem(key: string, text: string, area: Area = 'local'): WriteResult {
  try {
    storageOf(area).setItem(key, text);
    return OK;
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export function removeItem(key: string, area: Area = 'local'): WriteResult {
  try {
    storageOf(area).removeItem(key);
    return OK;
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

/** The keys that start with `prefix` (none when storage is blocked). */
export function keysWithPrefix(prefix: string, area: Area = 'local'): string[] {
  try {
    const storage = storageOf(area);
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** Removes every key that starts with `prefix`; says whether all of them went. */
export function removeKeysWithPrefix(prefix: string, area: Area = 'local'): WriteResult {
  let result = OK;
  for (const key of keysWithPrefix(prefix, area)) {
    const removed = removeItem(key, area);
    if (!removed.ok) result = removed;
  }
  return result;
}
