// Layout and keyboard details in the real browser:
// - nothing scrolls sideways at 320 px wide, nor at 1280 px with 200 % zoom, on every main page
//   in both languages. Zoom is emulated by a 640 × 400 CSS-pixel viewport: browser zoom at 200 %
//   halves the CSS viewport (1280 → 640) and media queries see 640, so the layout is the same;
//   a device scale factor only changes how many device pixels paint each CSS pixel, not layout.
// - with prefers-reduced-motion: reduce, no transition or animation lasts;
// - every focusable element shows a visible focus indicator when reached with Tab;
// - on each step change focus lands on the new h1; after an invalid submit focus is on the
//   error summary, and its links move focus to the fields.
// Screenshots (390 × 844 and 1280 × 800) of the pages no other spec saves: error states, the
// add-debt form, the rich plan, the broken-link and unknown pages, the tools with results.
import {
  assert,
  exactly,
  expectVisible,
  focusedElement,
  openFresh,
  tabTo,
  test,
} from './harness.mjs';
import { content, text } from './fixtures.mjs';
import { texts } from './wizard.mjs';
import { LOCALES, RICH_DRAFT, openWith } from './axe.mjs';

/** @typedef {import('playwright-core').Page} Page */

const NARROW = { width: 320, height: 640 };
const ZOOMED = { width: 640, height: 400 }; // 1280 × 800 at 200 %
const PHONE = { width: 390, height: 844 };

async function settle(/** @type {Page} */ page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * Checks, at 320 px and at 200 % zoom, that the page is no wider than the window; records any
 * failure in `problems` with the elements that stick out.
 */
async function checkNoSideways(
  /** @type {Page} */ page,
  /** @type {string} */ state,
  /** @type {string[]} */ problems,
) {
  for (const size of [NARROW, ZOOMED]) {
    await page.setViewportSize(size);
    await settle(page);
    const r = await page.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const offenders = [];
      if (root.scrollWidth > width) {
        for (const el of document.body.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 1) {
            const cls = typeof el.className === 'string' ? el.className.trim() : '';
            offenders.push(
              `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''} (right ${Math.round(box.right)})`,
            );
          }
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
    });
    if (r.scrollWidth > r.clientWidth) {
      problems.push(
        `[${state} @ ${size.width} px] scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}: ${r.offenders.slice(0, 5).join(', ')}`,
      );
    }
  }
  await page.setViewportSize(PHONE);
}

