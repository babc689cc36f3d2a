/**
 * Taps on the start page before the app is running. The start page is painted from prerendered
 * HTML before the app's code has run (issue 7), and on a slow phone that can take a few
 * seconds. In that time:
 * - quick exit works at once, exactly as QuickExit does: the device is marked hidden (clearing
 *   everything first if so chosen) and the page is hidden before it goes;
 * - the last button or checkbox tapped is held, and clicked for real once the app has taken
 *   over the page, so a tap on "English" or "clear my data" is never lost (nor applied twice);
 * - links need nothing: they change the address, and the app opens there.
 * No React and no stores here: the tiny entry module installs this before anything else.
 */
import { hideForQuickExit, readClearOnExit } from '../store/device-data';

/**
 * Where quick exit goes: a blank page. It needs no network (the app works offline, and nothing
 * is requested from another host), shows nothing about debts, and its title says nothing.
 * `location.replace` swaps the current history entry, so Back does not land on the page that
 * was open. Earlier pages of the app stay in the history; the hidden mark quick exit leaves
 * makes each of them open on a neutral cover (src/store/cover-store.ts) until "continue".
 */
export const QUICK_EXIT_URL = 'about:blank';

/** The prerendered page is still what is on screen: the app has not rendered over it yet. */
const appNotStarted = (doc: Document) =>
  doc.getElementById('root')?.hasAttribute('data-prerendered') === true;

let held: HTMLElement | null = null;

export function installEarlyInput(doc: Document = document): void {
  const onClick = (event: Event) => {
    if (!appNotStarted(doc)) {
      doc.removeEventListener('click', onClick, true);
      return;
    }
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('.quick-exit')) {
      event.preventDefault();
      event.stopPropagation();
      hideForQuickExit(readClearOnExit());
      // The prerendered page holds no answers, but nothing of the app should stay on screen.
      doc.documentElement.classList.add('prerender-hidden');
      window.location.replace(QUICK_EXIT_URL);
      return;
    }
    const control = target.closest('#root button, #root input[type="checkbox"]');
    if (!(control instanceof HTMLElement)) return;
    // Not now (a checkbox would show a tick the app does not know about): once it runs.
    event.preventDefault();
    event.stopPropagation();
    held = control;
  };
  doc.addEventListener('click', onClick, true);
}

/** Called once the app has taken over the page: the held tap, if any, happens now. */
export function replayHeldInput(): void {
  const control = held;
  held = null;
  if (control?.isConnected) control.click();
}
