// npm run bench: builds the app and a bare app of the same stack, then prints
// (a) the gzip size of the JS and CSS each first page loads, and their ratio, and
// (b) Lighthouse mobile scores and FCP/LCP/TBT/CLS, median of 3 runs, against the production
//     build: the app with a Chinese browser (most of its readers) and with an English one (the
//     start page is prerendered in both languages); the bare app; and the bare app prerendered and
//     hydrated after its first paint the way the app is ("bare pre"), which shows what the stack
//     itself costs on this machine once its first paint no longer waits for the JavaScript.
//     Every door is measured, not only the start page: a shared plan link (#/plan/<payload>) and
//     the person's own plan (#/plan, answers saved on the device), each for a five-lender and a
//     twenty-lender case (the golden links in tests/fixtures/links/), in zh-CN and en.
//     BENCH_ONLY=<text> keeps the targets whose name contains it (e.g. BENCH_ONLY=shared).
// Figures are printed, never asserted: speed is measured here, not in timed tests.
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const RUNS = Number(process.env.BENCH_RUNS || 3);
const ONLY = process.env.BENCH_ONLY || '';
/** The deep-link cases: golden links with five and twenty lenders. */
const CASES = [
  ['5', 'tests/fixtures/links/v1-five-lenders-long-names.json'],
  ['20', 'tests/fixtures/links/v1-twenty-debts.json'],
].map(([lenders, file]) => ({ lenders, ...JSON.parse(readFileSync(join(ROOT, file), 'utf8')) }));
/** The saved-answers record the app's store reads (src/store/answers-store.ts). */
const savedAnswers = (answers) => {
  const draft = { ...answers };
  delete draft.v;
  return JSON.stringify({ state: { draft, extras: {} }, version: 2 });
};
const BUDGET = {
  jsRatio: 1.15,
  performance: 97,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1500,
};
/** The deep links (issue 19): a shared plan must open as fast as the start page. */
const DEEP_BUDGET = { performance: 98, lcpMs: 1500, tbtMs: 100, cls: 0.02 };

/** bench/bare (client-rendered) or bench/bare-prerendered (prerendered, hydrated after paint). */
async function buildBare(name = 'bare') {
  const outDir = join(ROOT, `bench/.out/${name}-dist`);
  await build({
    root: join(ROOT, `bench/${name}`),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2020' },
  });
  return outDir;
}

async function buildApp() {
  await build({ root: ROOT, logLevel: 'warn' });
  return join(ROOT, 'dist');
}

async function serve(dir) {
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local?.[0];
  if (!url) throw new Error('preview server has no URL');
  return { url, close: () => server.close() };
}

/** Gzip bytes of every JS and CSS file the first page fetches from its own origin. */
async function firstLoadBytes(browser, url, dir) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin === new URL(url).origin && /\.(js|css)$/.test(u.pathname)) files.add(u.pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  let js = 0;
  let css = 0;
  for (const path of files) {
    const gz = gzipSync(readFileSync(join(dir, decodeURIComponent(path)))).length;
    if (path.endsWith('.js')) js += gz;
    else css += gz;
  }
  return { js, css, files: [...files].sort() };
}

/** The DevTools port Chromium writes to its profile once it listens (0 until then). */
async function devToolsPort(profile) {
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await sleep(100);
  }
  throw new Error('Chromium did not open a DevTools port');
}

/**
 * Saves `answers` in the origin's localStorage as the app would, from a page of the origin that
 * runs no app code (robots.txt), so no service worker is installed before the measured load.
 */
async function seedAnswers(port, origin, answers) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(new URL('robots.txt', origin).href);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      ['rnh.answers', savedAnswers(answers)],
    );
    await page.close();
  } finally {
    await browser.close();
  }
}

