import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';
import { STORAGE_KEY, useAnswersStore } from '../../../src/store/answers-store';
import { LOG_STORAGE_KEY, createLogStore, useLogStore } from '../../../src/store/log-store';
import { CLEAR_ON_EXIT_KEY, useClearOnExitStore } from '../../../src/store/clear-data';
import { LOCALE_KEY } from '../../../src/i18n/i18n';
import { LOG_ENTRY, answersWith } from './app-fixture';

const LETTER_EDIT_KEY = 'rnh.letter_edit.negotiation_request';

function saveEverything() {
  useAnswersStore.getState().replaceWith(answersWith());
  useAnswersStore.getState().update({}, { essentials: { rent: 1500 } });
  useLogStore.getState().add(LOG_ENTRY);
  useClearOnExitStore.getState().setClearOnExit(true);
  localStorage.setItem(LOCALE_KEY, 'en');
  sessionStorage.setItem(LETTER_EDIT_KEY, '我自己改过的信');
  // Not the app's: a clear must leave other sites' keys on a shared origin alone.
  localStorage.setItem('other-app', 'keep');
  sessionStorage.setItem('other-app', 'keep');
}

const appKeys = (storage: Storage) => Object.keys(storage).filter((k) => k.startsWith('rnh.'));
/** The "cleared" message, inside a live region so that it is announced. */
const clearedStatus = () => screen.getByText(/^已清除/).closest('[aria-live="polite"]');
const footer = () => document.querySelector('footer') as HTMLElement;

beforeEach(() => {
  resetAnswers();
  sessionStorage.clear();
  useLogStore.getState().clear();
  useClearOnExitStore.getState().setClearOnExit(false);
});
afterEach(() => sessionStorage.clear());

describe('clear my data', { timeout: 30_000 }, () => {
  it('asks first, then removes answers, log, letter edits and settings, here and in storage', async () => {
    saveEverything();
    const { user, router } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });

    await user.click(within(footer()).getByRole('button', { name: '清除我的数据' }));
    // Nothing is gone while the question is open.
    const question = within(footer()).getByRole('group', { name: /确定要清除/ });
    expect(document.activeElement).toBe(within(question).getByText(/确定要清除/));
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();

    await user.click(within(question).getByRole('button', { name: '清除全部数据' }));

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: '逾期了，先理清情况，再和贷款方好好谈',
    });
    expect(currentPath(router)).toBe('/');
    expect(clearedStatus()).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(heading));

    expect(appKeys(localStorage)).toEqual([]);
    expect(appKeys(sessionStorage)).toEqual([]);
    expect(localStorage.getItem('other-app')).toBe('keep');
    expect(sessionStorage.getItem('other-app')).toBe('keep');
    expect(useAnswersStore.getState().draft).toEqual({});
    expect(useAnswersStore.getState().extras).toEqual({});
    expect(useLogStore.getState().entries).toEqual([]);
    expect(useClearOnExitStore.getState().clearOnExit).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /快速离开/ }).checked).toBe(
      false,
    );
    // Nothing comes back on a reload, and the next answer is saved as usual.
    expect(createLogStore().getState().entries).toEqual([]);
    expect(screen.queryByText('这台设备上还保存着你上次的回答。')).toBeNull();
  });

  it('cancelling keeps everything and gives focus back to the button', async () => {
    saveEverything();
    const before = {
      answers: localStorage.getItem(STORAGE_KEY),
      log: localStorage.getItem(LOG_STORAGE_KEY),
      edit: sessionStorage.getItem(LETTER_EDIT_KEY),
    };
    const { user, router } = renderRoute('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });

    await user.click(within(footer()).getByRole('button', { name: '清除我的数据' }));
    await user.click(within(footer()).getByRole('button', { name: '取消' }));

    expect(document.activeElement).toBe(
      within(footer()).getByRole('button', { name: '清除我的数据' }),
    );
    expect(currentPath(router)).toBe('/check');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before.answers);
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toBe(before.log);
    expect(sessionStorage.getItem(LETTER_EDIT_KEY)).toBe(before.edit);
    expect(localStorage.getItem(CLEAR_ON_EXIT_KEY)).toBe('1');
    expect(useAnswersStore.getState().draft).toEqual((({ v: _v, ...rest }) => rest)(answersWith()));
    expect(useLogStore.getState().entries).toHaveLength(1);
  });

  it('works from the start page itself: the heading gets focus and the status is said', async () => {
    saveEverything();
    const { user } = renderRoute('/');
    const heading = await screen.findByRole('heading', { level: 1 });
    screen.getByText('这台设备上还保存着你上次的回答。');
    await user.click(within(footer()).getByRole('button', { name: '清除我的数据' }));
    await user.click(within(footer()).getByRole('button', { name: '清除全部数据' }));
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(clearedStatus()).not.toBeNull();
    expect(screen.queryByText('这台设备上还保存着你上次的回答。')).toBeNull();
    expect(appKeys(localStorage)).toEqual([]);
  });
});
