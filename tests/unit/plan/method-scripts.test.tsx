/**
 * Each method card's script speaks with that method's own numbers: never another method's,
 * never "¥0 a month" or "0 payments". Rendered through the real plan page and content.
 */
import { TODAY } from '../today';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { buildPlan } from '../../../src/rules/build-plan';
import type { Answers } from '../../../src/rules/answers';
import type { MethodId } from '../../../src/rules/ids';
import type { MethodAdvice } from '../../../src/rules/plan';
import { useAnswersStore } from '../../../src/store/answers-store';
import { addDays, formatDate, formatDays, formatMoney } from '../../../src/lib/format';
import { localToday as today } from '../../../src/lib/today';
import { MethodCard } from '../../../src/features/plan/MethodCard';
import { scriptKey, scriptTargets } from '../../../src/features/plan/plan-values';
import { debt, lenders, person } from '../rules/situations';
import { makeI18n, renderAt, renderWithI18n, type TestLocale } from './render-plan';
import { SITUATIONS as GOLDEN } from './situations';

const SALARY_LATE = person({
  cause: 'salary_delay',
  incomeExpectedInDays: 7,
  debts: [
    debt({ name: '借呗', outstanding: 3_000, overdueDays: 5 }),
    debt({ name: '信用卡', kind: 'bank', outstanding: 8_000, overdueDays: 3 }),
  ],
});

const IN_HOSPITAL = person({
  cause: 'illness_or_injury',
  monthlyIncome: 0,
  monthlyEssentials: 3_500,
  evidence: ['medical'],
  debts: lenders(2, { kind: 'microloan', overdueDays: 45 }),
});

/** Some savings, nothing left monthly: penalty relief pays part of the principal, then waits. */
const SAVINGS_NOTHING_MONTHLY = person({
  monthlyIncome: 2_000,
  monthlyEssentials: 3_000,
  lumpSumAvailable: 5_000,
  debts: [debt({ outstanding: 10_000, penalties: 2_000, overdueDays: 100 })],
});

const SITUATIONS: Record<string, Answers> = {
  salary_late: SALARY_LATE,
  in_hospital: IN_HOSPITAL,
  savings_nothing_monthly: SAVINGS_NOTHING_MONTHLY,
  nothing_left_three_lenders: person({
    cause: 'business_trouble',
    monthlyIncome: 3_000,
    monthlyEssentials: 3_000,
    debts: lenders(3, { penalties: 500, overdueDays: 120 }),
  }),
  ...GOLDEN,
};

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
});

function showPlan(answers: Answers, locale: TestLocale = 'zh-CN') {
  useAnswersStore.getState().replaceWith(answers);
  renderAt('/plan', locale);
}

function card(id: MethodId): HTMLElement {
  const heading = document.getElementById(`method-${id}`);
  expect(heading, id).toBeTruthy();
  return heading!.closest('article') as HTMLElement;
}

/** The first (open) script on a card: its text and which content key it uses. */
function firstScript(id: MethodId): { text: string; key: string } {
  const figure = card(id).querySelector('figure.script') as HTMLElement;
  expect(figure, `${id} shows a script`).toBeTruthy();
  return {
    text: figure.querySelector('blockquote')?.textContent ?? '',
    key: figure.getAttribute('data-script') ?? '',
  };
}

