import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderRoute, resetAnswers } from '../test-utils';
import { encodeShareLink } from '../../../src/lib/share-codec';
import { answersWith } from './app-fixture';

// The app's own routes (src/app/App.tsx): what a chat app did to a link decides the page.
const payload = encodeShareLink(answersWith('分享的银行'));
const notFound = '找不到这个页面';
const broken = '这个链接打不开';

beforeEach(() => resetAnswers());

describe('plan links through the app routes', { timeout: 30_000 }, () => {
  it.each([
    ['as made', `/plan/${payload}`],
    ['with a / inserted', `/plan/${payload.slice(0, 15)}/${payload.slice(15)}`],
    ['with a / at the end', `/plan/${payload}/`],
    ['with WeChat keys after it', `/plan/${payload}&from=singlemessage&isappinstalled=0`],
    ['with a query inside the hash', `/plan/${payload}?from=groupmessage&isappinstalled=0`],
  ])('opens the shared plan %s', async (_label, path) => {
    renderRoute(path);
    expect(await screen.findByText('这是别人分享给你的计划')).toBeTruthy();
    expect(screen.getAllByText('分享的银行').length).toBeGreaterThan(0);
    expect(screen.queryByText(notFound)).toBeNull();
  });

  it.each([
    ['nothing after /plan/', '/plan/'],
    ['letters run on after it', `/plan/${payload}xyz`],
    ['cut short', `/plan/${payload.slice(0, -5)}`],
    ['cut into pieces', `/plan/${payload.slice(0, 10)}/x/${payload.slice(10)}/y`],
    ['not a plan at all', '/plan/hello/world'],
  ])(
    'a damaged link (%s) gets the broken-link message, never "page not found"',
    async (_l, path) => {
      renderRoute(path);
      expect(await screen.findByRole('heading', { level: 1, name: broken })).toBeTruthy();
      expect(screen.queryByText(notFound)).toBeNull();
      expect(screen.queryByText('分享的银行')).toBeNull();
    },
  );
});
