/**
 * Locale parity: every zh-CN key has an en twin with the same shape and the same
 * `{{placeholders}}`. i18next plural forms (`_one`, `_other`, …) are compared as one key,
 * because languages need different forms (zh uses `_other` only, en `_one` and `_other`).
 */
import { placeholdersIn } from './placeholders';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isTree(value)) return 'an object';
  return typeof value === 'string' ? 'text' : typeof value;
}

function placeholderSet(texts: string[]): string[] {
  return [...new Set(texts.flatMap(placeholdersIn))].sort();
}

function show(names: string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `{{${n}}}`).join(' ');
}

/** Keys grouped by their name without a plural suffix. */
function groups(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of Object.keys(tree)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    out.set(base, [...(out.get(base) ?? []), key]);
  }
  return out;
}

/**
 * Differences between two locales' versions of one namespace, as readable lines
 * (`path: problem`). Empty when they match.
 */
export function compareLocales(
  base: unknown,
  other: unknown,
  names: { base: string; other: string },
  path = '',
): string[] {
  const at = path === '' ? '(root)' : path;
  if (typeof base === 'string' && typeof other === 'string') {
    const a = placeholderSet([base]);
    const b = placeholderSet([other]);
    return a.join() === b.join()
      ? []
      : [`${at}: placeholders differ: ${names.base} ${show(a)}, ${names.other} ${show(b)}`];
  }
  if (Array.isArray(base) && Array.isArray(other)) {
    if (base.length !== other.length) {
      return [`${at}: ${names.base} has ${base.length} items, ${names.other} has ${other.length}`];
    }
    return base.flatMap((item, i) => compareLocales(item, other[i], names, `${path}[${i}]`));
  }
  if (isTree(base) && isTree(other)) {
    const problems: string[] = [];
    const baseGroups = groups(base);
    const otherGroups = groups(other);
    const join = (name: string) => (path === '' ? name : `${path}.${name}`);
    for (const [name, keys] of baseGroups) {
      const otherKeys = otherGroups.get(name);
      if (otherKeys === undefined) {
        problems.push(`${join(keys[0] ?? name)}: missing in ${names.other}`);
        continue;
      }
      if (keys.length === 1 && otherKeys.length === 1 && keys[0] === otherKeys[0]) {
        problems.push(...compareLocales(base[name], other[name], names, join(name)));
        continue;
      }
      // Plural forms: each side may have its own set; compare their placeholders together.
      const baseTexts = keys.map((k) => base[k]);
      const otherTexts = otherKeys.map((k) => other[k]);
      const isText = (v: unknown): v is string => typeof v === 'string';
      if (!baseTexts.every(isText) || !otherTexts.every(isText)) {
        problems.push(
          `${join(name)}: keys differ: ${names.base} ${keys.join(', ')}, ${names.other} ${otherKeys.join(', ')}`,
        );
        continue;
      }
      problems.push(
        ...compareLocales(baseTexts.join(' '), otherTexts.join(' '), names, join(name)),
      );
    }
    for (const [name, keys] of otherGroups) {
      if (!baseGroups.has(name))
        problems.push(`${join(keys[0] ?? name)}: missing in ${names.base}`);
    }
    return problems;
  }
  return [`${at}: ${names.base} has ${kind(base)}, ${names.other} has ${kind(other)}`];
}

/** Every string in a content tree with its dotted path (`a.b[2].c`). */
export function textsIn(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsIn(item, `${path}[${i}]`));
  if (isTree(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      textsIn(item, path === '' ? key : `${path}.${key}`),
    );
  }
  return [];
}
