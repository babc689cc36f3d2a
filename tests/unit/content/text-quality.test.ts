import { describe, expect, it } from 'vitest';
import { textsIn } from '../../../src/content/parity';
import { allContentFiles, readJson } from './content-files';

const LEFTOVER = /\b(TODO|TBD|FIXME|XXX|lorem|ipsum)\b|待补|待定|占位/i;

describe('text in every content file', () => {
  it.each(allContentFiles())('%s has no empty text and no leftover markers', (_file, json) => {
    const bad = textsIn(json)
      .filter(({ text }) => text.trim() === '' || LEFTOVER.test(text))
      .map(({ path, text }) => `${path}: ${JSON.stringify(text)}`);
    expect(bad).toEqual([]);
  });

  it('the leftover check catches markers', () => {
    expect(['TODO: write this', '待补', 'Lorem ipsum', 'xxx'].every((t) => LEFTOVER.test(t))).toBe(
      true,
    );
    expect(LEFTOVER.test('今天联系 12378')).toBe(false);
  });
});

/** Rules from shared/legal/README.md that the advice text must keep. */
describe('legal accuracy of the advice content', () => {
  const advice = ['methods', 'reasons', 'urgent', 'flags', 'tips', 'refused'];
  const texts = (locale: string) =>
    advice.flatMap((ns) => textsIn(readJson(locale, `${ns}.json`)).map((t) => ({ ...t, ns })));

  it.each(['zh-CN', 'en'])('%s: 银保监会 appears only as the former regulator', (locale) => {
    const bad = texts(locale).filter(({ text }) =>
      locale === 'zh-CN'
        ? /(?<!原)银保监会/.test(text)
        : /银保监会/.test(text) && !/former CBIRC \(银保监会\)/.test(text),
    );
    expect(bad).toEqual([]);
  });

  it.each(['zh-CN', 'en'])('%s: cites no unverified provision', (locale) => {
    // 互联网贷款办法 Art. 22, the credit-card 5-year cap and 消保法 Art. 26 as a collection rule
    // are unverified or misread in the source article.
    const unverified =
      /互联网贷款|第二十二条|Article 22\b|第二十六条|Article 26\b|最长\s*5\s*年|第七十条/;
    expect(texts(locale).filter(({ text }) => unverified.test(text))).toEqual([]);
  });

  it('every method says the lender must agree, in both locales', () => {
    const zh = readJson('zh-CN', 'methods.json') as Record<string, { what_it_is: string }>;
    const en = readJson('en', 'methods.json') as Record<string, { what_it_is: string }>;
    for (const id of Object.keys(zh)) {
      expect(zh[id]?.what_it_is, id).toMatch(/同意|请求|申请/);
      expect(en[id]?.what_it_is, id).toMatch(/agree|request/);
    }
  });

  it('restructuring warns against paid debt agents in both locales', () => {
    for (const locale of ['zh-CN', 'en']) {
      const { restructuring } = readJson(locale, 'methods.json') as Record<
        string,
        { what_it_is: string }
      >;
      expect(restructuring?.what_it_is).toContain('停息挂账');
    }
  });
});

describe('reasons read as "because you said …"', () => {
  it.each([
    ['zh-CN', /^因为你说[^。]+。$/],
    ['en', /^Because you said [^]+\.$/],
  ] as const)('%s: every reason is one sentence in that form', (locale, form) => {
    const reasons = readJson(locale, 'reasons.json') as Record<string, string>;
    expect(Object.entries(reasons).filter(([, text]) => !form.test(text))).toEqual([]);
  });
});
