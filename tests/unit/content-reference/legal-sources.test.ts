/**
 * Legal texts must match the verified sources character for character. The sources live
 * beside the repository (../shared/legal/sources.md); where that folder is absent, the
 * comparison is skipped with a message instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import refs from '../../../content/legal/refs.json';
import { legalRefsSchema, type LegalRef } from '../../../src/content/schema-reference';

const SOURCES_PATH = resolve(process.cwd(), '../shared/legal/sources.md');
const haveSources = existsSync(SOURCES_PATH);
if (!haveSources) {
  console.warn(
    `legal-sources.test: ${SOURCES_PATH} not found (expected ../shared/legal/sources.md beside the repo); skipping the verbatim checks.`,
  );
}

/** sources.md with the blockquote markers and blank lines removed: one paragraph a line. */
function normalisedSources(): string {
  return readFileSync(SOURCES_PATH, 'utf8')
    .split('\n')
    .map((line) => line.replace(/^>\s?/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const parsed = Object.entries(legalRefsSchema.parse(refs)) as [string, LegalRef][];
const repoRefs = parsed.flatMap(([id, ref]) =>
  ref.label === 'VERIFIED-REPO' ? [[id, ref] as const] : [],
);
const reportedRefs = parsed.flatMap(([id, ref]) =>
  ref.label === 'VERIFIED-SECONDARY' && ref.reported_text !== undefined
    ? [[id, ref.reported_text] as const]
    : [],
);

describe.skipIf(!haveSources)('legal texts against ../shared/legal/sources.md', () => {
  const sources = haveSources ? normalisedSources() : '';

  /** How sources.md writes the start of the article: "第十三条 " or, for a decision's item, "一、". */
  const lead = (article: string) => {
    const item = /^第(.+)项$/.exec(article);
    return item ? `${item[1]}、` : `${article} `;
  };

  it.each(repoRefs)('%s: text appears verbatim, after its article number', (_id, ref) => {
    expect(sources).toContain(ref.text);
    expect(sources).toContain(`${lead(ref.article)}${ref.text}`);
  });

  it.each(reportedRefs)('%s: reported wording appears verbatim', (_id, reported) => {
    expect(sources).toContain(reported);
  });

  it.each(parsed)('%s: the law is named in the sources', (_id, ref) => {
    expect(sources.replace(/[《》]/g, '')).toContain(ref.law.replace(/[《》]/g, ''));
  });

  it.each(repoRefs)('%s: the mirror snapshot is the one sources.md names', (_id, ref) => {
    expect(sources).toContain(`snapshot dated ${ref.mirror_snapshot}`);
  });

  it.each(repoRefs)(
    '%s: quoted from a section of sources.md labelled VERIFIED-REPO',
    (_id, ref) => {
      // A text quoted in a VERIFIED-SECONDARY section (e.g. the credit card rules) must not pass
      // as statute text: find the section the article sits in and check its label.
      const raw = haveSources ? readFileSync(SOURCES_PATH, 'utf8') : '';
      const firstParagraph = ref.text.split('\n')[0];
      const at = raw.indexOf(`> ${lead(ref.article)}${firstParagraph}`);
      expect(at).toBeGreaterThan(-1);
      const sectionStart = raw.lastIndexOf('\n## ', at);
      const next = raw.indexOf('\n## ', at);
      const section = raw.slice(sectionStart, next === -1 ? undefined : next);
      expect(section).toContain('VERIFIED-REPO');
    },
  );
});
