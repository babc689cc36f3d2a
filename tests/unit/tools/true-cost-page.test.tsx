import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from './render-tools';

afterEach(cleanup);

// Full user journeys with real content: slower than unit tests, especially in parallel.
describe('true-cost page', { timeout: 30_000 }, () => {
  it('shows the annual rate, the totals and where it sits against 24% and 36%', async () => {
    const user = userEvent.setup();
    renderRoute('/tools/true-cost');
    await user.type(screen.getByLabelText('实际到手的金额'), '1万');
    await user.type(screen.getByLabelText('每期还款金额'), '1,000');
    await user.type(screen.getByLabelText('一共还多少期'), '１２');
    await user.click(screen.getByRole('button', { name: '计算' }));

    const result = screen.getByRole('region', { name: '计算结果' });
    expect(result.textContent).toContain('年化利率约 35.07%');
    expect(result.textContent).toContain('¥12,000');
    expect(result.textContent).toContain('¥2,000');
    expect(result.textContent).toContain('超过了年化 24%');
    expect(result.textContent).not.toContain('超过了年化 36%');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '计算结果' }));
  });

  it('a fee paid at the start pushes the same loan above 36%', async () => {
    const user = userEvent.setup();
    renderRoute('/tools/true-cost');
    await user.type(screen.getByLabelText('实际到手的金额'), '10000');
    await user.type(screen.getByLabelText('每期还款金额'), '1000');
    await user.type(screen.getByLabelText('一共还多少期'), '12');
    await user.type(screen.getByLabelText('放款时另外付出的费用（可不填）'), '800');
    await user.click(screen.getByRole('button', { name: '计算' }));
    expect(screen.getByRole('region', { name: '计算结果' }).textContent).toContain(
      '超过了年化 36%',
    );
  });

  it('lists every problem at the top and at each field, and focuses the summary', async () => {
    const user = userEvent.setup();
    renderRoute('/tools/true-cost');
    await user.type(screen.getByLabelText('每期还款金额'), 'abc');
    await user.type(screen.getByLabelText('一共还多少期'), '1.5');
    await user.click(screen.getByRole('button', { name: '计算' }));

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('请输入实际到手的金额，例如 10000');
    expect(summary.textContent).toContain('请只输入数字，例如 10000 或 1.2万');
    expect(summary.textContent).toContain('期数要用整数');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('实际到手的金额').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('region', { name: '计算结果' })).toBeNull();
  });

  it('says plainly when less is repaid than was received', async () => {
    const user = userEvent.setup();
    renderRoute('/tools/true-cost');
    await user.type(screen.getByLabelText('实际到手的金额'), '10000');
    await user.type(screen.getByLabelText('每期还款金额'), '500');
    await user.type(screen.getByLabelText('一共还多少期'), '12');
    await user.click(screen.getByRole('button', { name: '计算' }));
    expect(screen.getByRole('region', { name: '计算结果' }).textContent).toContain('没有利息成本');
  });

  it('quotes the legal texts from the legal content, marking reported wording as such', () => {
    renderRoute('/tools/true-cost');
    const legal = screen.getByRole('region', { name: '法律依据' });
    expect(legal.textContent).toContain('第二条');
    expect(legal.textContent).toContain('公开报道转载的文字');
    expect(legal.textContent).toContain('合同成立时一年期贷款市场报价利率四倍');
  });
});
