import { useAnswersStore } from './answers-store';

/** Every localStorage key this app writes starts with this prefix. */
export const APP_KEY_PREFIX = 'rnh.';

/** Removes everything the app stored on this device, and empties the in-memory store. */
export function clearAllAppData() {
  useAnswersStore.getState().reset();
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(APP_KEY_PREFIX)) localStorage.removeItem(key);
    }
    sessionStorage.clear();
  } catch {
    // storage blocked: nothing was stored there either
  }
}
