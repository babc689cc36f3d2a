/**
 * The plan's first block at a court stage: paper, lender, the exact last day and days left,
 * how it was worked out, and what to do at this stage; the same in a shared link, without the
 * owner's edit link. "Today" is pinned (the plan reads it from the device).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../../src/rules/answers';
import { twoLenders } from '../court-answers';
import { useAnswersStore } from '../../../src/store/answers-store';
import { makeI18n, renderAt, type TestLocale } from './render-plan';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const golden = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, `../../fixtures/links/${name}.json`), 'utf8')) as {
    answers: Answers;
    payload: string;
  };

const person = twoLenders;

const ORDER_5_DAYS_AGO = person({
  legal: 'payment_order',
  courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'no' },
});

function show(answers: Answers, locale: TestLocale = 'zh-CN', path = '/plan') {
  useAnswersStore.getState().replaceWith(answers);
  const view = renderAt(path, locale);
  const block = document.getElementById('plan-court')?.closest('section') as HTMLElement;
  return { ...view, block };
}

const facts = (block: HTMLElement) =>
  Object.fromEntries(
    within(block)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
const adviceTitles = (block: HTMLElement) =>
  within(block)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 3, 9, 30));
});
afterEach(() => vi.useRealTimers());

describe('the court block', { timeout: 30_000 }, () => {
  it('a payment order received five days ago: paper, lender, last day and days left, first', () => {
    const { block } = show(ORDER_5_DAYS_AGO);
    expect(screen.getByRole('region', { name: /^支付令异议截止/ })).toBe(block);
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2s[0]).toBe('支付令异议截止：2026年12月13日（还有 10 天）');
    expect(h2s[1]).toBe('你的计划一览');
    expect(facts(block)).toEqual({
      文书: '支付令',
      贷款方: '某某消费金融',
      收到日期: '2026年11月28日',
      最后一天: '2026年12月13日',
    });
    expect(block.textContent).toContain('收到当天不算、从第二天起数 15 天');
    const zh = makeI18n('zh-CN');
    expect(adviceTitles(block)).toEqual(
      ['payment_order_objection', 'payment_order_negotiate', 'ask_court_mediation'].map((id) =>
        zh.t(`court:${id}.title`),
      ),
    );
    // Not disputing the debt: the link explains instead of offering an objection.
    expect(
      within(block)
        .getByRole('link', { name: '为什么分期不算支付令异议，以及现在该怎么做' })
        .getAttribute('href'),
    ).toBe('/letters/payment_order_objection?debt=1');
    expect(within(block).getByRole('link', { name: '修改文书的回答' }).getAttribute('href')).toBe(
      '/step/court_paper?return=check',
    );
  });

  it('says the same in English', () => {
    const { block } = show(ORDER_5_DAYS_AGO, 'en');
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      'Last day to object to the payment order: December 13, 2026 (10 days left)',
    );
    expect(facts(block)['Lender']).toBe('某某消费金融');
  });

  it('offers the objection when the amount is disputed', () => {
    const { block } = show(
      person({
        legal: 'payment_order',
        courtPaper: { debt: 1, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'yes' },
      }),
    );
    expect(within(block).getByRole('link', { name: '写一份支付令异议书' })).toBeTruthy();
  });

  it.each([
    ['2026-11-18', '支付令异议截止：2026年12月3日（今天是最后一天）'],
    ['2026-11-13', '支付令异议截止：2026年11月28日（已经过去 5 天）'],
  ])('received on %s: %s', (receivedOn, headline) => {
    const { block } = show(
      person({
        legal: 'payment_order',
        courtPaper: { debt: 0, paper: 'payment_order', receivedOn, disputes: 'no' },
      }),
    );
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(headline);
    if (headline.includes('已经过去')) {
      expect(adviceTitles(block)[0]).toBe('支付令的异议期已经过了：现在还能做什么');
    }
  });

  it('a date not remembered: how to find it, and 15 days as the longest', () => {
    const { block } = show(
      person({
        legal: 'payment_order',
        courtPaper: { debt: 0, paper: 'payment_order', receivedOn: null, disputes: 'not_sure' },
      }),
    );
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      '支付令：最后一天还算不出来',
    );
    expect(facts(block)['收到日期']).toBe('不记得了');
    expect(block.textContent).toContain('送达回证');
    expect(block.textContent).toContain('12368');
    expect(block.textContent).toContain('这是最长的可能');
  });

  it('enforcement: the date on the notice, and enforcement advice (执行和解, 313)', () => {
    const { block } = show(
      person({
        legal: 'enforcement',
        courtPaper: {
          debt: 0,
          paper: 'enforcement_notice',
          receivedOn: '2026-11-20',
          courtDate: '2026-12-10',
        },
      }),
    );
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      '执行通知书上的期限：2026年12月10日（还有 7 天）',
    );
    expect(adviceTitles(block)).toEqual([
      '执行和解：向贷款方和执行法官提出你做得到的方案',
      '说清你需要留下的生活费',
      '失信名单和限制高消费：问清楚怎样才能解除',
      '有能力却拒不执行判决，可能构成犯罪',
    ]);
    expect(block.textContent).toContain('第三百一十三条');
    // The overview says what answering the court means at this stage.
    const overview = screen.getByRole('region', { name: '你的计划一览' });
    expect(overview.textContent).toContain('联系执行法官，提出你做得到的方案');
    expect(overview.textContent).not.toContain('回应法院或仲裁');
  });

  it('the script for the lender with the case mentions the case first', () => {
    show(ORDER_5_DAYS_AGO);
    const notes = document.querySelectorAll('.script__case');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const caption = note.closest('figure, details')?.querySelector('figcaption, summary');
      expect(caption?.textContent).toBe('对某某消费金融：');
      expect(note.textContent).toContain('我已经收到了支付令');
    }
  });

  it("a shared link shows the same block, without the owner's edit link", () => {
    const { answers, payload } = golden('v1x-payment-order');
    useAnswersStore.getState().replaceWith(person({}));
    renderAt(`/plan/${payload}`);
    const block = screen.getByRole('region', { name: /支付令异议截止/ });
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      '支付令异议截止：2026年12月13日（还有 10 天）',
    );
    expect(facts(block)['贷款方']).toBe(answers.debts[1]!.name);
    expect(within(block).queryByRole('link', { name: '修改文书的回答' })).toBeNull();
    expect(within(block).getByRole('link', { name: '写一份支付令异议书' })).toBeTruthy();
  });

  it('no court stage, no block: the overview comes first', () => {
    const { block } = show(person({ legal: 'lawsuit_threatened' }));
    expect(block).toBeUndefined();
    expect(document.querySelector('.plan-court')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('你的计划一览');
  });
});

describe('legal references say how they were checked', { timeout: 30_000 }, () => {
  it('a mirror, its snapshot date, the day checked; a search entry is not called the provision', () => {
    useAnswersStore.getState().replaceWith(ORDER_5_DAYS_AGO);
    renderAt('/plan');
    const card = screen.getByRole('article', {
      name: '支付令异议：只说还不起或想分期，不影响支付令',
    });
    expect(card.textContent).toContain('社区镜像副本（2025年4月19日 的快照）');
    expect(card.textContent).toContain('（核对于 2026年12月3日）');
    expect(card.textContent).toContain('官方查询入口');
    expect(card.textContent).not.toContain('已对照官方文本核实');
  });
});
