/**
 * The court letters (支付令异议书, 答辩状 outline), the complaint's addressee by lender type, the
 * case mentioned in the negotiation letters, and the letter page's warnings: the deadline, the
 * objection offered only when the debt itself is disputed, and the old-debt warning.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { DEBT_KINDS, type Answers } from '../../../src/rules/answers';
import { twoLenders } from '../court-answers';
import { buildPlan } from '../../../src/rules/build-plan';
import { formatMoney } from '../../../src/lib/format';
import { useAnswersStore } from '../../../src/store/answers-store';
import { useLogStore } from '../../../src/store/log-store';
import {
  LETTER_IDS,
  composeLetter,
  objectionOffered,
  type LetterContext,
} from '../../../src/features/tools/letters';
import { TODAY } from '../today';
import { createTestI18n, renderRoute, type TestLocale } from './render-tools';

/** A payment order from the second lender, received 2026-11-28, the amount disputed. */
const withPaper = (over: Partial<Answers> = {}): Answers =>
  twoLenders({
    collection: ['excessive_calls'],
    legal: 'payment_order',
    courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'yes' },
    ...over,
  });

function context(answers: Answers, locale: TestLocale, debt: number): LetterContext {
  const t = createTestI18n(locale).getFixedT(locale);
  return {
    answers,
    plan: buildPlan(answers, { today: TODAY }),
    debt,
    entries: [],
    locale,
    today: new Date(2026, 11, 3),
    raw: (key, options) =>
      t(key, { ...options, skipInterpolation: true } as never) as unknown as string,
  };
}

