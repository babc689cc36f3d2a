/**
 * When the app's code fails to load (a dropped connection on a phone, or files replaced by a new
 * version while the page was open), the page would stay a picture of the start page forever. The
 * boot then reloads the page once; if that fails too, the page stays as it is rather than
 * reloading in a loop. The mark lives in sessionStorage, so a new visit starts afresh. It holds
 * nothing the person entered: when storage refuses it, the only effect is no automatic reload.
 */
import { readItem, removeItem, writeItem, type Area } from '../lib/safe-storage';

export const BOOT_RETRY_KEY = 'rnh.boot_retry';

export function reloadOnceAfterFailedBoot(
  storage: () => Storage = () => sessionStorage,
  reload: () => void = () => location.reload(),
): boolean {
  const area: Area = storage;
  const read = readItem(BOOT_RETRY_KEY, area);
  // Already the retry, or no way to know whether it is (storage blocked): no reload.
  if (!read.ok || read.text !== null) return false;
  if (!writeItem(BOOT_RETRY_KEY, '1', area).ok) return false;
  reload();
  return true;
}

/** After a boot that worked: the next failure may reload again. */
export function bootSucceeded(storage: () => Storage = () => sessionStorage): void {
  removeItem(BOOT_RETRY_KEY, storage);
}
