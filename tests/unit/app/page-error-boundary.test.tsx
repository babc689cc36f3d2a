import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { routes } from '../../../src/app/App';
import { initTestI18n, resetAnswers } from '../test-utils';
import { STORAGE_KEY, createAnswersStore, useAnswersStore } from '../../../src/store/answers-store';
import { answersWith } from './app-fixture';

/** A test-only page that fails while `broken.now` is true. */
const broken = { now: true };
function FailingPage(): never | null {
  if (broken.now) throw new Error('page failed');
  return null;
}

/** The app's real layout and pages, plus the failing page at /broken. */
function renderWithBrokenPage(path: string) {
  initTestI18n();
  const [layout] = routes;
  const router = createMemoryRouter(
    [
      {
        element: layout?.element,
        children: [
          { path: '/broken', element: <FailingPage /> },
          ...((layout?.children ?? []) as RouteObject[]),
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup({ delay: null }) };
}

beforeEach(() => {
  resetAnswers();
  broken.now = true;
  // React reports the caught error on the console; the page's message is what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  useAnswersStore.getState().replaceWith(answersWith());
});
afterEach(() => vi.restoreAllMocks());

describe('a page that fails', { timeout: 30_000 }, () => {
  it('shows a calm message with its heading focused, a way home, and keeps the answers', async () => {
    const savedBefore = localStorage.getItem(STORAGE_KEY);
    renderWithBrokenPage('/broken');

    const heading = await screen.findByRole('heading', { level: 1, name: '这个页面出了点问题' });
    expect(heading.closest('[role="alert"]')).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    screen.getByText(/你的回答仍然保存在这台设备上/);
    expect(screen.getByRole('link', { name: '回到首页' }).getAttribute('href')).toBe('/');
    // The rest of the app is still there: header, footer, quick exit.
    screen.getByRole('button', { name: '快速离开' });
    screen.getByRole('button', { name: '清除我的数据' });

    expect(localStorage.getItem(STORAGE_KEY)).toBe(savedBefore);
    expect(createAnswersStore().getState().draft.debts).toHaveLength(2);
  });

  it('the way home leaves the message behind and the saved answers are there', async () => {
    const { user, router } = renderWithBrokenPage('/broken');
    await user.click(await screen.findByRole('link', { name: '回到首页' }));
    await screen.findByRole('heading', { level: 1, name: '逾期了，先理清情况，再和贷款方好好谈' });
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByText('这个页面出了点问题')).toBeNull();
    screen.getByText('这台设备上还保存着你上次的回答。');
  });

  it('any other route shows its page again (the message does not stick)', async () => {
    const { router } = renderWithBrokenPage('/broken');
    await screen.findByRole('heading', { level: 1, name: '这个页面出了点问题' });
    await router.navigate('/check');
    await screen.findByRole('heading', { level: 1, name: '检查你的回答' });
    expect(screen.queryByText('这个页面出了点问题')).toBeNull();
  });

  it('"try again" renders the page again, and says so again if it still fails', async () => {
    const { user } = renderWithBrokenPage('/broken');
    await user.click(await screen.findByRole('button', { name: '再试一次' }));
    // Still broken: the message comes back rather than a blank page.
    const heading = await screen.findByRole('heading', { level: 1, name: '这个页面出了点问题' });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    broken.now = false;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(screen.queryByText('这个页面出了点问题')).toBeNull();
  });
});
