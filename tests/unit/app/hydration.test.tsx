/**
 * The start page is prerendered at build (src/app/prerender/entry-server.tsx) and the app then
 * hydrates that HTML (src/app/start.tsx). Both sides must render the same tree: a difference
 * (another router, another nesting) shifts React's generated ids, and React then leaves the
 * prerendered attributes in place without patching them, so a label could point at the wrong
 * field. React's development build, which the tests run, reports every such mismatch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderStartPage } from '../../../src/app/prerender/entry-server';
import { appElement } from '../../../src/app/start';
import { initTestI18n, resetAnswers } from '../test-utils';

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  resetAnswers();
  history.replaceState(null, '', '#/');
  container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  vi.restoreAllMocks();
});

describe.each(['zh-CN', 'en'] as const)('hydrating the prerendered start page (%s)', (locale) => {
  it('matches the prerendered HTML exactly: no mismatch reported, the same nodes kept', async () => {
    initTestI18n(locale);
    const { html } = renderStartPage(locale);
    container.innerHTML = html;
    container.dataset.prerendered = locale;
    const heading = container.querySelector('h1');
    const checkbox = container.querySelector('footer input[type="checkbox"]');
    const label = container.querySelector('footer label');
    expect(heading).not.toBeNull();
    expect(label?.getAttribute('for')).toBe(checkbox?.id);

    const reports: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => reports.push(args));
    vi.spyOn(console, 'warn').mockImplementation((...args) => reports.push(args));
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, appElement(container), { onRecoverableError: recoverable });
    });

    expect(reports).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('h1')).toBe(heading);
    expect(container.querySelector('footer input[type="checkbox"]')).toBe(checkbox);
    expect(container.hasAttribute('data-prerendered')).toBe(false);
  });
});