for (const locale of LOCALES) {
  const plan = content(locale, 'plan');
  const tools = content(locale, 'tools');
  const letters = content(locale, 'letters');
  const app = content(locale, 'app');
  const { w, h } = texts(locale);
  const zh = locale === 'zh-CN';
  const shot = (/** @type {string} */ name) => (zh ? name : `${name}-en`);

  test(
    `[${locale}] nothing scrolls sideways at 320 px or at 200 % zoom; screenshots`,
    async ({ page, context, url, baseURL, screenshot }) => {
      const problems = [];
      const continueButton = page.getByRole('button', { name: exactly(w('common.continue')) });
      const errorSummary = page.getByRole('heading', { name: w('common.error_summary_title') });

      await openWith(page, url, { locale });
      await expectVisible(page.getByRole('heading', { level: 1, name: h('start.title') }));
      await checkNoSideways(page, 'start', problems);

      await page.goto(url('/step/cause'));
      await continueButton.click();
      await expectVisible(errorSummary);
      await checkNoSideways(page, 'error: cause', problems);
      await screenshot(shot('error-summary'));

      // Every step of a rich situation, then the debt form and check answers.
      await openWith(page, url, { locale, draft: RICH_DRAFT, path: '/step/cause' });
      await expectVisible(page.getByRole('heading', { level: 1, name: w('steps.cause.title') }));
      for (const step of [
        'cause',
        'income_expected',
        'income',
        'essentials',
        'lump_sum',
        'debts',
        'legal',
        'court_paper',
        'paper_received',
        'court_date',
        'collection',
        'evidence',
        'negotiated',
      ]) {
        await page.goto(url(`/step/${step}`));
        await page.locator('h1').first().waitFor();
        await checkNoSideways(page, `step ${step}`, problems);
      }
      await page.goto(url('/step/debts?debt=new'));
      await expectVisible(page.getByRole('heading', { level: 1, name: w('debt.form.title_add') }));
      await checkNoSideways(page, 'add-debt form', problems);
      await page.getByRole('button', { name: exactly(w('debt.form.save')) }).click();
      await expectVisible(errorSummary);
      await checkNoSideways(page, 'error: add-debt form', problems);
      if (zh) await screenshot('debt-form-errors');
      await page.goto(url('/check'));
      await expectVisible(page.getByRole('heading', { level: 1, name: w('check.title') }));
      await checkNoSideways(page, 'check answers', problems);

      // The plan, its share link, a broken link, an unknown page.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL).origin,
      });
      await page.goto(url('/plan'));
      await expectVisible(page.getByRole('heading', { level: 1, name: text(plan, 'title') }));
      await checkNoSideways(page, 'plan', problems);
      await screenshot(shot('plan-rich'));
      await page.getByRole('button', { name: exactly(text(plan, 'actions.copy_link')) }).click();
      await expectVisible(page.getByText(text(plan, 'actions.copied')));
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await page.goto(link);
      await page.reload();
      await expectVisible(page.getByText(text(plan, 'shared.banner')).first());
      await checkNoSideways(page, 'shared-link view', problems);
      if (!zh) await screenshot('shared-plan-en');
      await openFresh(page, url('/plan/garbage'));
      await expectVisible(
        page.getByRole('heading', { level: 1, name: text(plan, 'shared.error_title') }),
      );
      await checkNoSideways(page, 'broken link', problems);
      await screenshot(shot('broken-link'));
      await page.goto(url('/no/such/page'));
      await expectVisible(
        page.getByRole('heading', { level: 1, name: text(app, 'not_found.title') }),
      );
      await checkNoSideways(page, 'unknown page', problems);
      if (zh) await screenshot('not-found');

      // Tools.
      const tc = (/** @type {string} */ key) => text(tools, `true_cost.${key}`);
      await page.goto(url('/tools/true-cost'));
      await page.getByRole('textbox', { name: tc('received.label') }).fill('10000');
      await page.getByRole('textbox', { name: tc('payment.label') }).fill('1000');
      await page.getByRole('textbox', { name: tc('count.label') }).fill('12');
      await page.getByRole('button', { name: exactly(tc('submit')) }).click();
      await expectVisible(page.getByRole('heading', { name: tc('result.heading') }));
      await checkNoSideways(page, 'true cost result', problems);
      if (zh) await screenshot('true-cost-result');
      for (const id of ['negotiation_request', 'hardship_application', 'collection_complaint']) {
        await page.goto(url(`/letters/${id}`));
        await expectVisible(
          page.getByRole('heading', { level: 1, name: text(letters, `${id}.title`) }),
        );
        await checkNoSideways(page, `letter ${id}`, problems);
      }
      if (!zh) await screenshot('letter-en');
      const log = (/** @type {string} */ key) => text(tools, `log.${key}`);
      await page.goto(url('/log'));
      await page.getByRole('combobox', { name: log('lender.label') }).selectOption({ index: 1 });
      await page.getByLabel(log('date.label')).fill('2026-11-20');
      await page.getByLabel(log('time.label')).fill('22:30');
      await page.getByRole('radio', { name: exactly(log('channels.phone')) }).check();
      await page.getByRole('radio', { name: exactly(log('written.no')) }).check();
      await page.getByRole('button', { name: exactly(log('save_add')) }).click();
      await expectVisible(page.getByText(log('flags.outside_hours')));
      await checkNoSideways(page, 'negotiation log with an entry', problems);
      if (zh) await screenshot('negotiation-log-entry');

      assert.deepEqual(problems, [], `pages scroll sideways:\n${problems.join('\n')}`);
    },
    { timeout: 240_000 },
  );
}

/** Durations (seconds) of every transition and animation on the page, pseudo-elements too. */
async function motionDurations(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const seconds = (/** @type {string} */ list) =>
      list
        .split(',')
        .map((d) => d.trim())
        .map((d) => (d.endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)))
        .filter((n) => Number.isFinite(n));
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const longest = Math.max(
          0,
          ...seconds(s.transitionDuration),
          ...(s.animationName === 'none' ? [] : seconds(s.animationDuration)),
        );
        if (longest > 0)
          found.push({
            what: `${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.className}`,
            longest,
          });
      }
    }
    return {
      found,
      smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
    };
  });
}

test('prefers-reduced-motion: reduce stops every transition and animation', async ({
  page,
  url,
}) => {
  await openWith(page, url, { locale: 'zh-CN', draft: RICH_DRAFT, path: '/step/cause' });
  await page.locator('h1').first().waitFor();
  // Without the preference the interface does use a little motion (so the check below means
  // something); with it, nothing lasts longer than a hundredth of a millisecond.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await motionDurations(page);
  assert.ok(normal.found.length > 0, 'no transition at all: nothing to reduce');
  for (const path of ['/step/cause', '/plan', '/tools/true-cost', '/log']) {
    await page.goto(url(path));
    await page.locator('h1').first().waitFor();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const reduced = await motionDurations(page);
    const lasting = reduced.found.filter((f) => f.longest > 0.001);
    assert.deepEqual(lasting, [], `${path}: motion still lasts with reduced motion`);
    assert.equal(reduced.smoothScroll, false, `${path}: smooth scrolling with reduced motion`);
  }
});

