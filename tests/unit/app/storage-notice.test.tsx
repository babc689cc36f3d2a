import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const TEXT = {
  recovered: /之前保存的回答有一部分无法读取/,
  unreadable: /之前保存的回答无法读取/,
  writeFailed: /存储空间已满，或浏览器不允许保存/,
  logRecovered: /之前保存的联系记录有一部分无法读取/,
  logUnreadable: /之前保存的联系记录无法读取/,
};

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
  useLogStore.setState({ entries: [], storageNotice: 'none' });
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

  it('garbage JSON: says so, and "start again" replaces the broken data', async () => {
    const { user } = await visitWith(STORAGE_KEY, '{"state": {"draft": ');
    const box = notice(TEXT.unreadable);
    await user.click(within(box).getByRole('button', { name: '重新开始' }));
    expect(screen.queryByText(TEXT.unreadable)).toBeNull();
    expect(JSON.parse(saved() ?? 'null')).toEqual({
      state: { draft: {}, extras: {} },
      version: STORE_VERSION,
    });
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
  it('a full storage: answering goes on, and the notice shows once', async () => {
    const { user } = await visitWith(STORAGE_KEY, JSON.stringify({ state: { draft }, version: 2 }));
    fillStorage();
    expect(() => localStorage.setItem('probe', 'x')).toThrow();
    expect(screen.queryByText(TEXT.writeFailed)).toBeNull();

    useAnswersStore.getState().update({ monthlyIncome: 4000 });
    const box = await screen.findByText(TEXT.writeFailed);
    expect(box.closest('[aria-live="polite"]')).not.toBeNull();
    expect(useAnswersStore.getState().draft.monthlyIncome).toBe(4000);
    // Nothing saved can be started over from here: the only choice is to acknowledge it.
    expect(within(notice(TEXT.writeFailed)).queryByRole('button', { name: '重新开始' })).toBeNull();
    await user.click(within(notice(TEXT.writeFailed)).getByRole('button', { name: '知道了' }));

    useAnswersStore.getState().update({ monthlyIncome: 4100 });
    expect(screen.queryByText(TEXT.writeFailed)).toBeNull();
    expect(useAnswersStore.getState().draft.monthlyIncome).toBe(4100);
  });

  it('a storage that refuses every write, after a read that failed: both notices, in turn', () => {
    const refusing = {
      getItem: () => 'not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    const store = createAnswersStore(() => refusing);
    expect(store.getState().storageNotice).toBe('unreadable');
    store.getState().update({ cause: 'other' });
    expect(store.getState().storageNotice).toBe('unreadable');
    store.getState().dismissNotice();
    expect(store.getState().storageNotice).toBe('write_failed');
    store.getState().dismissNotice();
    store.getState().update({ cause: 'job_loss' });
    expect(store.getState().storageNotice).toBe('none');
    expect(store.getState().draft).toEqual({ cause: 'job_loss' });
  });
});

describe('a negotiation log that cannot be read in full', { timeout: 30_000 }, () => {
  const entry = { ...LOG_ENTRY, id: 'a1' };

  it('garbage: a notice on every page, and "empty the log" removes the broken data', async () => {
    const { user } = await visitWith(LOG_STORAGE_KEY, '[[[', '/');
    const box = notice(TEXT.logUnreadable);
    await user.click(within(box).getByRole('button', { name: '清空记录，重新开始' }));
    expect(screen.queryByText(TEXT.logUnreadable)).toBeNull();
    expect(JSON.parse(localStorage.getItem(LOG_STORAGE_KEY) ?? 'null').state.entries).toEqual([]);
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
