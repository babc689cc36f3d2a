/**
 * The legal corrections of issue 13, one test each: the old wording is gone and the corrected
 * facts are there, in both languages. Each test fails on the content as it was before the fix.
 */
import { describe, expect, it } from 'vitest';
import { readJson } from '../content/content-files';
import refs from '../../../content/legal/refs.json';
import { PLAN_NAMESPACES, START_NAMESPACES, WIZARD_NAMESPACES } from '../../../src/i18n/locale';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Tree = Record<string, Json>;

const ns = (locale: 'zh-CN' | 'en', name: string) => readJson(locale, `${name}.json`) as Tree;
const at = (tree: Json, path: string): Json =>
  path.split('.').reduce<Json>((v, k) => (v as Tree)[k] as Json, tree);
const text = (locale: 'zh-CN' | 'en', name: string, path: string): string =>
  JSON.stringify(at(ns(locale, name), path));

/** Every string of every namespace of a locale, as one list. */
const NAMESPACES = [...START_NAMESPACES, ...WIZARD_NAMESPACES, ...PLAN_NAMESPACES];
function strings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const all = (locale: 'zh-CN' | 'en') => NAMESPACES.flatMap((n) => strings(ns(locale, n)));

describe('支付令: an objection must dispute the debt itself (民诉法解释 第四百三十六条)', () => {
  it('no longer tells people to object because they can only pay in instalments', () => {
    expect(all('zh-CN').filter((s) => /只能分期还[^。]*异议/.test(s))).toEqual([]);
    expect(
      all('en').filter((s) => /can only pay in instalments, file a written objection/.test(s)),
    ).toEqual([]);
  });

  it('says instalments do not affect the order, in the legal note and in the court advice', () => {
    expect(text('zh-CN', 'legal', 'civil_procedure_227')).toMatch(
      /只说还不起、想晚点还或想分期，不影响支付令的效力/,
    );
    expect(text('en', 'legal', 'civil_procedure_227')).toMatch(
      /want instalments does not affect the order/,
    );
    expect(text('zh-CN', 'court', 'payment_order_objection')).toMatch(/第四百三十六条/);
    expect(text('en', 'court', 'payment_order_objection')).toMatch(/Article 436/);
    expect(refs.civil_procedure_interpretation_436.text).toContain('不影响支付令的效力');
  });
});

