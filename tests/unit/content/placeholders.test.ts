import { createInstance, type Resource } from 'i18next';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, placeholdersIn } from '../../../src/content/placeholders';
import { textsIn } from '../../../src/content/parity';
import { LOCALE_DIRS, readJson } from './content-files';

const MONEY = [
  'outstanding',
  'monthly',
  'settlement',
  'penalties',
  'available',
  'lump_sum',
  'total',
  'shortfall',
];
const DURATIONS = ['days', 'max_overdue'];

const cases = LOCALE_DIRS.flatMap((locale) =>
  Object.keys(PLACEHOLDERS).map((ns) => ({ locale, ns: ns as keyof typeof PLACEHOLDERS })),
);

describe('placeholders', () => {
  it('finds i18next placeholders, with or without spaces and formats', () => {
    expect(
      placeholdersIn('每月 {{monthly}}，共 {{ months }} 期，{{first_date, datetime}}'),
    ).toEqual(['monthly', 'months', 'first_date']);
    expect(placeholdersIn('no placeholders { here }')).toEqual([]);
  });

  it.each(cases)(
    'content/$locale/$ns.json uses only the values the view supplies',
    ({ locale, ns }) => {
      const unknown = textsIn(readJson(locale, `${ns}.json`)).flatMap(({ path, text }) =>
        placeholdersIn(text)
          .filter((name) => !(PLACEHOLDERS[ns] as readonly string[]).includes(name))
          .map((name) => `${path}: {{${name}}}`),
      );
      expect(unknown).toEqual([]);
    },
  );

  it.each(LOCALE_DIRS)(
    '%s: every value listed for methods and reasons is used somewhere',
    (locale) => {
      for (const ns of ['methods', 'reasons'] as const) {
        const used = new Set(
          textsIn(readJson(locale, `${ns}.json`)).flatMap(({ text }) => placeholdersIn(text)),
        );
        expect(
          [...PLACEHOLDERS[ns]].filter((name) => !used.has(name)),
          ns,
        ).toEqual([]);
      }
    },
  );

  it.each(LOCALE_DIRS)(
    '%s: every method script names the lender and uses the offer numbers',
    (locale) => {
      const methods = readJson(locale, 'methods.json') as Record<string, { script: string }>;
      for (const [id, { script }] of Object.entries(methods)) {
        const used = placeholdersIn(script);
        expect(used, id).toContain('lender');
        expect(used.filter((name) => MONEY.includes(name)).length, id).toBeGreaterThanOrEqual(1);
      }
    },
  );

  it('zh-CN never writes a unit after a value that arrives with its unit', () => {
    const problems = ['methods', 'reasons', 'flags'].flatMap((ns) =>
      textsIn(readJson('zh-CN', `${ns}.json`))
        .filter(({ text }) =>
          new RegExp(
            `\\{\\{(${MONEY.join('|')})\\}\\}\\s*元|\\{\\{(${DURATIONS.join('|')})\\}\\}\\s*天`,
          ).test(text),
        )
        .map(({ path }) => `${ns}.${path}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('text rendered through i18next with values shaped as the view passes them', () => {
  const SAMPLE = {
    'zh-CN': { money: '¥1,200.00', days: '10天', date: '12月5日', evidence: '病历和离职证明' },
    en: {
      money: 'CN¥1,200.00',
      days: '10 days',
      date: '5 December',
      evidence: 'medical records and proof of job loss',
    },
  } as const;

  it.each(LOCALE_DIRS)('%s: every placeholder is filled, nothing left over', async (locale) => {
    const namespaces = Object.keys(PLACEHOLDERS);
    const i18n = createInstance();
    await i18n.init({
      lng: locale,
      resources: {
        [locale]: Object.fromEntries(namespaces.map((ns) => [ns, readJson(locale, `${ns}.json`)])),
      } as Resource,
      interpolation: { escapeValue: false },
    });
    const s = SAMPLE[locale];
    const values: Record<string, string | number> = {
      lender: '借呗',
      months: 12,
      count: 4,
      first_date: s.date,
      new_date: s.date,
      days: s.days,
      max_overdue: s.days,
      evidence: s.evidence,
    };
    for (const name of MONEY) values[name] = s.money;
    const leftovers = namespaces.flatMap((ns) =>
      textsIn(readJson(locale, `${ns}.json`))
        .map(({ path }) => `${ns}:${path.replace(/\[(\d+)\]/g, '.$1')}`)
        .map((key) => ({ key, text: i18n.t(key, values) }))
        .filter(({ key, text }) => /\{\{|\}\}|undefined/.test(text) || key.endsWith(text)),
    );
    expect(leftovers).toEqual([]);
    const expected = { 'zh-CN': `每月能拿出 ${s.money} 还这笔借款`, en: `${s.money} a month` };
    expect(i18n.t('methods:instalments.script', values)).toContain(expected[locale]);
    expect(i18n.t('reasons:overdue_long', values)).toContain(
      locale === 'zh-CN' ? '已经逾期 10天' : 'already 10 days overdue',
    );
  });
});
