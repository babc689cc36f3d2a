// The start page renders in zh-CN, says that answers stay on this device, and asks nothing
// of any other host. Every main page opens with a heading and a clean console.
import { appStarted, assert, exactly, expectVisible, openFresh, test } from './harness.mjs';
import { SALARY_LATE, content, seedDraftScript, text } from './fixtures.mjs';

const app = content('zh-CN', 'app');
const wizard = content('zh-CN', 'wizard');
const home = content('zh-CN', 'home');
const plan = content('zh-CN', 'plan');
const tools = content('zh-CN', 'tools');
const letters = content('zh-CN', 'letters');

test('start page renders in zh-CN with the privacy promise', async ({ page, url, screenshot }) => {
  await page.goto(url('/'));
  await expectVisible(page.getByRole('heading', { level: 1, name: text(home, 'start.title') }));
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await expectVisible(page.getByRole('link', { name: exactly(text(app, 'name')) }));
  await expectVisible(page.getByRole('heading', { name: text(home, 'start.privacy_title') }));
  await expectVisible(page.getByText(text(home, 'start.privacy')));
  await expectVisible(page.getByText(text(app, 'footer.privacy')));
  await expectVisible(page.getByRole('link', { name: exactly(text(home, 'start.start')) }));
  // The page is on screen from its HTML before the app runs; the app then names the page.
  await appStarted(page);
  assert.match(await page.title(), new RegExp(text(app, 'name')));
  await screenshot('start');
});

test('the main pages open with a heading, answers saved', async ({ page, url, screenshot }) => {
  await page.goto(url('/'));
  await page.evaluate(seedDraftScript(SALARY_LATE));
  const pages = [
    { path: '/check', heading: text(wizard, 'check.title'), shot: 'check-answers' },
    { path: '/step/cause', heading: text(wizard, 'steps.cause.title'), shot: 'step-cause' },
    { path: '/step/debts', heading: text(wizard, 'steps.debts.title'), shot: 'step-debts' },
    { path: '/plan', heading: text(plan, 'title'), shot: 'plan' },
    { path: '/tools/true-cost', heading: text(tools, 'true_cost.title'), shot: 'true-cost' },
    {
      path: '/letters/negotiation_request',
      heading: text(letters, 'negotiation_request.title'),
      shot: 'letter',
    },
    { path: '/log', heading: text(tools, 'log.title'), shot: 'negotiation-log' },
  ];
  for (const p of pages) {
    await openFresh(page, url(p.path));
    await expectVisible(page.getByRole('heading', { level: 1, name: p.heading }));
    await screenshot(p.shot);
  }
});
