import { afterEach, describe, expect, it } from 'vitest';
import {
  failureOf,
  keysWithPrefix,
  readItem,
  readText,
  removeItem,
  removeKeysWithPrefix,
  writeItem,
} from '../../../src/lib/safe-storage';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const blocked = () => {
  throw new DOMException('denied', 'SecurityError');
};
const full = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {},
  key: () => null,
  length: 0,
} as unknown as Storage;

describe('safe storage', () => {
  it('reads and writes both storages, and never throws', () => {
    expect(writeItem('rnh.a', '1')).toEqual({ ok: true });
    expect(writeItem('rnh.b', '2', 'session')).toEqual({ ok: true });
    expect(readItem('rnh.a')).toEqual({ ok: true, text: '1' });
    expect(readText('rnh.b', 'session')).toBe('2');
    expect(readText('rnh.b')).toBeNull();
    expect(removeItem('rnh.a')).toEqual({ ok: true });
    expect(readItem('rnh.a')).toEqual({ ok: true, text: null });
  });

  it('says why a write failed: full or blocked', () => {
    expect(writeItem('k', 'v', () => full)).toEqual({ ok: false, reason: 'full' });
    expect(writeItem('k', 'v', blocked)).toEqual({ ok: false, reason: 'blocked' });
    expect(readItem('k', blocked)).toEqual({ ok: false, reason: 'blocked' });
    expect(readText('k', blocked)).toBeNull();
    expect(removeItem('k', blocked)).toEqual({ ok: false, reason: 'blocked' });
    expect(keysWithPrefix('rnh.', blocked)).toEqual([]);
  });

  it("knows each browser's name for a full storage", () => {
    expect(failureOf(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(failureOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(failureOf({ code: 22 })).toBe('full');
    expect(failureOf(new DOMException('x', 'SecurityError'))).toBe('blocked');
    expect(failureOf(new Error('?'))).toBe('blocked');
    expect(failureOf(undefined)).toBe('blocked');
  });

  it('removes the keys with a prefix and leaves the rest', () => {
    writeItem('rnh.a', '1');
    writeItem('rnh.backup.answers', '2');
    writeItem('other', '3');
    expect(keysWithPrefix('rnh.').sort()).toEqual(['rnh.a', 'rnh.backup.answers']);
    expect(removeKeysWithPrefix('rnh.')).toEqual({ ok: true });
    expect(keysWithPrefix('rnh.')).toEqual([]);
    expect(readText('other')).toBe('3');
  });
});
