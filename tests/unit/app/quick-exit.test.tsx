import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute, resetAnswers } from '../test-utils';
import { STORAGE_KEY, createAnswersStore, useAnswersStore } from '../../../src/store/answers-store';
import { LOG_STORAGE_KEY, useLogStore } from '../../../src/store/log-store';
import { CLEAR_ON_EXIT_KEY, useClearOnExitStore } from '../../../src/store/clear-data';
import { LOG_ENTRY, answersWith } from './app-fixture';

const LETTER_EDIT_KEY = 'rnh.letter_edit.hardship_application';

// jsdom cannot navigate, so only `location.replace` is stood in for; everything else is real.
let replace: ReturnType<typeof vi.fn<(url: string) => void>>;
beforeEach(() => {
  resetAnswers();
  sessionStorage.clear();
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
});

const header = () => document.querySelector('header') as HTMLElement;
const option = () => screen.getByRole<HTMLInputElement>('checkbox', { name: /快速离开/ });

describe('quick exit', { timeout: 30_000 }, () => {
  it('leaves for a blank page at once and, by default, keeps the saved data', async () => {
    const { user } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(option().checked).toBe(false);

    await user.click(within(header()).getByRole('button', { name: '快速离开' }));

    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith('about:blank');
    expect(createAnswersStore().getState().draft.debts).toHaveLength(2);
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toContain('平台一');
    expect(sessionStorage.getItem(LETTER_EDIT_KEY)).toBe('改过的申请');
  });

  it('clears everything before leaving when the user chose so', async () => {
    const { user } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });

    await user.click(option());
    expect(localStorage.getItem(CLEAR_ON_EXIT_KEY)).toBe('1');
    expect(replace).not.toHaveBeenCalled();

    await user.click(within(header()).getByRole('button', { name: '快速离开' }));

    expect(replace).toHaveBeenCalledWith('about:blank');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rnh.'))).toEqual([]);
    expect(sessionStorage.getItem(LETTER_EDIT_KEY)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(useAnswersStore.getState().draft).toEqual({});
    expect(useLogStore.getState().entries).toEqual([]);
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
});
