import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deflateSync } from 'fflate';
import { STORAGE_KEY, useAnswersStore } from '../../../src/store/answers-store';
import { encodeShareLink } from '../../../src/lib/share-codec';
import { renderAt } from './render-plan';
import { golden, SITUATIONS } from './situations';

const own = SITUATIONS.short_gap;
const theirs = SITUATIONS.five_lenders_sued;

/** Each section's text, without the owner's own edit links (a shared view is read-only). */
function planText(container: HTMLElement) {
  const sections = [...container.querySelectorAll('article.plan > section')];
  return sections.map((s) => {
    const copy = s.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-owner-only]').forEach((el) => el.remove());
    return copy.textContent;
  });
}

/** A payload with a correct checksum around arbitrary JSON, to reach invalid_answers. */
function wrapJson(value: unknown): string {
  const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(value)));
  let h = 0x811c9dc5;
  for (const b of deflated) h = Math.imul(h ^ b, 0x01000193);
  h >>>= 0;
  const header = [
    deflated.length >> 8,
    deflated.length & 0xff,
    h >>> 24,
    (h >>> 16) & 255,
    (h >>> 8) & 255,
    h & 255,
  ];
  return `1.${Buffer.from(new Uint8Array([...header, ...deflated])).toString('base64url')}`;
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
  useAnswersStore.getState().replaceWith(own);
});

describe('shared plan link', () => {
  it('opens the same plan as the sender sees, read-only, and leaves my answers alone', () => {
    const payload = encodeShareLink(theirs);
    useAnswersStore.getState().replaceWith(theirs);
    const sender = renderAt('/plan');
    const expected = planText(sender.container);
    sender.unmount();

    useAnswersStore.getState().replaceWith(own);
    const before = localStorage.getItem(STORAGE_KEY);
    const { container } = renderAt(`/plan/${payload}`);
    expect(screen.getByText('这是别人分享给你的计划')).toBeTruthy();
    expect(planText(container)).toEqual(expected);
    // Nothing in a shared view edits the reader's own answers.
    expect(container.querySelector('a[href*="/step/"]')).toBeNull();
    expect(document.title).toMatch(/^我的还款计划/);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(useAnswersStore.getState().draft.debts).toEqual(own.debts);
  });

  it('shows neutral lender labels when the sender left names out', () => {
    const payload = encodeShareLink(theirs, { omitNames: true });
    renderAt(`/plan/${payload}`);
    const table = screen.getByRole('table', { name: /每家机构的建议方案/ });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['机构 1', '机构 2', '机构 3', '机构 4', '机构 5', '全部合计']);
    expect(document.body.textContent).not.toContain('招商银行');
  });

  it('uses localised labels in English', () => {
    renderAt(`/plan/${golden('names-omitted').payload}`, 'en');
    expect(screen.getByText('Someone shared this plan with you')).toBeTruthy();
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toContain('Lender 2');
  });

  it('replaces my answers with the shared ones only after I confirm', async () => {
    const user = userEvent.setup();
    renderAt(`/plan/${encodeShareLink(theirs)}`);
    await user.click(screen.getByRole('button', { name: '把这些回答用作我的' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(useAnswersStore.getState().draft.debts).toEqual(own.debts);
    expect(screen.getByTestId('location').textContent).toMatch(/^\/plan\/1\./);

    await user.click(screen.getByRole('button', { name: '把这些回答用作我的' }));
    await user.click(screen.getByRole('button', { name: '确定，用这些回答' }));
    expect(useAnswersStore.getState().draft.debts).toEqual(theirs.debts);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.draft.cause).toBe(
      theirs.cause,
    );
    expect(screen.getByTestId('location').textContent).toBe('/plan');
    expect(screen.queryByText('这是别人分享给你的计划')).toBeNull();
  });

  it('can be taken over with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderAt(`/plan/${encodeShareLink(theirs)}`);
    const take = screen.getByRole('button', { name: '把这些回答用作我的' });
    take.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toContain('替换');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('确定，用这些回答');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('location').textContent).toBe('/plan');
    expect(useAnswersStore.getState().draft.cause).toBe(theirs.cause);
  });

  const valid = encodeShareLink(theirs);
  it.each([
    ['truncated', valid.slice(0, -10), '不完整'],
    ['not_base64', `${valid.slice(0, 20)}*${valid.slice(21)}`, '无法识别的字符'],
    ['bad_version', `9.${valid.slice(2)}`, '不认识的版本'],
    ['corrupt', valid.slice(0, 30) + (valid[30] === 'A' ? 'B' : 'A') + valid.slice(31), '被改动过'],
    ['too_large', `1.${'A'.repeat(9000)}`, '太长'],
    [
      'invalid_answers',
      wrapJson([0, 0, null, -1, 0, 0, [['x', 0, 1, 0, null, null]], [], [], 0, 0]),
      '不完整或不合理',
    ],
  ])('%s: explains the problem, offers a way on, and keeps my answers', (_kind, payload, words) => {
    const before = localStorage.getItem(STORAGE_KEY);
    expect(before).toContain('花呗');
    renderAt(`/plan/${payload}`);
    expect(screen.getByRole('heading', { level: 1, name: '这个链接打不开' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(words);
    expect(screen.getByRole('link', { name: '从头开始' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '回到首页' }).getAttribute('href')).toBe('/');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('explains a broken link in English too', () => {
    renderAt('/plan/hello', 'en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This link cannot be opened' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('not made by this tool');
  });
});
