/**
 * The content files as they are on disk, for tests that must see every file in content/,
 * including any a bundle forgot to import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CONTENT_DIR = join(__dirname, '../../../content');
export const LOCALE_DIRS = ['zh-CN', 'en'] as const;

export function namespaceFiles(locale: string): string[] {
  return readdirSync(join(CONTENT_DIR, locale))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(join(CONTENT_DIR, ...parts), 'utf8'));
}

/** Every JSON file under content/, as [path relative to content/, parsed value]. */
export function allContentFiles(): Array<[string, unknown]> {
  const files: Array<[string, unknown]> = [];
  for (const dir of readdirSync(CONTENT_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(CONTENT_DIR, dir.name))) {
      if (f.endsWith('.json')) files.push([`${dir.name}/${f}`, readJson(dir.name, f)]);
    }
  }
  return files.sort(([a], [b]) => a.localeCompare(b));
}
