import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderRoute, resetAnswers } from '../test-utils';
import {
  STORAGE_KEY,
  STORE_VERSION,
  createAnswersStore,
  useAnswersStore,
} from '../../../src/store/answers-store';
import { LOG_STORAGE_KEY, LOG_STORE_VERSION, useLogStore } from '../../../src/store/log-store';
import { LOG_ENTRY, answersWith } from './app-fixture';
import i18next from 'i18next';
import { LOCALE_KEY } from '../../../src/i18n/i18n';
import { useSettingsNotice } from '../../../src/store/settings-notice';

const TEXT = {
  recovered: /之前保存的回答有一部分无法读取/,
  unreadable: /之前保存的回答无法读取/,
  newer: /保存的回答来自本工具的较新版本/,
  writeFailed: /^没能保存：这台设备的存储空间已满/,
  writeFailedDamaged: /^没能保存：之前保存的数据无法读取/,
  blocked: /这个浏览器不允许本工具在设备上保存内容/,
  logRecovered: /之前保存的联系记录有一部分无法读取/,
  logUnreadable: /之前保存的联系记录无法读取/,
  logNewer: /保存的联系记录来自本工具的较新版本/,
  damaged: /可能已经?损坏/,
};
const BACKUP = 'rnh.backup.answers';
const LOG_BACKUP = 'rnh.backup.log';

