import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderRoute, resetAnswers } from '../test-utils';
import { useAnswersStore } from '../../../src/store/answers-store';
import { useLogStore } from '../../../src/store/log-store';
import { MAX_NAME_LENGTH } from '../../../src/rules/answers';
import { HOSTILE_NAME, LOG_ENTRY, answersWith } from './app-fixture';

/** The longest name the contract allows, with no place for the browser to break it. */
const LONG_NAME = '长'.repeat(MAX_NAME_LENGTH);

beforeEach(() => {
  resetAnswers();
  sessionStorage.clear();
  useLogStore.getState().clear();
});

/** Nothing the user typed became markup: no element, attribute or link carries it. */
function expectNoMarkupFrom(name: string) {
  expect(document.querySelector('img')).toBeNull();
  expect(document.querySelector('[onerror]')).toBeNull();
  for (const link of document.querySelectorAll('a')) {
    expect(link.getAttribute('href') ?? '').not.toContain('<');
  }
  expect(document.body.innerHTML).not.toContain(name);
  // ...but it is there, as text, exactly as typed.
  const text = document.body.textContent ?? '';
  const fields = [...document.querySelectorAll('textarea')].map((t) => t.value).join('\n');
  expect(`${text}\n${fields}`).toContain(name);
}

describe('a lender name that looks like HTML shows as plain text', { timeout: 30_000 }, () => {
  it.each([
    ['the check page', '/check'],
    ['the plan', '/plan'],
    ['a letter', '/letters/negotiation_request'],
    ['the complaint letter', '/letters/collection_complaint'],
  ])('on %s', async (_, path) => {
    useAnswersStore.getState().replaceWith(answersWith(HOSTILE_NAME));
    renderRoute(path);
    await screen.findByRole('heading', { level: 1 });
    // Pages built from the answers are ready once the first (plain) name shows.
    await screen.findAllByText(/平台一/);
    expectNoMarkupFrom(HOSTILE_NAME);
  });

  it('in the negotiation log', async () => {
    useAnswersStore.getState().replaceWith(answersWith(HOSTILE_NAME));
    useLogStore.getState().add({ ...LOG_ENTRY, lender: HOSTILE_NAME });
    renderRoute('/log');
    await screen.findByRole('heading', { level: 1 });
    await screen.findAllByText(HOSTILE_NAME);
    expectNoMarkupFrom(HOSTILE_NAME);
  });

  it('the longest allowed name shows whole on the check page and the plan', async () => {
    useAnswersStore.getState().replaceWith(answersWith(LONG_NAME));
    for (const path of ['/check', '/plan']) {
      const view = renderRoute(path);
      await screen.findByRole('heading', { level: 1 });
      await screen.findAllByText(/平台一/);
      expect(document.body.textContent).toContain(LONG_NAME);
      view.unmount();
    }
  });
});
