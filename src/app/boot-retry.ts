/**
 * When the app's code fails to load (a dropped connection on a phone, or files replaced by a new
 * version while the page was open), the page would stay a picture of the start page forever. The
 * boot then reloads the page once; if that fails too, the page stays as it is rather than
 * reloading in a loop. The mark lives in sessionStorage, so a new visit starts afresh.
 */
export const BOOT_RETRY_KEY = 'rnh.boot_retry';

export function reloadOnceAfterFailedBoot(
  storage: () => Storage = () => sessionStorage,
  reload: () => void = () => location.reload(),
): boolean {
  try {
    if (storage().getItem(BOOT_RETRY_KEY) !== null) return false;
    storage().setItem(BOOT_RETRY_KEY, '1');
  } catch {
    return false; // storage blocked: no way to know whether this is already the retry
  }
  reload();
  return true;
}

/** After a boot that worked: the next failure may reload again. */
export function bootSucceeded(storage: () => Storage = () => sessionStorage): void {
  try {
    storage().removeItem(BOOT_RETRY_KEY);
  } catch {
    // nothing stored either
  }
}
