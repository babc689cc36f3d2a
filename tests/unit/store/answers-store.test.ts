import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  STORAGE_KEY,
  STORE_VERSION,
  completeAnswers,
  createAnswersStore,
  sumEssentials,
} from '../../../src/store/answers-store';
import type { Answers } from '../../../src/rules/answers';

const answers: Answers = {
  v: 1,
  cause: 'job_loss',
  incomeExpectedInDays: null,
  monthlyIncome: 3000,
  monthlyEssentials: 2500,
  lumpSumAvailable: 0,
  debts: [
    {
      name: '某某银行信用卡',
      kind: 'bank',
      outstanding: 12000,
      overdueDays: 45,
      apr: null,
      penalties: 600,
    },
  ],
  evidence: ['job_loss_proof'],
  collection: [],
  legal: 'none',
  negotiated: 'not_yet',
};

function save(value: unknown) {
  localStorage.setItem(STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
}
function saved(): { state: { draft: unknown; extras: unknown }; version: number } {
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('answers store persistence', () => {
  it('writes each update and a reloaded store reads it back, extras included', () => {
    const store = createAnswersStore();
    store.getState().update({ cause: 'income_drop', monthlyIncome: 4200.5 });
    store.getState().update({ monthlyEssentials: 1800 }, { essentials: { rent: 1200, food: 600 } });
    expect(saved().version).toBe(STORE_VERSION);

    const reloaded = createAnswersStore().getState();
    expect(reloaded.draft).toEqual({
      cause: 'income_drop',
      monthlyIncome: 4200.5,
      monthlyEssentials: 1800,
    });
    expect(reloaded.extras).toEqual({ essentials: { rent: 1200, food: 600 } });
    expect(reloaded.storageNotice).toBe('none');
  });

  it('saves the answers only, not the notice or the actions', () => {
    const store = createAnswersStore();
    store.getState().update({ legal: 'sued' });
    expect(Object.keys(saved().state).sort()).toEqual(['draft', 'extras']);
  });

  it('migrates version 1 data (draft only) to the current version, keeping every answer', () => {
    save({ state: { draft: { cause: 'job_loss', monthlyIncome: 3000 } }, version: 1 });
    const store = createAnswersStore().getState();
    expect(store.draft).toEqual({ cause: 'job_loss', monthlyIncome: 3000 });
    expect(store.extras).toEqual({});
    expect(store.storageNotice).toBe('none');
    expect(saved().version).toBe(STORE_VERSION);
    expect(saved().state.draft).toEqual({ cause: 'job_loss', monthlyIncome: 3000 });
  });

  it('still validates migrated data field by field', () => {
    save({ state: { draft: { cause: 'job_loss', monthlyIncome: -1 } }, version: 1 });
    const store = createAnswersStore().getState();
    expect(store.draft).toEqual({ cause: 'job_loss' });
    expect(store.storageNotice).toBe('recovered');
  });

  it.each([
    ['garbage text', '{not json'],
    ['a bare number', '5'],
    ['an envelope without state', JSON.stringify({ foo: 1 })],
    ['state that is a list', JSON.stringify({ state: [1, 2], version: STORE_VERSION })],
    ['a draft that is a string', JSON.stringify({ state: { draft: 'x' }, version: STORE_VERSION })],
  ])('starts empty and says so when the saved data is %s', (_, text) => {
    save(text);
    const store = createAnswersStore().getState();
    expect(store.draft).toEqual({});
    expect(store.storageNotice).toBe('unreadable');
    // Kept aside first; the app keeps working: the next answer is saved over the broken data.
    expect(localStorage.getItem('rnh.backup.answers')).toBe(text);
    store.update({ cause: 'other' });
    expect(createAnswersStore().getState().draft).toEqual({ cause: 'other' });
  });

  it('keeps the valid fields of partially valid data and reports a recovery', () => {
    save({
      state: {
        draft: {
          cause: 'job_loss',
          monthlyIncome: 'five thousand',
          lumpSumAvailable: 1.234,
          legal: 'sued',
          collection: ['night_calls'],
          evidence: ['not_a_document'],
          debts: [{ name: '某贷', kind: 'bank', outstanding: 500, overdueDays: -3 }],
        },
        extras: { essentials: { rent: 1000, food: 'lots' } },
      },
      version: STORE_VERSION,
    });
    const store = createAnswersStore().getState();
    expect(store.draft).toEqual({
      cause: 'job_loss',
      legal: 'sued',
      collection: ['night_calls'],
      debts: [{ name: '某贷', kind: 'bank', outstanding: 500 }],
    });
    expect(store.extras).toEqual({ essentials: { rent: 1000 } });
    expect(store.storageNotice).toBe('recovered');
  });

  it('does not crash when saving fails because storage is full', () => {
    // Fill jsdom's real 5 MB quota, so the next write throws QuotaExceededError.
    const filler = 'x'.repeat(1_000_000);
    let i = 0;
    try {
      for (; i < 20; i++) localStorage.setItem(`filler-${i}`, filler);
    } catch {
      // full
    }
    expect(() => localStorage.setItem('probe', filler)).toThrow();
    const store = createAnswersStore();
    expect(() => store.getState().update({ cause: 'job_loss' })).not.toThrow();
    expect(store.getState().draft).toEqual({ cause: 'job_loss' });
  });

  it('does not crash when storage is blocked entirely', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const store = createAnswersStore(blocked);
    expect(store.getState().draft).toEqual({});
    expect(() => store.getState().update({ cause: 'other' })).not.toThrow();
    expect(() => store.persist.clearStorage()).not.toThrow();
    expect(store.getState().draft).toEqual({ cause: 'other' });
  });

  it('reset empties the answers and the extras, here and in storage', () => {
    const store = createAnswersStore();
    store.getState().replaceWith(answers);
    store.getState().update({}, { essentials: { rent: 2500 } });
    store.getState().reset();
    expect(createAnswersStore().getState().draft).toEqual({});
    expect(createAnswersStore().getState().extras).toEqual({});
  });
});

describe('answers saved by a newer version', () => {
  it('are left exactly as they are, on load and on every change, and the store says so', () => {
    const newer = JSON.stringify({
      state: { draft: { cause: 'job_loss' }, extras: {}, aNewThing: [1, 2] },
      version: STORE_VERSION + 1,
    });
    save(newer);
    const store = createAnswersStore();
    expect(store.getState().storageNotice).toBe('newer_version');
    expect(store.getState().draft).toEqual({});
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
    expect(store.getState().update({ cause: 'other' })).toEqual({
      ok: false,
      reason: 'newer_version',
    });
    expect(store.getState().reset()).toEqual({ ok: false, reason: 'newer_version' });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('written by another tab meanwhile are not written over either', () => {
    const store = createAnswersStore();
    store.getState().update({ cause: 'other' });
    const newer = JSON.stringify({ state: { draft: {} }, version: STORE_VERSION + 1 });
    save(newer);
    expect(store.getState().update({ monthlyIncome: 1 })).toEqual({
      ok: false,
      reason: 'newer_version',
    });
    expect(localStorage.getItem(STORAGE_KEY)).toBe(newer);
  });
});

describe('two tabs, one set of answers', () => {
  it('answers given in two tabs in turn are all kept', () => {
    const a = createAnswersStore();
    const b = createAnswersStore(); // opened before A answered anything
    a.getState().update({ cause: 'income_drop' });
    b.getState().update({ monthlyIncome: 4000 });
    a.getState().update({ monthlyEssentials: 2500 }, { essentials: { rent: 2500 } });
    b.getState().update({ lumpSumAvailable: 300 });
    const saved = createAnswersStore().getState();
    expect(saved.draft).toEqual({
      cause: 'income_drop',
      monthlyIncome: 4000,
      monthlyEssentials: 2500,
      lumpSumAvailable: 300,
    });
    expect(saved.extras).toEqual({ essentials: { rent: 2500 } });
    expect(b.getState().draft).toEqual(saved.draft);
  });

  it("another tab's answers reach this one through the storage event", () => {
    const here = createAnswersStore(() => localStorage, { syncAcrossTabs: true });
    createAnswersStore().getState().update({ legal: 'sued' });
    expect(here.getState().draft).toEqual({});
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(here.getState().draft).toEqual({ legal: 'sued' });
    // A clear in the other tab empties this one too.
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(here.getState().draft).toEqual({});
  });
});

describe('completeAnswers', () => {
  it('returns the Answers once every field is valid', () => {
    const store = createAnswersStore();
    store.getState().replaceWith(answers);
    expect(completeAnswers(store.getState().draft)).toEqual(answers);
  });

  it('returns null while something is missing', () => {
    const { debts: _debts, ...rest } = answers;
    expect(completeAnswers(rest)).toBeNull();
  });
});

describe('sumEssentials', () => {
  it('adds the parts to the fen, without floating-point dust', () => {
    expect(sumEssentials({ rent: 0.1, food: 0.2 })).toBe(0.3);
    expect(sumEssentials({ rent: 1500, food: 1200.5, other: undefined })).toBe(2700.5);
    expect(sumEssentials({})).toBe(0);
  });
});
