import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BOOT_RETRY_KEY,
  bootSucceeded,
  reloadOnceAfterFailedBoot,
} from '../../../src/app/boot-retry';

beforeEach(() => sessionStorage.clear());

describe('reloading after a failed boot', () => {
  it('reloads once, then leaves the page as it is', () => {
    const reload = vi.fn();
    expect(reloadOnceAfterFailedBoot(() => sessionStorage, reload)).toBe(true);
    expect(reloadOnceAfterFailedBoot(() => sessionStorage, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(BOOT_RETRY_KEY)).toBe('1');
  });

  it('may reload again after a boot that worked', () => {
    const reload = vi.fn();
    reloadOnceAfterFailedBoot(() => sessionStorage, reload);
    bootSucceeded();
    expect(sessionStorage.getItem(BOOT_RETRY_KEY)).toBeNull();
    expect(reloadOnceAfterFailedBoot(() => sessionStorage, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('never loops when storage is blocked', () => {
    const reload = vi.fn();
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(reloadOnceAfterFailedBoot(blocked, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(() => bootSucceeded(blocked)).not.toThrow();
  });
});
