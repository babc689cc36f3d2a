import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatDays, formatMoney } from '../../../src/lib/format';

describe('format', () => {
  it.each([
    [1234, 'zh-CN', '¥1,234'],
    [1234.5, 'zh-CN', '¥1,234.50'],
    [100000000, 'en', '¥100,000,000'],
    [0.01, 'en', '¥0.01'],
  ])('formatMoney(%s, %s) = %s', (amount, locale, expected) => {
    expect(formatMoney(amount, locale)).toBe(expected);
  });

  it('writes dates and days in each language', () => {
    const d = new Date(2026, 11, 1);
    expect(formatDate(d, 'zh-CN')).toBe('2026年12月1日');
    expect(formatDate(d, 'en')).toBe('December 1, 2026');
    expect(formatDays(10, 'en')).toBe('10 days');
    expect(formatDays(10, 'zh-CN')).toMatch(/^10\s?天$/);
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays(new Date(2026, 11, 25, 23, 30), 10).toDateString()).toBe(
      new Date(2027, 0, 4).toDateString(),
    );
  });
});
