/**
 * The cover quick exit leaves behind: while `covered`, the app shows a neutral page with one
 * "continue" button and none of the person's data, whichever way it is reached again (Back or
 * Forward into the app, a page restored from the browser's back-forward cache, an address from
 * the history, another tab of the app). Only a deliberate tap on "continue" lifts it.
 */
import { create } from 'zustand';
import { HIDDEN_KEY, readHidden, unhide } from './device-data';

type CoverState = { covered: boolean };

export const useCoverStore = create<CoverState>()(() => ({ covered: readHidden() }));

/** Covers the app at once (quick exit calls this before it leaves). */
export function cover(): void {
  useCoverStore.setState({ covered: true });
}

/** The person tapped "continue". */
export function uncover(): void {
  unhide();
  useCoverStore.setState({ covered: false });
}

if (typeof window !== 'undefined') {
  // Quick exit in another tab hides this one too.
  window.addEventListener('storage', (event) => {
    if (event.key === HIDDEN_KEY && event.newValue === '1') cover();
  });
  // A page brought back from the back-forward cache runs on from where it was: check again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && readHidden()) cover();
  });
}
