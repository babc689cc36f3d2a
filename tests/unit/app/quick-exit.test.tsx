import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { renderRoute, resetAnswers } from '../test-utils';
import { STORAGE_KEY, createAnswersStore, useAnswersStore } from '../../../src/store/answers-store';
import { LOG_STORAGE_KEY, useLogStore } from '../../../src/store/log-store';
import { CLEAR_ON_EXIT_KEY, HIDDEN_KEY, useClearOnExitStore } from '../../../src/store/clear-data';
import { hideForQuickExit, readHidden } from '../../../src/store/device-data';
import { useCoverStore } from '../../../src/store/cover-store';
import { encodeShareLink } from '../../../src/lib/share-codec';
import { LOG_ENTRY, answersWith } from './app-fixture';

const LETTER_EDIT_KEY = 'rnh.letter_edit.hardship_application';

// jsdom cannot navigate, so only `location.replace` is stood in for; everything else is real.
let replace: ReturnType<typeof vi.fn<(url: string) => void>>;
beforeEach(() => {
  resetAnswers();
  sessionStorage.clear();
  useCoverStore.setState({ covered: false });
  useLogStore.getState().clear();
  useClearOnExitStore.getState().setClearOnExit(false);
  replace = vi.fn<(url: string) => void>();
  vi.stubGlobal('location', { ...window.location, replace });
  useAnswersStore.getState().replaceWith(answersWith());
  useLogStore.getState().add(LOG_ENTRY);
  sessionStorage.setItem(LETTER_EDIT_KEY, '改过的申请');
});
afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  localStorage.clear();
  useCoverStore.setState({ covered: false });
});

const header = () => document.querySelector('header') as HTMLElement;
const option = () => screen.getByRole<HTMLInputElement>('checkbox', { name: /快速离开/ });
const cover = () => screen.findByRole('heading', { level: 1, name: '已隐藏' });
/** Nothing the person entered, nor what the app is about, is anywhere on the page. */
function expectNothingShown() {
  const text = document.body.textContent ?? '';
  for (const words of ['平台一', '某某银行信用卡', '6,000', '12,000', '协商还款助手', '快速离开']) {
    expect(text).not.toContain(words);
  }
  expect(document.title).toBe('已隐藏');
}
/** A later visit: a fresh read of what quick exit left on the device. */
function revisit(path: string) {
  useCoverStore.setState({ covered: readHidden() });
  return renderRoute(path);
}

describe('quick exit', { timeout: 30_000 }, () => {
  it('covers the page, marks the device hidden and leaves; by default the data is kept', async () => {
    const { user, unmount } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(option().checked).toBe(false);
    expect(option().getAttribute('aria-describedby')).toBeTruthy();

    await user.click(within(header()).getByRole('button', { name: '快速离开' }));

    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith('about:blank');
    // Covered before it left: a page kept in the back-forward cache shows only the cover.
    await cover();
    expectNothingShown();
    expect(localStorage.getItem(HIDDEN_KEY)).toBe('1');
    expect(createAnswersStore().getState().draft.debts).toHaveLength(2);
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toContain('平台一');
    expect(sessionStorage.getItem(LETTER_EDIT_KEY)).toBe('改过的申请');
    unmount();
  });

  it.each(['/', '/step/debts', '/check', '/plan', '/log', '/letters/hardship_application'])(
    'every later visit to %s opens on the cover, until "continue" is tapped',
    async (path) => {
      hideForQuickExit(false);
      const { user } = revisit(path);
      await cover();
      expectNothingShown();
      await user.click(screen.getByRole('button', { name: '继续' }));
      expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
      expect(screen.queryByRole('heading', { level: 1, name: '已隐藏' })).toBeNull();
      expect(readHidden()).toBe(false);
    },
  );

  it('a shared plan link in the history opens on the cover too (its answers are in the link)', async () => {
    hideForQuickExit(false);
    revisit(`/plan/${encodeShareLink(answersWith('链接里的银行'))}`);
    await cover();
    expect(document.body.textContent).not.toContain('链接里的银行');
  });

  it('clears everything before leaving when the user chose so, and still hides', async () => {
    const { user } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });

    await user.click(option());
    expect(localStorage.getItem(CLEAR_ON_EXIT_KEY)).toBe('1');
    expect(replace).not.toHaveBeenCalled();

    await user.click(within(header()).getByRole('button', { name: '快速离开' }));

    expect(replace).toHaveBeenCalledWith('about:blank');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rnh.'))).toEqual([HIDDEN_KEY]);
    expect(sessionStorage.getItem(LETTER_EDIT_KEY)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(useAnswersStore.getState().draft).toEqual({});
    expect(useLogStore.getState().entries).toEqual([]);
    await cover();
  });

  it('remembers the choice on this device, and it can be turned off again', async () => {
    const first = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    await first.user.click(option());
    first.unmount();

    // A later visit: a fresh read of the saved choice.
    vi.resetModules();
    const { useClearOnExitStore: reloaded } = await import('../../../src/store/clear-data');
    expect(reloaded.getState().clearOnExit).toBe(true);

    const second = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(option().checked).toBe(true);
    await second.user.click(option());
    expect(localStorage.getItem(CLEAR_ON_EXIT_KEY)).toBeNull();

    await second.user.click(within(header()).getByRole('button', { name: '快速离开' }));
    expect(replace).toHaveBeenCalledWith('about:blank');
    expect(useLogStore.getState().entries).toHaveLength(1);
  });

  it('says so when the choice cannot be remembered, and it still holds for this visit', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(option());
    setItem.mockRestore();
    expect(option().checked).toBe(true);
    expect(useClearOnExitStore.getState().clearOnExit).toBe(true);
    const footer = document.querySelector('footer') as HTMLElement;
    expect(footer.textContent).toContain('没能记住这个选择：这台设备的存储空间已满');
  });

  it('another tab that quick-exits covers this one too; a page back from the cache checks again', async () => {
    renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    localStorage.setItem(HIDDEN_KEY, '1');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: HIDDEN_KEY, newValue: '1' }));
    });
    await cover();

    useCoverStore.setState({ covered: false });
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await cover();
  });
});

describe('the hidden mark holds on a full or blocked storage', () => {
  /** Fills jsdom's real storage quota to the last character, so the next write throws. */
  function fill(area: Storage) {
    let i = 0;
    for (let size = 1_000_000; size >= 1; size = Math.floor(size / 10)) {
      const filler = 'x'.repeat(size);
      try {
        for (;;) area.setItem(`filler-${i++}`, filler);
      } catch {
        // this size no longer fits; try a smaller one
      }
    }
  }

  it('this tab keeps it when the device storage is full', () => {
    fill(localStorage);
    expect(() => localStorage.setItem('probe', 'x')).toThrow();
    hideForQuickExit(false);
    expect(localStorage.getItem(HIDDEN_KEY)).toBeNull();
    expect(sessionStorage.getItem(HIDDEN_KEY)).toBe('1');
    expect(readHidden()).toBe(true);
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
  });

  it('when neither takes it, the app makes room by removing its own data, and keeps the mark', () => {
    let room = false;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage) {
      if (!room) throw new DOMException('full', 'QuotaExceededError');
    });
    const removeItem = Storage.prototype.removeItem;
    const remove = vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(function (
      this: Storage,
      key: string,
    ) {
      room = true;
      spy.mockRestore();
      removeItem.call(this, key);
    });
    hideForQuickExit(false);
    remove.mockRestore();
    spy.mockRestore();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(readHidden()).toBe(true);
  });
});
