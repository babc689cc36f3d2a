import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { useAnswersStore } from '../../../src/store/answers-store';
import { useLogStore } from '../../../src/store/log-store';
import { encodeShareLink } from '../../../src/lib/share-codec';
import { makeI18n, renderAt } from './render-plan';
import { SITUATIONS } from './situations';

const t = makeI18n('zh-CN').t;

function recordContact() {
  useLogStore.getState().add({
    lender: '记录里的借呗',
    date: '2026-11-20',
    time: '23:30',
    channel: 'phone',
    person: '工号 8899',
    offered: '每月 500 元，分 12 期',
    result: '对方说要请示',
    writtenConfirmation: false,
    contactedFamily: true,
  });
}

beforeEach(() => {
  localStorage.clear();
  useAnswersStore.setState({ draft: {} });
  useLogStore.getState().clear();
});

describe('recorded negotiation log on the plan', () => {
  it('shows (and prints) the contacts I recorded with my own plan', async () => {
    useAnswersStore.getState().replaceWith(SITUATIONS.short_gap);
    recordContact();
    renderAt('/plan');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: t('plan:sections.recorded_log'),
    });
    const section = heading.closest('section') as HTMLElement;
    expect(section.className).not.toContain('print-only');
    expect(section.className).not.toContain('no-print');
    const table = within(section).getByRole('table');
    expect(within(table).getByText('记录里的借呗')).toBeTruthy();
    expect(within(table).getByText('工号 8899')).toBeTruthy();
  });

  it('has no recorded-log section when nothing is recorded', async () => {
    useAnswersStore.getState().replaceWith(SITUATIONS.short_gap);
    renderAt('/plan');
    await screen.findByRole('heading', { level: 1, name: t('plan:title') });
    expect(screen.queryByRole('heading', { name: t('plan:sections.recorded_log') })).toBeNull();
  });

  it('never shows my own log inside a plan someone shared with me', async () => {
    recordContact();
    renderAt(`/plan/${encodeShareLink(SITUATIONS.five_lenders_sued, { omitNames: false })}`);
    await screen.findByRole('heading', { level: 1, name: t('plan:title') });
    expect(screen.queryByText('记录里的借呗')).toBeNull();
    expect(screen.queryByRole('heading', { name: t('plan:sections.recorded_log') })).toBeNull();
  });
});
