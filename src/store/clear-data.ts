/**
 * "Clear my data": everything this app keeps on the device, in one place. Every key the app
 * writes, in localStorage and sessionStorage, starts with `rnh.` (backups of unreadable data
 * too); the in-memory stores are emptied too, or they would write their contents back on the
 * next change. Cache Storage holds only the app's own files (service worker), never anything
 * the user entered, so it stays.
 */
import { create } from 'zustand';
import type { WriteResult } from '../lib/safe-storage';
import { useAnswersStore } from './answers-store';
import { useLogStore } from './log-store';
import { readClearOnExit, removeAllAppKeys, saveClearOnExit } from './device-data';
import { reportSettingSaved, useSettingsNotice } from './settings-notice';

export { APP_KEY_PREFIX, CLEAR_ON_EXIT_KEY, HIDDEN_KEY } from './device-data';

type ClearOnExitState = {
  clearOnExit: boolean;
  /** Holds for this visit whatever happens; says whether the device will remember it. */
  setClearOnExit: (on: boolean) => WriteResult;
};

/** The user's choice (default off) to clear everything when leaving through quick exit. */
export const useClearOnExitStore = create<ClearOnExitState>()((set) => ({
  clearOnExit: readClearOnExit(),
  setClearOnExit: (on) => {
    const result = saveClearOnExit(on);
    reportSettingSaved('clear_on_exit', result);
    set({ clearOnExit: on });
    return result;
  },
}));

/** Removes everything the app stored on this device, and empties the in-memory stores. */
export function clearAllAppData(): WriteResult {
  // In-memory first: emptying a persisted store writes it once, and the keys go right after.
  useAnswersStore.getState().reset();
  useAnswersStore.setState({ storageNotice: 'none', damagedKept: false });
  useLogStore.getState().clear();
  useLogStore.setState({ storageNotice: 'none', damagedKept: false });
  useClearOnExitStore.setState({ clearOnExit: false });
  useSettingsNotice.setState({ notSaved: null });
  return removeAllAppKeys();
}
