/**
 * Browser test runner: serves dist/ with Vite's preview server on 127.0.0.1, launches the
 * system Chromium once through playwright-core, and runs every tests/e2e/*.e2e.mjs spec,
 * each test in a fresh browser context.
 *
 * Global guards, checked after every test: no request outside the app's own origin, no console
 * error, no uncaught page error, no alert dialog. Any failure makes the exit code non-zero.
 * The server and the browser are always stopped, also after a failure, a timeout or Ctrl+C.
 *
 * Usage: node tests/e2e/run.mjs [filter…]   (filters match spec file names or test names)
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch.
 * Prints one line per test and a final line "N passed, N failed".
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { registry } from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const e2eDir = fileURLToPath(new URL('./', import.meta.url));
const screenshotDir = join(root, 'artifacts', 'screenshots');
const failureDir = join(root, 'artifacts', 'failures');
const RUN_TIMEOUT_MS = Number(process.env.E2E_RUN_TIMEOUT_MS ?? 15 * 60_000);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** @type {import('vite').PreviewServer | undefined} */
let server;
/** @type {import('playwright-core').Browser | undefined} */
let browser;
let cleaningUp = false;

async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\nstopped by ${signal}`);
    void cleanup().finally(() => process.exit(130));
  });
}

const watchdog = setTimeout(() => {
  console.error(`\nthe whole run took longer than ${RUN_TIMEOUT_MS / 1000} s: giving up`);
  void cleanup().finally(() => process.exit(1));
}, RUN_TIMEOUT_MS);
watchdog.unref();

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function safeName(text) {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

async function loadSpecs(filters) {
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const before = registry.length;
    await import(pathToFileURL(join(e2eDir, file)).href);
    for (const t of registry.slice(before)) tests.push({ ...t, file });
  }
  if (filters.length === 0) return tests;
  return tests.filter((t) => filters.some((f) => t.file.includes(f) || t.name.includes(f)));
}

/** Runs one test in a fresh context and returns the list of problems (empty: passed). */
async function runTest(t, baseURL) {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  const requests = [];
  const outsideRequests = [];
  const consoleErrors = [];
  const dialogs = [];

  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    const { protocol, origin: requestOrigin } = new URL(url);
    const local = protocol === 'data:' || protocol === 'blob:' || requestOrigin === origin;
    if (!local) outsideRequests.push(url);
  });
  const watchPage = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location()?.url;
        consoleErrors.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push({ type: dialog.type(), message: dialog.message() });
      void dialog.dismiss().catch(() => {});
    });
  };
  context.on('page', watchPage);
  const page = await context.newPage();

  const fixture = {
    page,
    context,
    baseURL,
    url: (hashPath = '/') => `${baseURL}#${hashPath}`,
    requests,
    outsideRequests,
    consoleErrors,
    dialogs,
    async screenshot(name) {
      mkdirSync(screenshotDir, { recursive: true });
      const previous = page.viewportSize() ?? PHONE;
      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        await page.screenshot({
          path: join(screenshotDir, `${safeName(name)}-${size.width}.png`),
          fullPage: true,
          timeout: 60_000, // a long plan makes a tall page
        });
      }
      await page.setViewportSize(previous);
    },
  };

  const problems = [];
  try {
    await withTimeout(t.fn(fixture), t.timeout, 'test');
  } catch (error) {
    problems.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    try {
      mkdirSync(failureDir, { recursive: true });
      await withTimeout(
        page.screenshot({ path: join(failureDir, `${safeName(t.name)}.png`), fullPage: true }),
        5_000,
        'failure screenshot',
      );
    } catch {
      // the page may be gone; the error above is what matters
    }
  }
  // Global guards: privacy (no outside requests), clean console, no alert ever fires.
  if (outsideRequests.length > 0) {
    problems.push(
      `requests left the app's origin:\n  ${[...new Set(outsideRequests)].join('\n  ')}`,
    );
  }
  if (consoleErrors.length > 0) {
    problems.push(`console or page errors:\n  ${consoleErrors.join('\n  ')}`);
  }
  const alerts = dialogs.filter((d) => d.type === 'alert');
  if (alerts.length > 0) {
    problems.push(
      `alert dialogs fired: ${alerts.map((d) => JSON.stringify(d.message)).join(', ')}`,
    );
  }
  await withTimeout(context.close(), 10_000, 'closing the context').catch(() => {});
  return problems;
}

async function main() {
  const filters = process.argv.slice(2);
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.log('dist/ is missing: building it first');
    await build({ root, logLevel: 'warn' });
  }
  const tests = await loadSpecs(filters);
  if (tests.length === 0) throw new Error('no browser tests matched');

  const port = await freePort();
  server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const baseURL = `http://127.0.0.1:${port}/`;

  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  browser = await chromium.launch({
    executablePath,
    headless: process.env.E2E_HEADED !== '1',
    args: process.env.E2E_HEADED === '1' ? CHROMIUM_ARGS.slice(1) : CHROMIUM_ARGS,
  });
  console.log(
    `Chromium ${browser.version()} (${executablePath}); app at ${baseURL}; ${tests.length} tests\n`,
  );

  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    const problems = await runTest(t, baseURL);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) {
      passed += 1;
      console.log(`  ✔ ${t.file} › ${t.name} (${seconds} s)`);
    } else {
      failed += 1;
      console.log(`  ✘ ${t.file} › ${t.name} (${seconds} s)`);
      for (const p of problems) console.log(`      ${p.replace(/\n/g, '\n      ')}`);
    }
  }
  console.log(`\nscreenshots: ${relative(root, screenshotDir)}/`);
  if (failed > 0) console.log(`failure screenshots: ${relative(root, failureDir)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.log('0 passed, 1 failed');
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