/** What a visit finds: `text` saved under `key`, read by the app's real stores. */
async function visitWith(key: string, text: string, path = '/check') {
  localStorage.setItem(key, text);
  await useAnswersStore.persist.rehydrate();
  await useLogStore.persist.rehydrate();
  const view = renderRoute(path);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

/** The notice that holds `text`, and proof that it sits in a live region. */
function notice(text: RegExp) {
  const paragraph = screen.getByText(text);
  expect(paragraph.closest('[aria-live="polite"]')).not.toBeNull();
  return paragraph.closest('.notice') as HTMLElement;
}

/** Fills jsdom's real storage quota to the last character, so the next write throws. */
function fillStorage() {
  let i = 0;
  for (let size = 1_000_000; size >= 1; size = Math.floor(size / 10)) {
    const filler = 'x'.repeat(size);
    try {
      for (;;) localStorage.setItem(`filler-${i++}`, filler);
    } catch {
      // this size no longer fits; try a smaller one
    }
  }
}

const saved = () => localStorage.getItem(STORAGE_KEY);
const { v: _v, ...draft } = answersWith();

beforeEach(async () => {
  resetAnswers();
  useLogStore.setState({ entries: [], storageNotice: 'none', damagedKept: false });
  localStorage.clear();
});
afterEach(() => localStorage.clear());

describe('saved answers that cannot be read in full', { timeout: 30_000 }, () => {
  it('older saved answers move forward silently and show on the check page', async () => {
    await visitWith(STORAGE_KEY, JSON.stringify({ state: { draft }, version: 1 }));
    expect(screen.queryByText(TEXT.recovered)).toBeNull();
    expect(screen.queryByText(TEXT.unreadable)).toBeNull();
    expect(screen.getAllByText(/平台一/).length).toBeGreaterThan(0);
    expect(JSON.parse(saved() ?? '{}').version).toBe(STORE_VERSION);
  });

  it('garbage JSON: says so, keeps it aside untouched, and it can be deleted', async () => {
    const garbage = '{"state": {"draft": ';
    const { user } = await visitWith(STORAGE_KEY, garbage);
    const box = notice(TEXT.unreadable);
    expect(localStorage.getItem(BACKUP)).toBe(garbage);
    expect(useAnswersStore.getState().draft).toEqual({});
    // The next answer is saved as usual; the copy stays until it is deleted.
    expect(useAnswersStore.getState().update({ cause: 'other' })).toEqual({ ok: true });
    expect(JSON.parse(saved() ?? 'null').state.draft).toEqual({ cause: 'other' });
    expect(localStorage.getItem(BACKUP)).toBe(garbage);
    await user.click(within(box).getByRole('button', { name: '删除损坏的数据' }));
    expect(screen.queryByText(TEXT.unreadable)).toBeNull();
    expect(localStorage.getItem(BACKUP)).toBeNull();
    expect(JSON.parse(saved() ?? 'null').state.draft).toEqual({ cause: 'other' });
  });

  it('data saved by a newer version: left untouched, said so, with a way to reload', async () => {
    const newer = JSON.stringify({
      state: { draft: { cause: 'job_loss' }, future: 1 },
      version: 9,
    });
    const { user } = await visitWith(STORAGE_KEY, newer);
    const box = notice(TEXT.newer);
    expect(within(box).getByRole('button', { name: '重新加载' })).toBeTruthy();
    expect(useAnswersStore.getState().draft).toEqual({});
    // Answering here goes on in memory, but nothing is written over the newer data.
    expect(useAnswersStore.getState().update({ cause: 'other' })).toEqual({
      ok: false,
      reason: 'newer_version',
    });
    expect(useAnswersStore.getState().draft).toEqual({ cause: 'other' });
    expect(saved()).toBe(newer);
    await user.click(within(box).getByRole('button', { name: '知道了' }));
    useAnswersStore.getState().update({ monthlyIncome: 1 });
    expect(saved()).toBe(newer);
    expect(createAnswersStore().getState().storageNotice).toBe('newer_version');
  });

  it('partly valid data: the whole is copied aside before the readable part is saved again', async () => {
    const text = JSON.stringify({
      state: { draft: { ...draft, monthlyIncome: 'a lot' }, extras: {} },
      version: STORE_VERSION,
    });
    await visitWith(STORAGE_KEY, text);
    notice(TEXT.recovered);
    expect(localStorage.getItem(BACKUP)).toBe(text);
    useAnswersStore.getState().update({ monthlyIncome: 5000 });
    expect(localStorage.getItem(BACKUP)).toBe(text);
    expect(JSON.parse(saved() ?? 'null').state.draft.monthlyIncome).toBe(5000);
  });

  it.each([
    ['a list instead of an object', JSON.stringify([1, 2, 3])],
    ['a foreign object', JSON.stringify({ user: 'someone', token: 'x' })],
    ['a draft that is not an object', JSON.stringify({ state: { draft: 7 }, version: 2 })],
  ])('wrong shape (%s): the page still renders, with a notice', async (_, text) => {
    await visitWith(STORAGE_KEY, text);
    notice(TEXT.unreadable);
    expect(useAnswersStore.getState().draft).toEqual({});
  });

  it('partly valid data: keeps the valid answers, says so, and "OK" keeps them', async () => {
    const { user } = await visitWith(
      STORAGE_KEY,
      JSON.stringify({
        state: { draft: { ...draft, monthlyIncome: 'a lot', legal: 'arrested' }, extras: {} },
        version: STORE_VERSION,
      }),
    );
    const box = notice(TEXT.recovered);
    expect(useAnswersStore.getState().draft.debts).toHaveLength(2);
    expect(useAnswersStore.getState().draft.monthlyIncome).toBeUndefined();
    await user.click(within(box).getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(TEXT.recovered)).toBeNull();
    expect(createAnswersStore().getState().draft.debts).toHaveLength(2);
  });
});

describe('saving that fails', { timeout: 30_000 }, () => {
  it('a full storage: answering goes on, the failure is said, and it goes once saving works', async () => {
    const { user } = await visitWith(STORAGE_KEY, JSON.stringify({ state: { draft }, version: 2 }));
    fillStorage();
    expect(() => localStorage.setItem('probe', 'x')).toThrow();
    expect(screen.queryByText(TEXT.writeFailed)).toBeNull();

    expect(useAnswersStore.getState().update({ monthlyIncome: 4000 })).toEqual({
      ok: false,
      reason: 'full',
    });
    const box = await screen.findByText(TEXT.writeFailed);
    expect(box.closest('[aria-live="polite"]')).not.toBeNull();
    expect(useAnswersStore.getState().draft.monthlyIncome).toBe(4000);
    await user.click(within(notice(TEXT.writeFailed)).getByRole('button', { name: '知道了' }));

    // Still failing: told once already, so not again until a save has worked.
    useAnswersStore.getState().update({ monthlyIncome: 4100 });
    expect(screen.queryByText(TEXT.writeFailed)).toBeNull();
    expect(useAnswersStore.getState().draft.monthlyIncome).toBe(4100);

    // Room again: the answers in memory are saved with the next change.
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('filler-'))) {
      localStorage.removeItem(key);
    }
    expect(useAnswersStore.getState().update({ lumpSumAvailable: 10 })).toEqual({ ok: true });
    expect(JSON.parse(saved() ?? '{}').state.draft).toMatchObject({
      monthlyIncome: 4100,
      lumpSumAvailable: 10,
    });
    fillStorage();
    useAnswersStore.getState().update({ lumpSumAvailable: 20_000.55 });
    expect(await screen.findByText(TEXT.writeFailed)).toBeTruthy();
  });

  it('unreadable data that cannot even be copied aside is left in place, and never written over', () => {
    let stored = 'not json';
    const full = {
      getItem: (key: string) => (key === STORAGE_KEY ? stored : null),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => {
        if (key === STORAGE_KEY) stored = null as unknown as string;
      },
    } as unknown as Storage;
    const store = createAnswersStore(() => full);
    expect(store.getState().storageNotice).toBe('unreadable');
    expect(store.getState().damagedKept).toBe(true);
    expect(store.getState().update({ cause: 'other' })).toEqual({ ok: false, reason: 'damaged' });
    expect(stored).toBe('not json');
    // Told in turn: after the first notice, the second.
    store.getState().dismissNotice();
    expect(store.getState().storageNotice).toBe('write_failed_damaged');
    store.getState().deleteDamaged();
    expect(stored).toBeNull();
    expect(store.getState().draft).toEqual({ cause: 'other' });
  });

  it('a blocked storage: one plain notice, never "damaged"', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await useAnswersStore.persist.rehydrate();
    await useLogStore.persist.rehydrate();
    getItem.mockRestore();
    renderRoute('/log');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText(TEXT.blocked)).toHaveLength(1);
    expect(screen.queryByText(TEXT.damaged)).toBeNull();
    expect(screen.queryByText(TEXT.logUnreadable)).toBeNull();
  });
});

