import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/app/service-worker';

function fakeContainer(register = vi.fn(() => Promise.resolve({}))) {
  return { register } as unknown as ServiceWorkerContainer & { register: typeof register };
}

/** A window whose document is still loading, and that runs idle callbacks when told to. */
function loadingWindow() {
  const idle: Array<() => void> = [];
  const listeners: Array<() => void> = [];
  const win = {
    document: { readyState: 'loading' },
    requestIdleCallback: (cb: () => void) => idle.push(cb),
    setTimeout: (cb: () => void) => idle.push(cb),
    addEventListener: (type: string, cb: () => void) => type === 'load' && listeners.push(cb),
  };
  return {
    win: win as unknown as Window,
    load() {
      win.document.readyState = 'complete';
      listeners.splice(0).forEach((cb) => cb());
    },
    runIdle: () => idle.splice(0).forEach((cb) => cb()),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('registering the offline service worker', () => {
  it('waits for the page to load and for an idle moment, then registers sw.js for the app', () => {
    const container = fakeContainer();
    const page = loadingWindow();
    registerServiceWorker(container, page.win);
    page.runIdle();
    expect(container.register).not.toHaveBeenCalled();
    page.load();
    expect(container.register).not.toHaveBeenCalled();
    page.runIdle();
    expect(container.register).toHaveBeenCalledExactlyOnceWith('./sw.js', { scope: './' });
  });

  it('registers at the next idle moment when the page has already loaded', () => {
    const container = fakeContainer();
    const page = loadingWindow();
    page.load();
    registerServiceWorker(container, page.win);
    page.runIdle();
    expect(container.register).toHaveBeenCalledTimes(1);
  });

  it('uses a timer where the browser has no requestIdleCallback', () => {
    const container = fakeContainer();
    const page = loadingWindow();
    (page.win as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    page.load();
    registerServiceWorker(container, page.win);
    page.runIdle();
    expect(container.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing where service workers are missing, and a failed registration stays quiet', async () => {
    const page = loadingWindow();
    page.load();
    expect(() => registerServiceWorker(undefined, page.win)).not.toThrow();
    const failing = fakeContainer(vi.fn(() => Promise.reject(new Error('blocked'))));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    registerServiceWorker(failing, page.win);
    page.runIdle();
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', unhandled);
    expect(failing.register).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
