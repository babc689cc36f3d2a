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
    const saved = before.getState().add(call);
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
    const saved = before.getState().add(call);
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

  it.each([
    ['entries is not a list', JSON.stringify({ state: { entries: 'oops' }, version: 1 })],
    ['an unknown future version', JSON.stringify({ state: { entries: { a: 1 } }, version: 99 })],
  ])('%s: empty log with a notice', (_name, raw) => {
    localStorage.setItem(LOG_STORAGE_KEY, raw);
    const store = createLogStore();
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().storageNotice).toBe('unreadable');
  });

  it('rejects an entry that breaks the schema instead of saving it', () => {
    const store = createLogStore();
    expect(() => store.getState().add({ ...call, time: '25:00' })).toThrow();
    expect(store.getState().entries).toEqual([]);
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