async function lighthouseRun(url, lang, seed) {
  const { default: lighthouse } = await import('lighthouse');
  const profile = mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const chrome = spawn(
    CHROMIUM,
    [
      ...FLAGS,
      `--lang=${lang}`,
      `--accept-lang=${lang}`,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const port = await devToolsPort(profile);
    if (seed) await seedAnswers(port, url, seed);
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: {
          formFactor: 'mobile',
          throttlingMethod: 'simulate',
          // The own plan reads answers saved on the device: keep what seedAnswers stored.
          disableStorageReset: Boolean(seed),
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
      },
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
    };
  } finally {
    chrome.kill('SIGKILL');
    await sleep(200);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The own-plan targets are only worth measuring if the seeded answers open a plan. */
async function checkOwnPlanSeeding(url, answers) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(new URL('robots.txt', url).href);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      ['rnh.answers', savedAnswers(answers)],
    );
    await page.goto(`${url}#/plan`);
    await page.locator('.plan-overview').waitFor({ timeout: 30_000 });
  } catch (error) {
    throw new Error(`bench: saved answers do not open the own plan (${error.message})`);
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Medians of each figure over runs (the runs themselves are kept to show the spread). */
function medians(results) {
  const keys = Object.keys(results[0]);
  return Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const mark = (ok) => (ok ? 'ok' : 'OVER BUDGET');

async function main() {
  console.log('Building the app and the bare stack…');
  const appDir = await buildApp();
  const bareDir = await buildBare();
  const barePrerenderedDir = await buildBare('bare-prerendered');
  const app = await serve(appDir);
  const bare = await serve(bareDir);
  const barePrerendered = await serve(barePrerenderedDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const appSize = await firstLoadBytes(browser, app.url, appDir);
    const bareSize = await firstLoadBytes(browser, bare.url, bareDir);
    await browser.close();
    const ratio = appSize.js / bareSize.js;
    console.log('\n(a) First load, gzip');
    console.log(
      `  app   JS ${kb(appSize.js)}  CSS ${kb(appSize.css)}  (${appSize.files.length} files)`,
    );
    console.log(`  bare  JS ${kb(bareSize.js)}  CSS ${kb(bareSize.css)}`);
    console.log(
      `  JS ratio app/bare ${ratio.toFixed(3)} (budget ≤ ${BUDGET.jsRatio}) ${mark(ratio <= BUDGET.jsRatio)}`,
    );
    for (const f of appSize.files) console.log(`    ${f}`);

    if (RUNS === 0) return; // BENCH_RUNS=0: sizes only
    console.log(`\n(b) Lighthouse mobile (simulated slow 4G, 4× CPU), median of ${RUNS}`);
    const deepLinks = CASES.flatMap((c) =>
      [
        ['zh-CN', 'zh'],
        ['en-US', 'en'],
      ].flatMap(([lang, short]) => [
        [`shared ${c.lenders} ${short}`, `${app.url}#/plan/${c.payload}`, lang],
        [`own ${c.lenders} ${short}`, `${app.url}#/plan`, lang, c.answers],
      ]),
    );
    const targets = [
      ['app zh-CN', app.url, 'zh-CN'],
      ['app en', app.url, 'en-US'],
      ...deepLinks,
      ['bare', bare.url, 'zh-CN'],
      ['bare pre', barePrerendered.url, 'zh-CN'],
    ].filter(([name]) => name.includes(ONLY));
    await checkOwnPlanSeeding(app.url, CASES[0].answers);
    // Round by round over all targets rather than target by target: a burst of load on this
    // shared machine then slows every target alike instead of sinking one of them.
    const runs = targets.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [t, [, url, lang, seed]] of targets.entries())
        runs[t].push(await lighthouseRun(url, lang, seed));
    }
    for (const [t, [name]] of targets.entries()) {
      const m = medians(runs[t]);
      console.log(
        `  ${name.padEnd(11)} performance ${m.performance}  accessibility ${m.accessibility}  best-practices ${m.bestPractices}  seo ${m.seo}  FCP ${Math.round(m.fcp)} ms  LCP ${Math.round(m.lcp)} ms  TBT ${Math.round(m.tbt)} ms  CLS ${m.cls.toFixed(3)}`,
      );
      console.log(
        `    each run: performance ${runs[t].map((r) => r.performance).join(', ')}; TBT ${runs[t].map((r) => Math.round(r.tbt)).join(', ')} ms`,
      );
      if (name.startsWith('app')) {
        console.log(
          `    budget: performance ≥ ${BUDGET.performance} ${mark(m.performance >= BUDGET.performance)}, accessibility ${BUDGET.accessibility} ${mark(m.accessibility >= BUDGET.accessibility)}, best practices ${BUDGET.bestPractices} ${mark(m.bestPractices >= BUDGET.bestPractices)}, LCP ≤ ${BUDGET.lcpMs} ms ${mark(m.lcp <= BUDGET.lcpMs)}`,
        );
      } else if (!name.startsWith('bare')) {
        const b = DEEP_BUDGET;
        console.log(
          `    budget: performance ≥ ${b.performance} ${mark(m.performance >= b.performance)}, LCP ≤ ${b.lcpMs} ms ${mark(m.lcp <= b.lcpMs)}, TBT ≤ ${b.tbtMs} ms ${mark(m.tbt <= b.tbtMs)}, CLS ≤ ${b.cls} ${mark(m.cls <= b.cls)}, accessibility ${m.accessibility}`,
        );
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await app.close();
    await bare.close();
    await barePrerendered.close();
  }
}

await main();
