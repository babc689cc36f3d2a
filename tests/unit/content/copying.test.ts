/**
 * No text in content/ may copy a run of 14 or more Chinese characters (and Chinese
 * punctuation) from the source article. The article is not stored in the repository: the
 * fixture holds hashes of its 14-character windows (fixtures/make-seed-windows.mjs).
 * Statute text quoted in content/legal/refs.json is the law's wording, not the article's, so a
 * window that is part of a VERIFIED-REPO `text` there is not counted as copied.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsIn } from '../../../src/content/parity';
import seed from './fixtures/seed-windows.json';
import { allContentFiles, readJson } from './content-files';

const WINDOW = 14;
const RUN = /[\u4e00-\u9fff，、：“”！？]{14,}/g;
// Beside the repository, where it exists; a clean clone elsewhere has only the fixture.
const ARTICLE = resolve(process.cwd(), '../shared/seed/article.zh.txt');
const haveArticle = existsSync(ARTICLE);

const hash = (window: string) => createHash('sha256').update(window).digest('hex').slice(0, 16);

/** Every 14-character window of every run of Chinese characters and punctuation. */
function windowsOf(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(RUN)) {
    for (let i = 0; i + WINDOW <= run.length; i += 1) out.push(run.slice(i, i + WINDOW));
  }
  return out;
}

function copiedWindows(text: string, seedHashes: Set<string>, statutes: string[]): string[] {
  return windowsOf(text).filter(
    (w) => seedHashes.has(hash(w)) && !statutes.some((s) => s.includes(w)),
  );
}

const seedHashes = new Set(seed.windows);
const statutes = Object.values(
  readJson('legal', 'refs.json') as Record<string, { label?: string; text?: string }>,
)
  .filter((ref) => ref.label === 'VERIFIED-REPO' && typeof ref.text === 'string')
  .map((ref) => ref.text as string);

describe('no text copied from the source article', () => {
  // Reported as skipped where the article is absent; the fixture was made by the same rules.
  it.skipIf(!haveArticle)('the fixture matches the article', () => {
    const fromArticle = [...new Set(windowsOf(readFileSync(ARTICLE, 'utf8')).map(hash))].sort();
    expect(seed.window).toBe(WINDOW);
    expect(seed.windows).toEqual(fromArticle);
  });

  it.each(allContentFiles())('%s copies no 14-character run from the article', (_file, json) => {
    const copied = textsIn(json).flatMap(({ path, text }) =>
      copiedWindows(text, seedHashes, statutes).map((w) => `${path}: ${w}`),
    );
    expect(copied).toEqual([]);
  });

  it('catches a copied run, even inside other text', () => {
    // A sentence from the article's advice on timing, wrapped in our own words.
    const copied = '我们建议：提前准备：整理好自己的收入、支出、负债情况，做到心中有数';
    expect(copiedWindows(copied, seedHashes, [])).toEqual([
      '整理好自己的收入、支出、负债',
      '理好自己的收入、支出、负债情',
      '好自己的收入、支出、负债情况',
    ]);
  });

  it('does not count statute text quoted from the law itself', () => {
    const statute = '借款人应当按照约定的期限返还借款';
    expect(copiedWindows(statute, seedHashes, []).length).toBeGreaterThan(0);
    expect(copiedWindows(statute, seedHashes, [statute])).toEqual([]);
  });
});