describe('the collection complaint goes where the lender type says', () => {
  const expected: Record<(typeof DEBT_KINDS)[number], { zh: RegExp; en: RegExp; not: RegExp }> = {
    bank: {
      zh: /^致：国家金融监督管理总局（投诉电话 12378）/,
      en: /^To: National Financial Regulatory Administration \(complaints line 12378\)/,
      not: /地方金融管理局（小额|公安局|police station/,
    },
    consumer_finance: {
      zh: /^致：国家金融监督管理总局（投诉电话 12378）/,
      en: /^To: National Financial Regulatory Administration/,
      not: /公安局|police station/,
    },
    microloan: {
      zh: /^致：_+省（自治区、直辖市）地方金融管理局/,
      en: /^To: local financial authority \(地方金融管理局\)/,
      not: /12378/,
    },
    other_platform: {
      zh: /^致：_+（看借款合同上实际放款的机构/,
      en: /^To: _+ \(see who actually lent the money/,
      not: /公安局|police station/,
    },
    unknown: {
      zh: /^致：_+公安局_+派出所（报警电话 110）/,
      en: /^To: _+ police station/,
      not: /12378/,
    },
  };
  it.each(DEBT_KINDS)('%s', (kind) => {
    const answers = withPaper({
      legal: 'none',
      courtPaper: undefined,
      debts: [{ name: 'X', kind, outstanding: 1_000, overdueDays: 10, apr: null, penalties: null }],
    });
    const zh = composeLetter('collection_complaint', context(answers, 'zh-CN', 0));
    const en = composeLetter('collection_complaint', context(answers, 'en', 0));
    expect(zh).toMatch(expected[kind].zh);
    expect(en).toMatch(expected[kind].en);
    expect(zh).not.toMatch(expected[kind].not);
    expect(en).not.toMatch(expected[kind].not);
  });
});

describe.each(['zh-CN', 'en'] as const)('court letters (%s)', (locale) => {
  it('the objection names the lender, the amount and the day the order arrived', () => {
    const text = composeLetter('payment_order_objection', context(withPaper(), locale, 1));
    expect(text).toContain('某某消费金融');
    expect(text).toContain(formatMoney(8_000, locale));
    expect(text).toContain(locale === 'zh-CN' ? '2026年11月28日' : 'November 28, 2026');
    expect(text).toMatch(
      locale === 'zh-CN'
        ? /对支付令所列债务本身提出书面异议/
        : /objects in writing to the debt itself/,
    );
    expect(text).not.toMatch(/\{\{|\}\}/);
    // It disputes the debt; it never asks for instalments.
    expect(text).not.toMatch(locale === 'zh-CN' ? /分期/ : /instalment/i);
  });

  it("the defence outline has the fields Article 128 names and the plan's own proposal", () => {
    const answers = withPaper({
      legal: 'sued',
      courtPaper: { debt: 0, paper: 'complaint', receivedOn: '2026-11-30', courtDate: null },
    });
    const ctx = context(answers, locale, 0);
    const text = composeLetter('defence_outline', ctx);
    const fields =
      locale === 'zh-CN'
        ? ['性别', '年龄', '民族', '职业', '工作单位', '住所', '联系方式']
        : ['sex', 'age', 'ethnicity', 'occupation', 'employer', 'address', 'contact'];
    for (const f of fields) expect(text).toContain(f);
    expect(text).toContain('花呗');
    const offer = ctx.plan!.offers.find((o) => o.debt === 0)!;
    expect(offer.monthlyPayment).toBeGreaterThan(0);
    expect(text).toContain(formatMoney(offer.monthlyPayment, locale));
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it("a negotiation letter to the paper's lender mentions the case; to another it does not", () => {
    const answers = withPaper();
    const toLender = composeLetter('negotiation_request', context(answers, locale, 1));
    const toOther = composeLetter('negotiation_request', context(answers, locale, 0));
    const mention =
      locale === 'zh-CN'
        ? '我已经收到法院发出的支付令'
        : 'I have received a payment order from the court';
    expect(toLender).toContain(mention);
    expect(toOther).not.toContain(mention);
    expect(toOther).not.toMatch(/\n\n\n/);
  });

  it('every letter fills every value', () => {
    for (const id of LETTER_IDS) {
      for (const debt of [0, 1]) {
        expect(composeLetter(id, context(withPaper(), locale, debt)), id).not.toMatch(/\{\{|\}\}/);
      }
    }
  });
});

describe('the objection is offered only when the debt itself is disputed', () => {
  it.each([
    ['disputes the debt, its lender', { disputes: 'yes' }, 1, true],
    ['disputes the debt, another lender', { disputes: 'yes' }, 0, false],
    ['only cannot pay', { disputes: 'no' }, 1, false],
    ['not sure', { disputes: 'not_sure' }, 1, false],
  ] as const)('%s', (_name, over, debt, offered) => {
    const answers = withPaper({
      courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', ...over },
    });
    expect(objectionOffered(answers, debt)).toBe(offered);
  });
});

describe(
  'letter page: deadline, objection or explanation, old-debt warning',
  { timeout: 30_000 },
  () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2026, 11, 3, 10, 0));
      localStorage.clear();
      sessionStorage.clear();
      useAnswersStore.getState().reset();
      useLogStore.getState().clear();
    });
    afterEach(() => {
      cleanup();
      vi.useRealTimers();
    });

    it('shows the last day and the objection when the amount is disputed', () => {
      useAnswersStore.getState().replaceWith(withPaper());
      renderRoute('/letters/payment_order_objection');
      expect(screen.getByText('支付令异议截止：2026年12月13日（还有 10 天）')).toBeTruthy();
      const box = screen.getByLabelText<HTMLTextAreaElement>('信件内容（可以直接修改）');
      expect(box.value).toContain('申请人（债权人）：某某消费金融');
    });

    it.each(['no', 'not_sure'] as const)(
      'explains instead when the answer about the debt is "%s" (en)',
      (disputes) => {
        useAnswersStore.getState().replaceWith(
          withPaper({
            courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes },
          }),
        );
        renderRoute('/letters/payment_order_objection', 'en');
        expect(
          screen.getByText(
            'Last day to object to the payment order: December 13, 2026 (10 days left)',
          ),
        ).toBeTruthy();
        expect(
          screen.getByRole('heading', { name: 'Why there is no objection form here' }),
        ).toBeTruthy();
        expect(screen.queryByLabelText('Letter text (you can edit it here)')).toBeNull();
        expect(
          screen
            .getByRole('link', { name: 'Write a request to negotiate repayment' })
            .getAttribute('href'),
        ).toBe('/letters/negotiation_request?debt=1');
      },
    );

    it('warns on a negotiation letter to a lender overdue two years or more, and only then', () => {
      const answers = withPaper({
        legal: 'none',
        courtPaper: undefined,
        debts: [
          {
            name: '旧账',
            kind: 'bank',
            outstanding: 5_000,
            overdueDays: 800,
            apr: null,
            penalties: null,
          },
          {
            name: '新账',
            kind: 'bank',
            outstanding: 5_000,
            overdueDays: 30,
            apr: null,
            penalties: null,
          },
        ],
      });
      useAnswersStore.getState().replaceWith(answers);
      const { unmount } = renderRoute('/letters/negotiation_request?debt=0');
      expect(
        screen.getByRole('heading', { name: '旧账：逾期已经很久，先了解诉讼时效' }),
      ).toBeTruthy();
      expect(screen.getByText(/都算同意还款（诉讼时效规定第十四条）/)).toBeTruthy();
      unmount();
      renderRoute('/letters/negotiation_request?debt=1');
      expect(screen.queryByText(/逾期已经很久/)).toBeNull();
      cleanup();
      renderRoute('/letters/collection_complaint?debt=0');
      expect(screen.queryByText(/逾期已经很久/)).toBeNull();
    });
  },
);
