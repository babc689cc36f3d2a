/**
 * "Clear my data": everything this app keeps on the device, in one place. Every key the app
 * writes, in localStorage and sessionStorage, starts with `rnh.`; the in-memory stores are
 * emptied too, or they would write their contents back on the next change. Cache Storage holds
 * only the app's own files (service worker), never anything the user entered, so it stays.
 */
import { create } from 'zustand';
import { useAnswersStore } from './answers-store';
import { useLogStore } from './log-store';
import { CLEAR_ON_EXIT_KEY, readClearOnExit, removeAllAppKeys } from './device-data';

export { APP_KEY_PREFIX, CLEAR_ON_EXIT_KEY } from './device-data';

type ClearOnExitState = { clearOnExit: boolean; setClearOnExit: (on: boolean) => void };

/** The user's choice (default off) to clear everything when leaving through quick exit. */
export const useClearOnExitStore = create<ClearOnExitState>()((set) => ({
  clearOnExit: readClearOnExit(),
  setClearOnExit: (on) => {
    try {
      if (on) localStorage.setItem(CLEAR_ON_EXIT_KEY, '1');
      else localStorage.removeItem(CLEAR_ON_EXIT_KEY);
    } catch {
      // not remembered past this visit
    }
    set({ clearOnExit: on });
  },
}));

/** Removes everything the app stored on this device, and empties the in-memory stores. */
export function clearAllAppData() {
  // In-memory first: emptying a persisted store writes it once, and the keys go right after.
  useAnswersStore.getState().reset();
  useAnswersStore.setState({ storageNotice: 'none' });
  useLogStore.getState().clear();
  useLogStore.setState({ storageNotice: 'none' });
  useClearOnExitStore.setState({ clearOnExit: false });
  removeAllAppKeys();
}
