import { describe, expect, it } from 'vitest';
import {
  isOfficialSourceUrl,
  legalRefsSchema,
  referenceSchemas,
} from '../../../src/content/schema-reference';
import { CHANNEL_IDS, DOCUMENT_IDS, LEGAL_REF_IDS, PITFALL_IDS } from '../../../src/rules/ids';
import refs from '../../../content/legal/refs.json';
import zhLegal from '../../../content/zh-CN/legal.json';
import zhChannels from '../../../content/zh-CN/channels.json';
import zhDocuments from '../../../content/zh-CN/documents.json';
import zhPitfalls from '../../../content/zh-CN/pitfalls.json';
import enLegal from '../../../content/en/legal.json';
import enChannels from '../../../content/en/channels.json';
import enDocuments from '../../../content/en/documents.json';
import enPitfalls from '../../../content/en/pitfalls.json';

const files = {
  'zh-CN': { legal: zhLegal, channels: zhChannels, documents: zhDocuments, pitfalls: zhPitfalls },
  en: { legal: enLegal, channels: enChannels, documents: enDocuments, pitfalls: enPitfalls },
};
const idsOf = {
  legal: LEGAL_REF_IDS,
  channels: CHANNEL_IDS,
  documents: DOCUMENT_IDS,
  pitfalls: PITFALL_IDS,
};
const namespaces = Object.keys(referenceSchemas) as (keyof typeof referenceSchemas)[];
const cases = (['zh-CN', 'en'] as const).flatMap((locale) =>
  namespaces.map((ns) => [locale, ns] as const),
);

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
function issuesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []);
}

describe('reference content files', () => {
  it.each(cases)('%s %s.json validates against its schema', (locale, ns) => {
    const result = referenceSchemas[ns].safeParse(files[locale][ns]);
    expect(issuesOf(result)).toEqual([]);
  });

  it.each(cases)('%s %s.json has exactly the ids of ids.ts', (locale, ns) => {
    expect(Object.keys(files[locale][ns]).sort()).toEqual([...idsOf[ns]].sort());
  });

  it.each(namespaces)('%s: zh-CN and en have the same entries and fields', (ns) => {
    const fields = (file: Record<string, Record<string, string>>) =>
      Object.entries(file)
        .map(([id, entry]) => `${id}:${Object.keys(entry).sort().join(',')}`)
        .sort();
    expect(fields(files.en[ns])).toEqual(fields(files['zh-CN'][ns]));
  });

  it('content/legal/refs.json validates and covers every legal ref id', () => {
    expect(issuesOf(legalRefsSchema.safeParse(refs))).toEqual([]);
    expect(Object.keys(refs).sort()).toEqual([...LEGAL_REF_IDS].sort());
  });
});

describe('reference schemas reject broken content', () => {
  it('rejects a missing id', () => {
    const broken: Record<string, unknown> = clone(zhPitfalls);
    delete broken.going_silent;
    expect(referenceSchemas.pitfalls.safeParse(broken).success).toBe(false);
  });

  it('rejects an id that is not in ids.ts', () => {
    const broken = { ...clone(zhChannels), hotline_999: { name: 'x', for_what: 'x', how: 'x' } };
    expect(referenceSchemas.channels.safeParse(broken).success).toBe(false);
  });

  it('rejects an empty or blank string and an unknown field', () => {
    const blank = clone(enDocuments);
    blank.id_card.note = '   ';
    expect(referenceSchemas.documents.safeParse(blank).success).toBe(false);
    const extra = clone(enLegal) as Record<string, Record<string, string>>;
    extra.civil_code_678 = { ...extra.civil_code_678, quote: 'x' };
    expect(referenceSchemas.legal.safeParse(extra).success).toBe(false);
  });

  it('rejects statute text on a VERIFIED-SECONDARY reference', () => {
    const broken = clone(refs) as Record<string, Record<string, unknown>>;
    broken.spc_2017_financial_trial_2 = { ...broken.spc_2017_financial_trial_2, text: '二、…' };
    expect(legalRefsSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects reported wording that is not marked as reported', () => {
    const broken = clone(refs) as Record<string, Record<string, unknown>>;
    delete broken.spc_2017_financial_trial_2!.quote;
    expect(legalRefsSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a VERIFIED-REPO reference without its text', () => {
    const broken = clone(refs) as Record<string, Record<string, unknown>>;
    delete broken.civil_code_678!.text;
    expect(legalRefsSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects an unknown label, a bad date and an unofficial source', () => {
    const label = clone(refs) as Record<string, Record<string, unknown>>;
    label.civil_code_543!.label = 'UNVERIFIED';
    expect(legalRefsSchema.safeParse(label).success).toBe(false);
    const date = clone(refs) as Record<string, Record<string, unknown>>;
    date.civil_code_543!.effective = '2021-13-01';
    expect(legalRefsSchema.safeParse(date).success).toBe(false);
    const source = clone(refs) as Record<string, Record<string, unknown>>;
    source.civil_code_543!.source = 'https://www.example.com/civil-code';
    expect(legalRefsSchema.safeParse(source).success).toBe(false);
  });

  it.each([
    ['https://flk.npc.gov.cn/', true],
    ['https://www.court.gov.cn/fabu-xiangqing-1.html', true],
    ['https://www.nfra.gov.cn/cn/view/pages/index/index.html', true],
    ['https://jubao.nifa.org.cn', true],
    ['http://flk.npc.gov.cn/', false],
    ['https://gov.cn.example.com/', false],
    ['https://notgov.cn/', false],
    ['not a url', false],
  ])('official source check: %s -> %s', (url, expected) => {
    expect(isOfficialSourceUrl(url)).toBe(expected);
  });
});
