import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { initTestI18n, renderRoute, resetAnswers } from '../test-utils';

beforeEach(() => {
  resetAnswers();
  initTestI18n('en');
});
afterEach(() => {
  initTestI18n('zh-CN');
});

describe('the wizard in English', { timeout: 30_000 }, () => {
  it('asks and validates in English', async () => {
    const { user } = renderRoute('/step/income');
    const input = await screen.findByLabelText(
      'About how much money do you take home each month now?',
    );
    expect(screen.getByText('Step 3 of 10')).toBeTruthy();
    await user.type(input, 'lots');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Monthly income: use numbers only, for example 5000, 1.2万 or 3千',
    );
  });
});