describe('answer deadlines depend on the procedure (民诉法解释 第二百六十六条、第二百七十五条)', () => {
  it('no longer gives 15 days as the answer deadline for every lawsuit', () => {
    expect(text('zh-CN', 'urgent', 'answer_court')).not.toMatch(/应当在 15 天内提交答辩状/);
    expect(text('zh-CN', 'pitfalls', 'ignoring_court_papers')).not.toMatch(/这两个期限都只有15天/);
    expect(text('en', 'urgent', 'answer_court')).not.toMatch(/you have 15 days to file a defence/);
    expect(text('en', 'pitfalls', 'ignoring_court_papers')).not.toMatch(
      /You have only 15 days for either/,
    );
  });

  it('says the court sets them in small-claims and simplified cases, and the notice counts', () => {
    for (const [name, path] of [
      ['urgent', 'answer_court'],
      ['pitfalls', 'ignoring_court_papers'],
      ['refused', 'if_sued_respond'],
      ['legal', 'civil_procedure_128'],
      ['court', 'answer_by_procedure'],
    ] as const) {
      expect(text('zh-CN', name, path), path).toMatch(
        /小额诉讼[^"]*简易程序[^"]*以法院通知[书上]*的日期为准/,
      );
      expect(text('en', name, path), path).toMatch(
        /small-claims (and|or) simplified[^"]*(date on the court's notice|court sets)/,
      );
    }
    expect(text('zh-CN', 'court', 'answer_by_procedure')).toMatch(/一般不超过 7 日/);
    expect(text('en', 'court', 'answer_by_procedure')).toMatch(/no more than 7 days/);
  });
});

describe('no promise that courts support instalments or mediation', () => {
  it('the old sentence is gone everywhere', () => {
    expect(all('zh-CN').filter((s) => /法院常常支持/.test(s))).toEqual([]);
    expect(all('en').filter((s) => /[Cc]ourts commonly support/.test(s))).toEqual([]);
  });

  it('says: you may ask, the court may organise mediation, the lender may refuse', () => {
    for (const [name, path] of [
      ['refused', 'ask_court_mediation'],
      ['court', 'ask_court_mediation'],
      ['legal', 'civil_procedure_96'],
    ] as const) {
      expect(text('zh-CN', name, path), path).toMatch(/可以请求调解/);
      expect(text('zh-CN', name, path), path).toMatch(/贷款方可以(拒绝|不同意)/);
      expect(text('en', name, path), path).toMatch(/ask for mediation/);
      expect(text('en', name, path), path).toMatch(/lender may refuse/);
    }
  });
});

describe('limitation period: letters count as agreeing to pay; after expiry 192 applies', () => {
  it('no longer says agreeing always restarts the three years', () => {
    // Before: "你的同意会让三年重新开始算" for every old debt, with no word of Article 192.
    const zh = text('zh-CN', 'legal', 'civil_code_195');
    const en = text('en', 'legal', 'civil_code_195');
    expect(zh).toMatch(/时效已经过了，就不是重新计算，而是适用第一百九十二条/);
    expect(en).toMatch(/if it has run out, nothing restarts: Article 192 applies instead/);
  });

  it('names 诉讼时效规定 第十四条, 民法典 第一百九十二条 and 第一百八十九条 for old debts', () => {
    const zh = text('zh-CN', 'flags', 'old_debt');
    const en = text('en', 'flags', 'old_debt');
    for (const s of ['第十四条', '第一百九十二条', '第一百八十九条', '协商还款申请'])
      expect(zh).toContain(s);
    for (const s of ['Article 14', 'Article 192', 'Article 189', 'negotiation letter'])
      expect(en).toContain(s);
    expect(Object.keys(refs)).toEqual(
      expect.arrayContaining(['limitation_rules_14', 'civil_code_192', 'civil_code_189']),
    );
  });
});

describe('credit cards: going silent can count toward 恶意透支', () => {
  it('the bank-card pitfall says so, with 刑法 第一百九十六条 and the 2018 decision', () => {
    const zh = text('zh-CN', 'pitfalls', 'going_silent_credit_card');
    const en = text('en', 'pitfalls', 'going_silent_credit_card');
    expect(zh).toMatch(/恶意透支/);
    expect(zh).toMatch(/第一百九十六条/);
    expect(zh).toMatch(/2018/);
    expect(zh).toMatch(/保持电话畅通，主动联系银行/);
    expect(en).toMatch(/malicious overdraft/);
    expect(en).toMatch(/Article 196/);
    expect(en).toMatch(/keep your phone on, contact the bank yourself/);
    // The general pitfall had no word of it.
    expect(text('zh-CN', 'pitfalls', 'going_silent')).not.toMatch(/恶意透支/);
  });
});

describe('unlicensed lenders: the contract may be void (民间借贷规定 第十三条)', () => {
  it('sends them to advice first and bases any offer on principal actually received', () => {
    const zh = text('zh-CN', 'flags', 'unlicensed_lender');
    const en = text('en', 'flags', 'unlicensed_lender');
    expect(zh).toMatch(/可能被认定无效（民间借贷规定第十三条）/);
    expect(zh).toMatch(/不要答应还清对方说的全部余额/);
    expect(zh).toMatch(/实际到手的本金/);
    expect(en).toMatch(/may be held void \(private lending rules, Article 13\)/);
    expect(en).toMatch(/principal you actually received/);
  });
});

describe('complaint routes by lender type', () => {
  it('12378 is for banks and consumer-finance companies; 小额贷款公司 go to the provincial authority', () => {
    expect(text('zh-CN', 'channels', 'nfra_12378')).toMatch(
      /小额贷款公司（包括网络小贷）归省级地方金融管理部门监管/,
    );
    expect(text('en', 'channels', 'nfra_12378')).toMatch(
      /Microloan companies \(网络小贷 included\) are supervised by the provincial financial authority/,
    );
    expect(text('zh-CN', 'channels', 'local_financial_authority')).toMatch(/金规〔2024〕26号/);
    expect(text('en', 'channels', 'local_financial_authority')).toMatch(/金规〔2024〕26号/);
    // Before, the complaint steps sent everyone to 12378.
    expect(text('zh-CN', 'urgent', 'complain_collection')).toMatch(
      /小额贷款公司找它注册地所在省的地方金融管理局/,
    );
    expect(text('en', 'urgent', 'complain_collection')).toMatch(
      /microloan companies to the local financial authority/,
    );
    expect(text('zh-CN', 'refused', 'complain_to_regulator')).toMatch(
      /小额贷款公司，找它注册地所在省的地方金融管理局/,
    );
  });
});

describe('legal aid: free advice, representation depends on conditions (法律援助法 22/23/31)', () => {
  it('never promises legal aid on a call to 12348', () => {
    const promise = /12348\s*(申请|咨询)法律援助|12348\s*法律援助热线/;
    expect(all('zh-CN').filter((s) => promise.test(s))).toEqual([]);
    expect(all('en').filter((s) => /12348 for legal aid|12348 legal aid line/.test(s))).toEqual([]);
  });

  it('says it the agreed way in the channel, in both languages', () => {
    const zh = text('zh-CN', 'channels', 'legal_aid_12348');
    const en = text('en', 'channels', 'legal_aid_12348');
    expect(zh).toContain('免费法律咨询（12348）');
    expect(zh).toContain('能否获得法律援助代理要看条件');
    expect(zh).toMatch(/第三十一条/);
    expect(en).toContain('Free legal advice (12348)');
    expect(en).toContain('Whether legal aid can represent you depends on conditions');
    expect(en).toMatch(/Article 31/);
    expect(Object.keys(refs)).toEqual(
      expect.arrayContaining(['legal_aid_22', 'legal_aid_23', 'legal_aid_31']),
    );
  });
});

describe('honest labels and sources', () => {
  it('says what was checked, against what, and when, instead of "checked against the official text"', () => {
    const zh = text('zh-CN', 'plan', 'legal.labels.VERIFIED-REPO');
    const en = text('en', 'plan', 'legal.labels.VERIFIED-REPO');
    expect(zh).not.toContain('已对照官方文本核实');
    expect(en).not.toContain('Checked against the official text');
    expect(zh).toMatch(/社区镜像[^"]*\{\{snapshot\}\}[^"]*不是在官方网站上核对的/);
    expect(en).toMatch(/community mirror[^"]*\{\{snapshot\}\}[^"]*not with the official site/);
  });

  it('calls a site home page a place to look the provision up, not a link to it', () => {
    expect(text('zh-CN', 'plan', 'legal.source_search')).toBe('"官方查询入口"');
    expect(text('en', 'plan', 'legal.source_search_note')).toMatch(
      /not a link to the provision itself/,
    );
  });

  it('the 民事诉讼法 is issued by the NPC, amended by its Standing Committee', () => {
    const civilProcedure = Object.values(refs).filter((r) => r.law === '中华人民共和国民事诉讼法');
    expect(civilProcedure.length).toBeGreaterThanOrEqual(5);
    for (const r of civilProcedure) {
      expect(r.issuer).toBe('全国人民代表大会（2023年修正由全国人民代表大会常务委员会作出）');
    }
  });

  it("the 2017 opinion's date is its 印发日期", () => {
    expect(refs.spc_2017_financial_trial_2).toMatchObject({
      effective: '2017-08-04',
      date_kind: 'issued',
    });
    expect(text('zh-CN', 'plan', 'legal.issued')).toBe('"印发日期"');
    expect(text('en', 'plan', 'legal.issued')).toBe('"Issued on"');
  });
});

describe('claims from the article without a source are worded as reported practice', () => {
  it('"3 to 30 days" for an extension', () => {
    const zh = text('zh-CN', 'methods', 'extension.what_it_is');
    const en = text('en', 'methods', 'extension.what_it_is');
    expect(zh).not.toContain('平台常见的是 3 到 30 天');
    expect(zh).toMatch(/据不少人反映[^"]*以各家的规定为准/);
    expect(en).not.toContain('platforms commonly allow 3 to 30 days');
    expect(en).toMatch(/people often report 3 to 30 days/);
  });

  it('"weekday mornings 9 to 11"', () => {
    const zh = text('zh-CN', 'tips', 'call_on_weekday_mornings');
    const en = text('en', 'tips', 'call_on_weekday_mornings');
    expect(zh).not.toMatch(/^"工作日上午 9 点到 11 点左右，客服人手通常比较足/);
    expect(zh).toMatch(/不少人反映[^"]*经验之谈，没有统一的规定/);
    expect(en).toMatch(/Many people report[^"]*reported experience, not a rule/);
  });
});
