import { describe, expect, it } from 'vitest';
import { compareLocales } from '../../../src/content/parity';
import { namespaceFiles, readJson } from './content-files';

const names = { base: 'zh-CN', other: 'en' };

describe('locale parity of every file in content/zh-CN and content/en', () => {
  it('both locales have the same namespace files', () => {
    expect(namespaceFiles('en')).toEqual(namespaceFiles('zh-CN'));
  });

  it.each(namespaceFiles('zh-CN'))(
    '%s: same keys, list lengths and placeholders in both locales',
    (file) => {
      expect(compareLocales(readJson('zh-CN', file), readJson('en', file), names)).toEqual([]);
    },
  );
});

describe('compareLocales', () => {
  it('passes twins with the same keys and placeholders in a different order', () => {
    const zh = { a: { b: '{{x}} 和 {{y}}', list: ['一', '二'] } };
    const en = { a: { b: '{{y}} and {{x}}', list: ['one', 'two'] } };
    expect(compareLocales(zh, en, names)).toEqual([]);
  });

  it('reports a key missing on either side, with its path', () => {
    expect(compareLocales({ a: { b: '甲', c: '乙' } }, { a: { b: 'A', d: 'D' } }, names)).toEqual([
      'a.c: missing in en',
      'a.d: missing in zh-CN',
    ]);
  });

  it('reports lists of different length and placeholders that differ', () => {
    expect(
      compareLocales({ s: ['一', '二'], t: '{{n}} 天' }, { s: ['one'], t: 'days' }, names),
    ).toEqual(['s: zh-CN has 2 items, en has 1', 't: placeholders differ: zh-CN {{n}}, en (none)']);
  });

  it('reports a value whose kind differs', () => {
    expect(compareLocales({ a: { b: '甲' } }, { a: 'A' }, names)).toEqual([
      'a: zh-CN has an object, en has text',
    ]);
  });

  it('treats plural forms as one key (zh _other only, en _one and _other)', () => {
    const zh = { days_other: '{{count}} 天' };
    const en = { days_one: 'one day', days_other: '{{count}} days' };
    expect(compareLocales(zh, en, names)).toEqual([]);
    expect(compareLocales(zh, { days_one: 'one day', days_other: 'some days' }, names)).toEqual([
      'days: placeholders differ: zh-CN {{count}}, en (none)',
    ]);
  });
});
