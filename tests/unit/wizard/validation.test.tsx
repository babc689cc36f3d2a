import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { currentPath, renderRoute, resetAnswers } from '../test-utils';

beforeEach(resetAnswers);

const INCOME = '你现在每月到手的收入大约是多少？';

async function submitIncome(text: string) {
  const view = renderRoute('/step/income');
  const input = await screen.findByLabelText(INCOME);
  if (text) await view.user.type(input, text);
  await view.user.click(screen.getByRole('button', { name: '继续' }));
  return { ...view, input };
}

describe('validation on a question page', { timeout: 30_000 }, () => {
  it('shows a focused error summary and a message at the field for an invalid amount', async () => {
    const { user, router, input } = await submitIncome('五千块');
    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading').textContent).toBe('请先修改下面的内容');
    const link = within(summary).getByRole('link', {
      name: '每月收入：请只填数字，例如 5000、1.2万 或 3千',
    });
    // The message at the field, tied to the input for screen readers.
    const message = document.getElementById(
      input.getAttribute('aria-describedby')!.split(' ').pop()!,
    );
    expect(message?.textContent).toBe('错误：每月收入：请只填数字，例如 5000、1.2万 或 3千');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.title.startsWith('错误：')).toBe(true);
    // Still on the same page.
    expect(currentPath(router)).toBe('/step/income');

    await user.click(link);
    expect(document.activeElement).toBe(input);
  });

  it.each([
    ['', '请输入每月收入，例如 5000；没有收入请填 0'],
    ['-300', '每月收入：不能是负数，没有就填 0'],
    ['1234.567', '每月收入：最多保留两位小数（到分），例如 1234.56'],
    ['2亿', '每月收入：请只填数字，例如 5000、1.2万 或 3千'],
    ['100000001', '每月收入：超过了 1 亿元，请检查是不是多输了 0'],
  ])('%j says what to do: %s', async (text, message) => {
    await submitIncome(text);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(message);
  });

  it('accepts full-width digits and 万, and moves on', async () => {
    const { router } = await submitIncome('０.５万');
    await screen.findByRole('heading', { name: '你每月必要的生活开支有多少？' });
    expect(currentPath(router)).toBe('/step/essentials');
    // The answer is kept: going back shows it.
    router.navigate('/step/income');
    expect(((await screen.findByLabelText(INCOME)) as HTMLInputElement).value).toBe('5000');
  });

  it('asks for a choice on a radio page and links to the first option', async () => {
    const { user } = renderRoute('/step/legal');
    await user.click(await screen.findByRole('button', { name: '继续' }));
    const link = within(await screen.findByRole('alert')).getByRole('link', {
      name: '请选择贷款方走到了哪一步；都没有就选第一项',
    });
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /没有，或只是电话/ }));
  });

  it('asks for at least one essential cost, and reports the part that is wrong', async () => {
    const { user } = renderRoute('/step/essentials');
    await user.click(await screen.findByRole('button', { name: '继续' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      '请至少填写一项开支，例如房租 1500；没有的项目可以空着',
    );
    await user.type(screen.getByLabelText('交通（上班、看病的路费）'), 'abc');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      '交通：请只填数字，例如 5000、1.2万 或 3千',
    );
  });

  it('the days question takes a number of days or "not sure"', async () => {
    const { user, router } = renderRoute('/step/income_expected');
    const input = await screen.findByLabelText(
      '大约多少天后，你会有一笔钱到账，足够还上已经逾期的部分？',
    );
    await user.type(input, '2.5');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toBe(
      '预计进账：请填整数天数，例如 30，不要带小数',
    );
    await user.clear(input);
    await user.type(input, '20天');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await screen.findByLabelText(INCOME);
    expect(currentPath(router)).toBe('/step/income');
  });
});
