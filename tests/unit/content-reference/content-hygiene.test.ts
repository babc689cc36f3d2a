/**
 * What the reference content must never say: unverified citations (sources.md, "Corrections to
 * the source article"), 银保监会 as if it still existed, paraphrases dressed up as quotes, and
 * text copied from the seed article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import refs from '../../../content/legal/refs.json';
import zhLegal from '../../../content/zh-CN/legal.json';
import zhChannels from '../../../content/zh-CN/channels.json';
import zhDocuments from '../../../content/zh-CN/documents.json';
import zhPitfalls from '../../../content/zh-CN/pitfalls.json';
import enLegal from '../../../content/en/legal.json';
import enChannels from '../../../content/en/channels.json';
import enDocuments from '../../../content/en/documents.json';
import enPitfalls from '../../../content/en/pitfalls.json';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string in a JSON value, with the path it sits at. */
function strings(value: Json, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const localeFiles: Record<string, Json> = {
  'zh-CN/legal': zhLegal,
  'zh-CN/channels': zhChannels,
  'zh-CN/documents': zhDocuments,
  'zh-CN/pitfalls': zhPitfalls,
  'en/legal': enLegal,
  'en/channels': enChannels,
  'en/documents': enDocuments,
  'en/pitfalls': enPitfalls,
};
const localeStrings = Object.entries(localeFiles).flatMap(([name, file]) => strings(file, name));
const allStrings = [...localeStrings, ...strings(refs as Json, 'legal/refs')];

describe('no unverified citations', () => {
  // Each pattern is a citation sources.md marks UNVERIFIED or wrong.
  const forbidden: [string, RegExp][] = [
    [
      '互联网贷款管理暂行办法 第二十二条',
      /(互联网贷款|贷款管理暂行办法)[^。\n]{0,40}(第二十二条|第22条)/,
    ],
    [
      'Internet loan measures Article 22',
      /Internet (loan|lending)[^.\n]{0,60}\bArt(icle|\.)?\s*22\b/i,
    ],
    ['the internet loan measures as a source of negotiation rights', /互联网贷款管理暂行办法/],
    ['消保法第二十六条 as a collection rule', /第二十六条|\bArt(icle|\.)?\s*26\b/i],
    ['article numbers of the 2018 NIFA collection convention', /自律公约/],
    [
      'a "最长5年" credit-card clause',
      /最长.{0,3}(5|五)年|(up to|at most|maximum of) (5|five) years/i,
    ],
    ['the repealed 24%/36% "two lines, three zones" rule', /两线三区/],
  ];
  it.each(forbidden)('never cites %s', (_what, pattern) => {
    expect(allStrings.filter(([, text]) => pattern.test(text))).toEqual([]);
  });

  it("the only 第二十二条 cited is the Legal Aid Law's", () => {
    const articles22 = Object.entries(refs).filter(([, ref]) => ref.article === '第二十二条');
    expect(articles22.map(([, ref]) => ref.law)).toEqual(['中华人民共和国法律援助法']);
    const mentions = localeStrings.filter(([, text]) => /第二十二条|Article 22\b/.test(text));
    for (const [path, text] of mentions) expect(text, path).toMatch(/法律援助|Legal Aid/);
  });
});

describe('the regulator is named correctly', () => {
  it('mentions 银保监会 only as history, next to 国家金融监督管理总局', () => {
    const mentions = localeStrings.filter(([, text]) => text.includes('银保监会'));
    for (const [path, text] of mentions) {
      expect(text, path).toContain('国家金融监督管理总局');
      expect(text, path).toMatch(/原银保监会|已不再|2023|no longer|former/);
    }
  });

  it('mentions the CBIRC only as the former regulator, next to the NFRA', () => {
    const mentions = localeStrings.filter(([, text]) =>
      /CBIRC|Banking and Insurance Regulatory Commission/.test(text),
    );
    for (const [path, text] of mentions) {
      expect(text, path).toContain('National Financial Regulatory Administration');
      expect(text, path).toMatch(/former|no longer/);
    }
  });

  it('gives 12378 as the regulator (NFRA) complaint line in both languages', () => {
    expect(zhChannels.nfra_12378.name).toContain('国家金融监督管理总局');
    expect(enChannels.nfra_12378.name).toContain('National Financial Regulatory Administration');
  });
});

describe('legal explanations are explanations, not quotations', () => {
  const explanations = [...strings(zhLegal, 'zh-CN/legal'), ...strings(enLegal, 'en/legal')];
  it('quote marks only ever wrap a short term, never a sentence presented as law', () => {
    // Double quotes of any kind, and single quotes that open after a space and close before
    // a space or punctuation (so that apostrophes in "lender's" are not taken for quotes).
    const quoted = [/[“「"]([^”」"]*)[”」"]/g, /(?:^|\s)'([^']+)'(?=[\s.,;:!?)]|$)/g];
    const long = explanations.flatMap(([path, text]) =>
      quoted
        .flatMap((pattern) => [...text.matchAll(pattern)])
        .map((m) => m[1] ?? '')
        .filter((inner) => /[\u4e00-\u9fff]{6,}|\S+\s+\S+\s+\S+/.test(inner))
        .map((inner) => `${path}: ${inner}`),
    );
    expect(long).toEqual([]);
  });

  it('no explanation repeats the statute text it explains', () => {
    const texts = Object.entries(refs).flatMap(([id, ref]) =>
      'text' in ref ? [[id, ref.text] as const] : [],
    );
    for (const [id, text] of texts) {
      const firstSentence = text.split(/[。；\n]/)[0] ?? '';
      const explanation = (zhLegal as Record<string, { explanation: string }>)[id]?.explanation;
      if (firstSentence.length >= 10) expect(explanation, id).not.toContain(firstSentence);
    }
  });
});

const ARTICLE_PATH = resolve(process.cwd(), '../shared/seed/article.zh.txt');
const haveArticle = existsSync(ARTICLE_PATH);
if (!haveArticle) {
  console.warn(`content-hygiene.test: ${ARTICLE_PATH} not found; skipping the copy check.`);
}

describe.skipIf(!haveArticle)('own words', () => {
  const RUN = 14;
  const han = (text: string) => text.replace(/[^\u4e00-\u9fff]/g, '');
  it(`no zh-CN reference text shares ${RUN}+ consecutive Chinese characters with the seed article`, () => {
    const article = han(haveArticle ? readFileSync(ARTICLE_PATH, 'utf8') : '');
    const copied = localeStrings.flatMap(([path, text]) => {
      const h = han(text);
      const hits: string[] = [];
      for (let i = 0; i + RUN <= h.length; i++) {
        const window = h.slice(i, i + RUN);
        if (article.includes(window)) hits.push(`${path}: ${window}`);
      }
      return hits;
    });
    expect(copied).toEqual([]);
  });
});
