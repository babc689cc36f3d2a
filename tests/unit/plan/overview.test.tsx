import { beforeEach, describe, expect, it } from 'vitest';
import { TODAY } from '../today';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildPlan } from '../../../src/rules/build-plan';
import type { Answers } from '../../../src/rules/answers';
import { URGENT_IDS } from '../../../src/rules/ids';
import { useAnswersStore } from '../../../src/store/answers-store';
import { formatMoney } from '../../../src/lib/format';
import { makeI18n, renderAt, type TestLocale } from './render-plan';
import { SITUATIONS } from './situations';

const zh = makeI18n('zh-CN');
const en = makeI18n('en');

function showPlan(answers: Answers, locale: TestLocale = 'zh-CN') {
  useAnswersStore.getState().replaceWith(answers);
  renderAt('/plan', locale);
  const t = locale === 'en' ? en.t.bind(en) : zh.t.bind(zh);
  const overview = screen.getByRole('region', { name: t('plan:overview.title') });
  /** The text next to a label in the overview, or undefined when the overview lacks it. */
  const fact = (label: string) => {
    const term = within(overview)
      .queryAllByRole('term')
      .find((dt) => dt.textContent === label);
    return term?.nextElementSibling?.textContent ?? undefined;
  };
  return { t, overview, fact };
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
});

describe('plan overview', () => {
  it('five lenders, sued: answer the court first, then the first method, with the totals', () => {
    const answers = SITUATIONS.five_lenders_sued;
    const plan = buildPlan(answers, { today: TODAY });
    expect(plan.urgent[0]).toBe('answer_court');
    const { t, overview, fact } = showPlan(answers);

    // Sued, saved before the court paper was asked about: the court block comes first, then
    // the overview.
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings[0]?.textContent).toBe('法院文书：最后一天还不知道');
    expect(headings[1]?.textContent).toBe('你的计划一览');
    expect(
      overview.compareDocumentPosition(screen.getByRole('region', { name: '先做这几件事' })),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

    expect(fact('先处理')).toBe(
      `${plan.urgent.length} 件要先办的事，第一件：${t('urgent:answer_court.title')}`,
    );
    const first = plan.methods[0]!;
    expect(first.fit).not.toBe('not_suited');
    expect(fact('先提出')).toBe(`${t(`methods:${first.id}.name`)} ${t(`plan:fit.${first.fit}`)}`);
    expect(fact('每月能用来还款')).toBe(
      `付完必要开支后，每月剩 ${formatMoney(plan.budget.monthlyAvailable, 'zh-CN')}`,
    );
    expect(fact('欠款')).toBe(
      `5 家机构，合计 ${formatMoney(plan.budget.totalOutstanding, 'zh-CN')}`,
    );
    // The first lender the first method's script speaks to.
    const lender = answers.debts[first.offers?.[0]?.debt ?? 0]!.name;
    expect(fact('下一步')).toBe(
      `先在期限内答辩并按时出庭，再按下面的话术联系${lender}，提出“${t(`methods:${first.id}.name`)}”。`,
    );
  });

  it('a short gap: nothing urgent, ask the one lender for an extension', () => {
    const answers = SITUATIONS.short_gap;
    const plan = buildPlan(answers, { today: TODAY });
    expect(plan.urgent).toEqual([]);
    const { fact } = showPlan(answers);
    expect(fact('先处理')).toBeUndefined();
    expect(fact('先提出')).toBe('展期（延期还款） 推荐');
    expect(fact('欠款')).toBe(`1 家机构，合计 ${formatMoney(4200, 'zh-CN')}`);
    expect(fact('下一步')).toBe(
      `按下面的话术联系${answers.debts[0]!.name}，提出“展期（延期还款）”。`,
    );
  });

  it('in English, counts one lender in the singular and names the method first', () => {
    const answers = SITUATIONS.short_gap;
    const { fact } = showPlan(answers, 'en');
    expect(fact('Ask first for')).toBe('Extension (展期) Recommended');
    expect(fact('What you owe')).toBe(`1 lender, ${formatMoney(4200, 'en')} in all`);
    expect(fact('Next step')).toContain(answers.debts[0]!.name);
  });

  it('says nothing is left each month and that the plan asks for a pause', () => {
    const answers = SITUATIONS.hostile_names;
    const plan = buildPlan(answers, { today: TODAY });
    expect(plan.budget.monthlyAvailable).toBe(0);
    expect(plan.offers.some((o) => o.pause)).toBe(true);
    const { fact } = showPlan(answers);
    expect(fact('每月能用来还款')).toBe(
      '付完必要开支后，每月没有剩余，所以计划先请机构暂停还款，过一段时间再商量',
    );
  });

  it('says nothing is left, without a pause, when the plan proposes none', () => {
    const answers: Answers = { ...SITUATIONS.short_gap, monthlyIncome: 0, monthlyEssentials: 0 };
    const plan = buildPlan(answers, { today: TODAY });
    expect(plan.budget.monthlyAvailable).toBe(0);
    expect(plan.offers.some((o) => o.pause)).toBe(false);
    const { fact } = showPlan(answers);
    expect(fact('每月能用来还款')).toBe('付完必要开支后，每月没有剩余');
  });

  it('has a short wording of every urgent action in both languages', () => {
    for (const i18n of [zh, en]) {
      for (const id of URGENT_IDS) {
        expect(i18n.exists(`plan:overview.urgent_short.${id}`)).toBe(true);
      }
    }
  });
});

describe('on this page', () => {
  it('lists the sections shown on the page, in page order', () => {
    const answers = SITUATIONS.five_lenders_sued;
    showPlan(answers);
    const nav = screen.getByRole('navigation', { name: '本页内容' });
    const entries = within(nav)
      .getAllByRole('button')
      .map((b) => b.textContent);
    const skipped = ['你的计划一览', '本页内容', zh.t('plan:sections.log')];
    expect(entries[0]).toBe('法院文书：最后一天还不知道');
    const sections = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
      .filter((name) => !skipped.includes(name ?? ''));
    expect(entries).toEqual(sections);
    expect(entries).toContain('先做这几件事');
  });

  it('leaves out sections the plan does not have', () => {
    showPlan(SITUATIONS.short_gap);
    const nav = screen.getByRole('navigation', { name: '本页内容' });
    expect(within(nav).queryByRole('button', { name: '先做这几件事' })).toBeNull();
    expect(within(nav).getByRole('button', { name: '可以向机构提出的方式' })).toBeTruthy();
  });

  it('moves focus to the section heading, by click and by keyboard, staying on the plan', async () => {
    const user = userEvent.setup();
    showPlan(SITUATIONS.five_lenders_sued);
    const nav = screen.getByRole('navigation', { name: '本页内容' });

    await user.click(within(nav).getByRole('button', { name: '每家机构的建议方案' }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: '每家机构的建议方案' }),
    );

    const documents = within(nav).getByRole('button', { name: '需要准备的材料' });
    documents.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: '需要准备的材料' }),
    );
    expect(screen.getByTestId('location').textContent).toBe('/plan');
  });
});