/** "¥0", "¥0.00", "CN¥0.00" not followed by more digits: a zero amount. */
function zeroMoney(locale: TestLocale): RegExp {
  const zero = formatMoney(0, locale).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${zero}(?![\\d,.]*\\d)`);
}

describe('method scripts carry their own method’s numbers', () => {
  it('salary late: the instalments card proposes a real monthly amount over 1+ payments', () => {
    showPlan(SALARY_LATE);
    const plan = buildPlan(SALARY_LATE, { today: TODAY });
    expect(plan.methods[0]!.id).toBe('extension');
    const own = plan.methods.find((m) => m.id === 'instalments')!.offers![0]!;
    expect(own.monthlyPayment).toBeGreaterThan(0);
    const { text, key } = firstScript('instalments');
    expect(key).toBe('script');
    expect(text).toContain('借呗');
    expect(text).toContain(formatMoney(own.monthlyPayment, 'zh-CN'));
    const months = /共 (\d+) 期/.exec(text);
    expect(Number(months?.[1])).toBeGreaterThanOrEqual(1);
    expect(text).not.toMatch(zeroMoney('zh-CN'));
    expect(text).not.toMatch(/(分|共) 0 期/);
    // The extension card still speaks of the new due date, from the plan's own offer.
    const extension = firstScript('extension');
    const due = formatDate(addDays(today(), plan.offers[0]!.extensionDays!), 'zh-CN');
    expect(extension.text).toContain(due);
  });

  it('in hospital, nothing left: the hardship card asks for a dated pause, never ¥0', () => {
    showPlan(IN_HOSPITAL);
    const plan = buildPlan(IN_HOSPITAL, { today: TODAY });
    const pause = plan.methods.find((m) => m.id === 'hardship')!.offers![0]!;
    expect(pause.pause).toBe(true);
    const { text, key } = firstScript('hardship');
    expect(key).toBe('script_pause');
    expect(text).toContain(`请求暂缓 ${formatDays(pause.firstPaymentInDays, 'zh-CN')}`);
    expect(text).toContain(formatDate(addDays(today(), pause.firstPaymentInDays), 'zh-CN'));
    expect(text).not.toMatch(zeroMoney('zh-CN'));
    expect(text).not.toMatch(/0 期/);
  });

  it('in hospital, in English: the pause names its length and date', () => {
    showPlan(IN_HOSPITAL, 'en');
    const { text } = firstScript('hardship');
    expect(text).toContain(`a pause of ${formatDays(90, 'en')}`);
    expect(text).toContain(formatDate(addDays(today(), 90), 'en'));
    expect(text).not.toMatch(zeroMoney('en'));
  });

  it('savings but nothing monthly: penalty relief pays part now and the rest later', () => {
    showPlan(SAVINGS_NOTHING_MONTHLY);
    const { text, key } = firstScript('penalty_relief');
    expect(key).toBe('script_settlement_pause');
    expect(text).toContain(formatMoney(2_000, 'zh-CN'));
    expect(text).not.toMatch(zeroMoney('zh-CN'));
  });

  describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
    it.each(Object.keys(SITUATIONS))(
      '%s: no script on any card says a zero amount or zero payments',
      (name) => {
        showPlan(SITUATIONS[name]!, locale);
        const plan = buildPlan(SITUATIONS[name]!, { today: TODAY });
        const scripts = [...document.querySelectorAll('.method-card .script blockquote')];
        expect(scripts.length).toBeGreaterThanOrEqual(
          plan.methods.filter((m) => m.fit !== 'not_suited').length,
        );
        for (const s of scripts) {
          const text = s.textContent ?? '';
          expect(text).not.toMatch(zeroMoney(locale));
          expect(text).not.toMatch(locale === 'zh-CN' ? /(分|共) 0 期/ : /\b0 (in all|payments)/);
          expect(text).not.toContain('{{');
        }
      },
    );
  });
});

describe('a method without numbers asks without them', () => {
  const answers = person({ debts: [debt({ name: '某贷', outstanding: 6_000 })] });
  const plan = buildPlan(answers, { today: TODAY });
  const advice: MethodAdvice = { id: 'restructuring', fit: 'possible', reasons: [] };

  it('targets the largest debt with the no-numbers script', () => {
    expect(scriptTargets(advice, answers)).toEqual([{ debt: 0, key: 'script_no_numbers' }]);
    expect(scriptKey('instalments', { ...plan.offers[0]!, monthlyPayment: 0, months: 0 })).toBe(
      'script_no_numbers',
    );
  });

  it('renders the no-numbers script with the lender and what is owed', () => {
    const t = makeI18n('zh-CN').t;
    renderWithI18n(
      <MethodCard advice={advice} rank={1} answers={answers} plan={plan} from={today()} />,
    );
    const figure = screen.getByRole('figure');
    expect(figure.getAttribute('data-script')).toBe('script_no_numbers');
    const text = figure.querySelector('blockquote')?.textContent ?? '';
    expect(text).toBe(
      t('methods:restructuring.script_no_numbers', {
        lender: '某贷',
        outstanding: formatMoney(6_000, 'zh-CN'),
      }),
    );
    expect(text).not.toMatch(zeroMoney('zh-CN'));
  });
});
