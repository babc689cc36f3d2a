/**
 * The keys this app writes on the device, with no dependencies: the boot code uses this before
 * the rest of the app has loaded (src/app/early-input.ts), and clear-data.ts builds on it.
 */

/** Every key this app writes, in localStorage or sessionStorage, starts with this prefix. */
export const APP_KEY_PREFIX = 'rnh.';

/** Where the "clear my data when I use quick exit" choice is remembered ('1' = on). */
export const CLEAR_ON_EXIT_KEY = 'rnh.clear_on_exit';

function removeAppKeys(getStorage: () => Storage) {
  try {
    const storage = getStorage();
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(APP_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // storage blocked: nothing was stored there either
  }
}

/** Removes every key of the app from localStorage and sessionStorage. */
export function removeAllAppKeys() {
  removeAppKeys(() => localStorage);
  removeAppKeys(() => sessionStorage);
}

export function readClearOnExit(): boolean {
  try {
    return localStorage.getItem(CLEAR_ON_EXIT_KEY) === '1';
  } catch {
    return false;
  }
}
