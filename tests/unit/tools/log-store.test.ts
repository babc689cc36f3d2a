import { beforeEach, describe, expect, it } from 'vitest';
import {
  LOG_STORAGE_KEY,
  createLogStore,
  entryFlags,
  isOutsideHours,
  type LogEntryInput,
} from '../../../src/store/log-store';

const call: LogEntryInput = {
  lender: '花呗',
  date: '2026-11-20',
  time: '23:15',
  channel: 'phone',
  person: '工号 7',
  offered: '分 12 期',
  result: '要审核',
  writtenConfirmation: false,
  contactedFamily: false,
};

beforeEach(() => localStorage.clear());

describe('negotiation log store', () => {
  it('entries survive a reload', () => {
    const before = createLogStore();
    const saved = before.getState().add(call).entry;
    before.getState().add({ ...call, date: '2026-11-21', time: '', channel: 'sms' });
    before.getState().update(saved.id, { ...call, result: '同意分期' });

    const after = createLogStore(); // a new page load reads localStorage afresh
    expect(after.getState().entries).toHaveLength(2);
    expect(after.getState().entries[0]).toMatchObject({
      ...call,
      result: '同意分期',
      id: saved.id,
    });
    expect(after.getState().storageNotice).toBe('none');
  });

  it('a deleted entry stays deleted after a reload', () => {
    const before = createLogStore();
    const saved = before.getState().add(call).entry;
    before.getState().remove(saved.id);
    expect(createLogStore().getState().entries).toEqual([]);
  });

  it('unparsable saved data gives an empty log and a notice, not a crash', () => {
    localStorage.setItem(LOG_STORAGE_KEY, '{"state": {"entries": [');
    const store = createLogStore();
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().storageNotice).toBe('unreadable');
    store.getState().add(call); // and the log works again
    expect(createLogStore().getState().entries).toHaveLength(1);
  });

  it('keeps the valid entries of partly corrupt data', () => {
    const good = { ...call, id: 'ok-1' };
    localStorage.setItem(
      LOG_STORAGE_KEY,
      JSON.stringify({
        state: {
          entries: [
            good,
            { ...call, id: 'bad', date: 'yesterday' },
            42,
            { ...call, id: 'bad-2', channel: 'pigeon' },
          ],
        },
        version: 1,
      }),
    );
    const store = createLogStore();
    expect(store.getState().entries).toEqual([good]);
    expect(store.getState().storageNotice).toBe('recovered');
  });

  it('entries that are not a list: empty log with a notice, the data copied aside', () => {
    const raw = JSON.stringify({ state: { entries: 'oops' }, version: 1 });
    localStorage.setItem(LOG_STORAGE_KEY, raw);
    const store = createLogStore();
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().storageNotice).toBe('unreadable');
    expect(localStorage.getItem('rnh.backup.log')).toBe(raw);
  });

  it('a log saved by a newer version is left untouched: on load, and on every change', () => {
    const raw = JSON.stringify({ state: { entries: { a: 1 } }, version: 99 });
    localStorage.setItem(LOG_STORAGE_KEY, raw);
    const store = createLogStore();
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().storageNotice).toBe('newer_version');
    expect(store.getState().add(call)).toMatchObject({ ok: false, reason: 'newer_version' });
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().clear()).toEqual({ ok: false, reason: 'newer_version' });
    expect(localStorage.getItem(LOG_STORAGE_KEY)).toBe(raw);
  });

  it('rejects an entry that breaks the schema instead of saving it', () => {
    const store = createLogStore();
    expect(() => store.getState().add({ ...call, time: '25:00' })).toThrow();
    expect(store.getState().entries).toEqual([]);
  });
});

describe('two tabs, one log', () => {
  it('interleaved adds, edits and deletes in two tabs all land; nothing is lost', () => {
    const a = createLogStore();
    const b = createLogStore(); // opened at the same time, each with its own memory
    const a1 = a.getState().add({ ...call, result: 'A1' }).entry;
    const b1 = b.getState().add({ ...call, result: 'B1' }).entry;
    const a2 = a.getState().add({ ...call, result: 'A2' }).entry;
    b.getState().update(a1.id, { ...call, result: 'A1, edited in B' });
    a.getState().remove(b1.id);
    const b2 = b.getState().add({ ...call, result: 'B2' }).entry;

    const saved = createLogStore().getState().entries;
    expect(saved.map((e) => e.result).sort()).toEqual(['A1, edited in B', 'A2', 'B2']);
    expect(saved.map((e) => e.id).sort()).toEqual([a1.id, a2.id, b2.id].sort());
    // Each tab shows what it saved, merged with what the other saved before.
    expect(
      b
        .getState()
        .entries.map((e) => e.result)
        .sort(),
    ).toEqual(['A1, edited in B', 'A2', 'B2'].sort());
  });

  it('an edit of an entry the other tab deleted brings it back rather than losing the edit', () => {
    const a = createLogStore();
    const b = createLogStore();
    const entry = a.getState().add(call).entry;
    b.persist.rehydrate();
    a.getState().remove(entry.id);
    b.getState().update(entry.id, { ...call, result: '后来谈妥了' });
    expect(createLogStore().getState().entries).toMatchObject([
      { id: entry.id, result: '后来谈妥了' },
    ]);
  });

  it("another tab's save reaches this one through the storage event", () => {
    const here = createLogStore(() => localStorage, { syncAcrossTabs: true });
    const there = createLogStore();
    there.getState().add({ ...call, result: '在另一个标签页记下' });
    expect(here.getState().entries).toEqual([]);
    window.dispatchEvent(new StorageEvent('storage', { key: LOG_STORAGE_KEY }));
    expect(here.getState().entries.map((e) => e.result)).toEqual(['在另一个标签页记下']);
  });
});

describe('a change that cannot be saved is not shown as saved', () => {
  const refusing = (what: 'full' | 'blocked') =>
    ({
      getItem: () => {
        if (what === 'blocked') throw new DOMException('blocked', 'SecurityError');
        return null;
      },
      setItem: () => {
        throw new DOMException('no', what === 'full' ? 'QuotaExceededError' : 'SecurityError');
      },
      removeItem: () => {},
    }) as unknown as Storage;

  it('storage full: the change is refused and the log stays as saved', () => {
    const store = createLogStore(() => refusing('full'));
    const result = store.getState().add(call);
    expect(result).toMatchObject({ ok: false, reason: 'full', entry: { ...call } });
    expect(store.getState().entries).toEqual([]);
  });

  it('storage blocked: nothing can be kept anyway, so the log lives on for this visit', () => {
    const store = createLogStore(() => refusing('blocked'));
    expect(store.getState().storageNotice).toBe('blocked');
    const result = store.getState().add(call);
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
    expect(store.getState().entries).toEqual([result.entry]);
  });
});

describe('night-time and family flags', () => {
  it.each([
    ['07:59', true],
    ['08:00', false],
    ['12:30', false],
    ['21:59', false],
    ['22:00', true],
    ['23:15', true],
    ['00:00', true],
    ['', false],
    ['25:00', false],
  ])('%s → outside 08:00–22:00: %s', (time, outside) => {
    expect(isOutsideHours(time)).toBe(outside);
  });

  it('flags a night call and a contact with family, in that order', () => {
    expect(entryFlags({ time: '23:15', contactedFamily: true })).toEqual([
      'outside_hours',
      'contacted_family',
    ]);
    expect(entryFlags({ time: '10:00', contactedFamily: true })).toEqual(['contacted_family']);
    expect(entryFlags({ time: '10:00', contactedFamily: false })).toEqual([]);
  });
});
