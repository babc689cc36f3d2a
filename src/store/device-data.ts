/**
 * The keys this app writes on the device, with no dependencies beyond src/lib/safe-storage.ts:
 * the boot code uses this before the rest of the app has loaded (src/app/early-input.ts), and
 * clear-data.ts builds on it.
 */
import {
  readText,
  removeItem,
  removeKeysWithPrefix,
  writeItem,
  type WriteResult,
} from '../lib/safe-storage';

/** Every key this app writes, in localStorage or sessionStorage, starts with this prefix. */
export const APP_KEY_PREFIX = 'rnh.';

/** Where the "clear my data when I use quick exit" choice is remembered ('1' = on). */
export const CLEAR_ON_EXIT_KEY = 'rnh.clear_on_exit';

/**
 * Set by quick exit ('1'): until the person taps "continue", every page of the app, however it
 * is reached (Back, Forward, history, a bookmark, another tab), shows a neutral cover and none
 * of their data. The inline guard in index.html reads it too (src/app/prerender).
 */
export const HIDDEN_KEY = 'rnh.hidden';

/** Removes every key of the app from localStorage and sessionStorage. */
export function removeAllAppKeys(): WriteResult {
  const local = removeKeysWithPrefix(APP_KEY_PREFIX, 'local');
  const session = removeKeysWithPrefix(APP_KEY_PREFIX, 'session');
  return local.ok ? session : local;
}

export function readClearOnExit(): boolean {
  return readText(CLEAR_ON_EXIT_KEY) === '1';
}

export function saveClearOnExit(on: boolean): WriteResult {
  return on ? writeItem(CLEAR_ON_EXIT_KEY, '1') : removeItem(CLEAR_ON_EXIT_KEY);
}

/** Whether quick exit has hidden the app on this device (or in this tab). */
export function readHidden(): boolean {
  return readText(HIDDEN_KEY) === '1' || readText(HIDDEN_KEY, 'session') === '1';
}

/**
 * What quick exit leaves on the device: everything cleared first if the person chose so, then
 * the hidden mark. The mark must hold, so it falls back: this device, else this tab; and if
 * storage is so full that neither takes even this one character, the app's own data is
 * removed to make room (a storage blocked outright keeps nothing to show anyway).
 */
export function hideForQuickExit(clearFirst: boolean): void {
  if (clearFirst) removeAllAppKeys();
  if (writeItem(HIDDEN_KEY, '1').ok || writeItem(HIDDEN_KEY, '1', 'session').ok) return;
  removeAllAppKeys();
  if (!writeItem(HIDDEN_KEY, '1').ok) writeItem(HIDDEN_KEY, '1', 'session');
}

/** The person tapped "continue": the app shows their data again. */
export function unhide(): void {
  removeItem(HIDDEN_KEY);
  removeItem(HIDDEN_KEY, 'session');
}