describe('a negotiation log that cannot be read in full', { timeout: 30_000 }, () => {
  const entry = { ...LOG_ENTRY, id: 'a1' };

  it('garbage: a notice on every page; it is kept aside, and can be deleted', async () => {
    const { user } = await visitWith(LOG_STORAGE_KEY, '[[[', '/');
    const box = notice(TEXT.logUnreadable);
    expect(localStorage.getItem(LOG_BACKUP)).toBe('[[[');
    await user.click(within(box).getByRole('button', { name: '删除损坏的数据' }));
    expect(screen.queryByText(TEXT.logUnreadable)).toBeNull();
    expect(localStorage.getItem(LOG_BACKUP)).toBeNull();
  });

  it("a newer version's log: left untouched, and new entries are not saved over it", async () => {
    const newer = JSON.stringify({ state: { entries: [{ future: true }] }, version: 5 });
    await visitWith(LOG_STORAGE_KEY, newer, '/');
    notice(TEXT.logNewer);
    const { ok, entry } = useLogStore.getState().add(LOG_ENTRY);
    expect(ok).toBe(false);
    expect(useLogStore.getState().entries).not.toContainEqual(entry);
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toBe(newer);
  });

  it('partly valid: keeps the good entries and says so', async () => {
    const { user } = await visitWith(
      LOG_STORAGE_KEY,
      JSON.stringify({
        state: { entries: [entry, { ...entry, id: 'b2', date: 'yesterday' }] },
        version: LOG_STORE_VERSION,
      }),
    );
    const box = notice(TEXT.logRecovered);
    expect(useLogStore.getState().entries.map((e) => e.id)).toEqual(['a1']);
    await user.click(within(box).getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(TEXT.logRecovered)).toBeNull();
    expect(useLogStore.getState().entries.map((e) => e.id)).toEqual(['a1']);
  });
});

describe('a setting that cannot be remembered', { timeout: 30_000 }, () => {
  it('the language still changes for this visit, and the page says it will not be kept', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await user.click(screen.getByRole('button', { name: 'English' }));
      expect(
        await screen.findByText(/^Your choice of language could not be remembered: the storage/),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: '中文' })).toBeTruthy();
      expect(localStorage.getItem(LOCALE_KEY)).toBeNull();
    } finally {
      setItem.mockRestore();
      await i18next.changeLanguage('zh-CN');
      useSettingsNotice.getState().dismiss();
    }
  });
});
