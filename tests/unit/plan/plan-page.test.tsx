import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TODAY } from '../today';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildPlan } from '../../../src/rules/build-plan';
import type { Answers } from '../../../src/rules/answers';
import { useAnswersStore } from '../../../src/store/answers-store';
import { decodeShareLink } from '../../../src/lib/share-codec';
import { addDays, formatDate, formatMoney } from '../../../src/lib/format';
import { localToday as today } from '../../../src/lib/today';
import zhPlan from '../../../content/zh-CN/plan-bundle';
import refsJson from '../../../content/legal/refs.json';
import { makeI18n, renderAt } from './render-plan';
import { SITUATIONS } from './situations';

const refs = refsJson as Record<string, { label: string; text?: string }>;
const zh = makeI18n('zh-CN');
const t = zh.t.bind(zh);

function saveAnswers(answers: Answers) {
  useAnswersStore.getState().replaceWith(answers);
}

function sectionByHeading(name: string) {
  const heading = screen.getByRole('heading', { level: 2, name });
  return heading.closest('section') as HTMLElement;
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('plan page', () => {
  it('says the answers are incomplete and links to the check page', () => {
    useAnswersStore.getState().update({ cause: 'job_loss' });
    renderAt('/plan');
    expect(screen.getByRole('heading', { level: 1, name: '我的还款计划' })).toBeTruthy();
    expect(screen.getByText(t('plan:incomplete.body'))).toBeTruthy();
    expect(screen.getByRole('link', { name: '去核对我的回答' }).getAttribute('href')).toBe(
      '/check',
    );
  });

  it.each(Object.entries(SITUATIONS))(
    '%s: urgent actions first, then the methods in plan order with their reasons',
    (_name, answers) => {
      saveAnswers(answers);
      const plan = buildPlan(answers, { today: TODAY });
      renderAt('/plan');
      const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
      // At a court stage the court paper's block comes first of all (its heading is the
      // deadline line); then the overview and the page's contents; then the plan's sections.
      const court = plan.courtDeadline !== undefined || plan.courtAdvice.length > 0;
      expect(court).toBe(answers.legal !== 'none' && plan.urgent.includes('answer_court'));
      const all = court ? headings.slice(1) : headings;
      if (court) {
        expect(headings[0]).toBe(
          plan.courtDeadline ? expect.any(String) : t('plan:court.headline_no_paper'),
        );
      }
      expect(all.slice(0, 2)).toEqual([t('plan:overview.title'), t('plan:contents.title')]);
      const h2s = all.slice(2);
      const methodsAt = h2s.indexOf(t('plan:sections.methods'));
      expect(methodsAt).toBeGreaterThanOrEqual(0);
      if (plan.urgent.length > 0) {
        expect(h2s.indexOf(t('plan:sections.urgent'))).toBe(0);
        const urgent = sectionByHeading(t('plan:sections.urgent'));
        const titles = within(urgent)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent);
        expect(titles).toEqual(plan.urgent.map((id) => t(`urgent:${id}.title`)));
      } else {
        expect(h2s.indexOf(t('plan:sections.urgent'))).toBe(-1);
      }
      const methods = sectionByHeading(t('plan:sections.methods'));
      const cards = within(methods).getAllByRole('article');
      const cardNames = cards.map((c) => c.querySelector('h3')?.textContent ?? '');
      plan.methods.forEach((m, i) => {
        expect(cardNames[i]).toContain(t(`methods:${m.id}.name`));
        expect(cardNames[i]).toContain(t(`plan:fit.${m.fit}`));
        const reasons = within(cards[i]!)
          .getAllByRole('listitem')
          .map((li) => li.textContent ?? '');
        // Each reason sentence is shown in order: its fixed words around the filled-in values.
        m.reasons.forEach((r, j) => {
          const raw = (zhPlan.reasons as Record<string, string>)[r];
          expect(raw).toBeTruthy();
          const shown = reasons[j] ?? '';
          expect(shown.startsWith('因为你说')).toBe(true);
          let at = 0;
          for (const part of raw!.split(/\{\{[^}]+\}\}/)) {
            const found = shown.indexOf(part, at);
            expect(found).toBeGreaterThanOrEqual(at);
            at = found + part.length;
          }
        });
        expect(reasons.join('')).not.toContain('{{');
      });
      expect(document.body.textContent).not.toContain('{{');
    },
  );

  it('fills the short-gap reason with the days the person gave', () => {
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    const first = within(sectionByHeading(t('plan:sections.methods'))).getAllByRole('article')[0]!;
    expect(first.querySelector('h3')?.textContent).toContain(t('methods:extension.name'));
    expect(within(first).getByText(/因为你说大约 10\s?天后/)).toBeTruthy();
    // The script speaks to this lender with this person's numbers.
    expect(within(first).getAllByText(/花呗/).length).toBeGreaterThan(0);
    expect(within(first).getByText(/¥4,200/)).toBeTruthy();
  });

  it('shows one offer row per lender with a totals row that adds them up', () => {
    const answers = SITUATIONS.five_lenders_sued;
    saveAnswers(answers);
    const plan = buildPlan(answers, { today: TODAY });
    renderAt('/plan');
    const table = screen.getByRole('table', { name: /每家机构的建议方案/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + plan.offers.length + 1);
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(rowHeaders.slice(0, -1)).toEqual(plan.offers.map((o) => answers.debts[o.debt]!.name));
    const totals = rows.at(-1)!;
    expect(within(totals).getByRole('rowheader').textContent).toBe('全部合计');
    const monthly = plan.offers.reduce((s, o) => s + o.monthlyPayment, 0);
    const total = plan.offers.reduce((s, o) => s + o.total, 0);
    expect(totals.textContent).toContain(formatMoney(monthly, 'zh-CN'));
    expect(totals.textContent).toContain(formatMoney(total, 'zh-CN'));
    const first = plan.offers[0]!;
    expect(rows[1]!.textContent).toContain(
      formatDate(addDays(today(), first.firstPaymentInDays), 'zh-CN'),
    );
    for (const header of ['机构', '方式', '每月金额', '期数（月）', '首次还款日', '合计']) {
      expect(within(table).getByRole('columnheader', { name: header }).getAttribute('scope')).toBe(
        'col',
      );
    }
  });

  it('shows an extension offer with its new due date', () => {
    const answers = SITUATIONS.short_gap;
    const offer = buildPlan(answers, { today: TODAY }).offers[0]!;
    expect(offer.method).toBe('extension');
    saveAnswers(answers);
    renderAt('/plan');
    const table = screen.getByRole('table', { name: /每家机构的建议方案/ });
    const date = formatDate(addDays(today(), offer.extensionDays ?? -1), 'zh-CN');
    expect(within(table).getByText(`新的到期日：${date}`)).toBeTruthy();
  });

  it('renders markup-looking lender names as plain text', () => {
    saveAnswers(SITUATIONS.hostile_names);
    const { container } = renderAt('/plan');
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps the page title neutral', () => {
    saveAnswers(SITUATIONS.five_lenders_sued);
    renderAt('/plan');
    expect(document.title).toMatch(/^我的还款计划/);
    for (const word of ['停息挂账', '债务重组', '停催', '话术', '逾期', '网贷']) {
      expect(document.title).not.toContain(word);
    }
  });

  it('copies a link without lender names by default, and with them when asked', async () => {
    const user = userEvent.setup();
    const answers = SITUATIONS.illness_two_lenders;
    saveAnswers(answers);
    renderAt('/plan');
    await user.click(screen.getByRole('button', { name: '复制计划链接' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('链接已复制。'));
    const copied = await navigator.clipboard.readText();
    const payload = copied.split('#/plan/')[1] ?? '';
    const withoutNames = decodeShareLink(payload);
    expect(withoutNames.ok && withoutNames.namesOmitted).toBe(true);
    expect(copied).not.toContain('借呗');

    await user.click(screen.getByRole('checkbox', { name: '链接和日历里不写机构名称' }));
    await user.click(screen.getByRole('button', { name: '复制计划链接' }));
    const withNames = decodeShareLink((await navigator.clipboard.readText()).split('#/plan/')[1]!);
    expect(withNames.ok && withNames.answers).toEqual(answers);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: '复制计划链接' }));
    const field = await screen.findByRole('textbox', { name: /计划链接/ });
    expect((field as HTMLInputElement).value).toMatch(/#\/plan\/1\./);
    expect(screen.getByRole('status').textContent).toContain('没能自动复制');
  });

  it('draws a QR code of the plan link on the page', async () => {
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    const qr = await screen.findByRole('img', { name: '打开这份还款计划的二维码' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100);
  });

  it('a link too long for a QR code or a chat: no code, no "scan", a warning and a shorter way', async () => {
    const user = userEvent.setup();
    const cjk = (seed: number) =>
      Array.from({ length: 40 }, (_, i) =>
        String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000)),
      ).join('');
    const base = SITUATIONS.short_gap;
    saveAnswers({
      ...base,
      debts: Array.from({ length: 20 }, (_, i) => ({ ...base.debts[0]!, name: cjk(i) })),
    });
    renderAt('/plan');
    const qrSection = sectionByHeading(t('plan:sections.qr'));
    const scan = t('plan:qr.caption');
    // Names are left out by default: the link is short and the code is there.
    await within(qrSection).findByRole('img', { name: t('plan:qr.alt') });
    expect(qrSection.textContent).toContain(scan);
    expect(screen.queryByTestId('link-too-long')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: t('plan:actions.omit_names') }));
    await waitFor(() => expect(within(qrSection).queryByRole('img')).toBeNull());
    expect(qrSection.textContent).not.toContain(scan);
    expect(qrSection.textContent).toContain(t('plan:qr.too_long'));
    const warning = screen.getByTestId('link-too-long');
    expect(warning.textContent).toContain(t('plan:actions.link_too_long'));

    // Leaving names out again, from the warning: the short link and its code come back.
    await user.click(
      within(warning).getByRole('button', { name: t('plan:actions.leave_names_out') }),
    );
    expect(screen.queryByTestId('link-too-long')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: t('plan:actions.omit_names') }),
    );
    await within(qrSection).findByRole('img', { name: t('plan:qr.alt') });
    expect(qrSection.textContent).toContain(scan);

    // And from the QR section.
    await user.click(screen.getByRole('checkbox', { name: t('plan:actions.omit_names') }));
    await user.click(within(qrSection).getByRole('button', { name: t('plan:qr.leave_names_out') }));
    await within(qrSection).findByRole('img', { name: t('plan:qr.alt') });
  });

  it('prints when the print button is pressed', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    await user.click(screen.getByRole('button', { name: '打印计划' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('offers the calendar as an .ics download', async () => {
    const user = userEvent.setup();
    let saved: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = (blob: Blob) => {
      saved = blob;
      return 'blob:plan';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    await user.click(screen.getByRole('button', { name: '下载日历提醒' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('日历文件已生成'));
    expect(fileName).toBe('repayment-plan.ics');
    const text = await saved!.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('还款提醒');
    expect(text).not.toContain('花呗'); // names are left out unless the box is unticked
  });

  it('has the links to letters, the log and the cost tool, and to edit answers', () => {
    saveAnswers(SITUATIONS.five_lenders_sued);
    renderAt('/plan');
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    for (const href of [
      '/letters/negotiation_request',
      '/letters/hardship_application',
      '/letters/collection_complaint',
      '/log',
      '/tools/true-cost',
      '/check',
    ]) {
      expect(hrefs).toContain(href);
    }
  });

  it('starts again only after confirming', async () => {
    const user = userEvent.setup();
    saveAnswers(SITUATIONS.short_gap);
    renderAt('/plan');
    await user.click(screen.getByRole('button', { name: '重新开始' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(useAnswersStore.getState().draft.debts).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '重新开始' }));
    expect(document.activeElement?.textContent).toContain('确定吗');
    await user.click(screen.getByRole('button', { name: '确定，清除并重新开始' }));
    expect(useAnswersStore.getState().draft).toEqual({});
    expect(screen.getByTestId('location').textContent).toBe('/');
  });

  it('shows the law in Chinese with a marked plain-English explanation in English', () => {
    const answers = SITUATIONS.five_lenders_sued;
    saveAnswers(answers);
    renderAt('/plan', 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'My repayment plan' })).toBeTruthy();
    const legal = sectionByHeading('Laws that apply');
    const cards = within(legal).getAllByRole('article');
    expect(cards).toHaveLength(buildPlan(answers, { today: TODAY }).legalRefs.length);
    expect(
      within(legal).getAllByText('Plain-English explanation (not an official translation):'),
    ).toHaveLength(cards.length);
    const quoted = buildPlan(answers, { today: TODAY }).legalRefs.filter(
      (id) => refs[id]?.label === 'VERIFIED-REPO' && refs[id]?.text,
    );
    const quotes = [...legal.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual(quoted.map((id) => refs[id]!.text));
    for (const quote of quotes) expect(quote.getAttribute('lang')).toBe('zh-CN');
  });
});