/** Describes how the focused element shows focus: outline or box shadow, or nothing. */
async function focusIndicator(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const onScreen =
      box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      visible: (outline || shadow) && onScreen && box.width > 0,
    };
  });
}

test('Tab shows a visible focus indicator on every control', async ({ page, url }) => {
  const problems = [];
  const checked = new Set();
  for (const path of [
    '/',
    '/step/cause',
    '/step/essentials',
    '/step/collection',
    '/step/debts',
    '/check',
    '/plan',
    '/log',
  ]) {
    await openWith(page, url, { locale: 'zh-CN', draft: RICH_DRAFT, path });
    await page.locator('h1').first().waitFor();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const f = await focusIndicator(page);
      if (!f) break;
      if (checked.has(`${path} ${f.element}`)) break; // wrapped around
      checked.add(`${path} ${f.element}`);
      if (!f.visible) problems.push(`${path}: ${f.element}`);
    }
  }
  assert.ok(checked.size > 40, `only ${checked.size} elements reached with Tab`);
  assert.deepEqual(problems, [], `no visible focus indicator on:\n${problems.join('\n')}`);
});

test('step changes move focus to the new h1; the error summary takes focus and links to fields', async ({
  page,
  url,
}) => {
  const { w, h } = texts('zh-CN');
  const focusedH1 = () =>
    page.evaluate(() =>
      document.activeElement?.tagName === 'H1' ? document.activeElement.textContent?.trim() : null,
    );

  // Start page → first step, by keyboard: focus on the step's heading.
  await openWith(page, url, { locale: 'zh-CN' });
  await tabTo(page, exactly(h('start.start')), { tag: 'a' });
  await page.keyboard.press('Enter');
  await expectVisible(page.getByRole('heading', { level: 1, name: w('steps.cause.title') }));
  assert.equal(await focusedH1(), w('steps.cause.title'));

  // Continue with nothing chosen: the summary has focus, its link focuses the first radio.
  await tabTo(page, exactly(w('common.continue')), { tag: 'button' });
  await page.keyboard.press('Enter');
  await expectVisible(page.getByRole('heading', { name: w('common.error_summary_title') }));
  const summaryFocused = await page.evaluate(
    () => document.activeElement?.classList.contains('error-summary') ?? false,
  );
  assert.ok(summaryFocused, 'the error summary does not have focus after the invalid submit');
  await page.keyboard.press('Tab');
  const link = await focusedElement(page);
  assert.equal(link.tag, 'a', `Tab from the summary went to ${link.tag} "${link.name}"`);
  const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('Enter');
  const landed = await focusedElement(page);
  assert.equal(landed.type, 'radio', `the summary link moved focus to ${landed.tag}`);
  assert.equal(
    await page.evaluate(() => `#${document.activeElement?.id}`),
    target,
    'focus is not on the field the link names',
  );

  // Choose, continue: each step change puts focus on the new h1.
  await page.keyboard.press('Space');
  let before = w('steps.cause.title');
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('button', { name: exactly(w('common.continue')) }).press('Enter');
    await page.waitForFunction(
      (b) => (document.querySelector('h1')?.textContent?.trim() ?? b) !== b,
      before,
    );
    const now = await focusedH1();
    assert.ok(now && now !== before, `after "${before}" focus is not on the new h1 (${now})`);
    before = now;
    // Fill whatever the step asks with something valid, by its first text box or radio.
    const box = page.getByRole('textbox').first();
    if (await box.count()) await box.fill('7');
    const unknown = page.getByRole('checkbox', { name: w('fields.incomeExpectedInDays.unknown') });
    if ((await box.count()) === 0 && (await unknown.count())) await unknown.check();
  }

  // The add-debt form: every summary link (clicked) focuses its own field.
  await page.goto(url('/step/debts?debt=new'));
  await page.getByRole('button', { name: exactly(w('debt.form.save')) }).click();
  await expectVisible(page.getByRole('heading', { name: w('common.error_summary_title') }));
  const hrefs = await page
    .locator('.error-summary a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 4, `only ${hrefs.length} errors listed for an empty debt form`);
  for (const href of hrefs) {
    await page.locator(`.error-summary a[href="${href}"]`).click();
    const id = await page.evaluate(() => document.activeElement?.id);
    assert.equal(`#${id}`, href, `the summary link ${href} focused #${id}`);
  }
});
