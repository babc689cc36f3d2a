/**
 * Content validation, shared by the build (vite-plugin-validate-content) and the tests.
 * The content is loaded through the same bundles the app loads, by plain static imports, so
 * this module works in vitest and inside vite.config.ts alike.
 *
 * validateContent() reports, for both locales: a namespace that breaks its schema (missing or
 * unknown ids, empty text), a key one locale has and the other lacks, a `{{placeholder}}` that
 * differs between locales or that the view does not supply (src/content/placeholders.ts), and
 * a broken content/legal/refs.json.
 *
 * Build and test code only: app code must not import this module, because it pulls every
 * locale's content into one chunk (the app loads content lazily through src/i18n).
 */
import type { z } from 'zod';
import zhCnUi from '../../content/zh-CN/ui-bundle';
import zhCnPlan from '../../content/zh-CN/plan-bundle';
import enUi from '../../content/en/ui-bundle';
import enPlan from '../../content/en/plan-bundle';
import legalRefs from '../../content/legal/refs.json';
import { adviceSchemas } from './schema-advice';
import { legalRefsSchema, referenceSchemas } from './schema-reference';
import { PLACEHOLDERS, placeholdersIn } from './placeholders';
import { compareLocales, textsIn } from './parity';

/** namespace -> zod schema for one locale's file, for every namespace that has a schema. */
export const contentSchemas = { ...adviceSchemas, ...referenceSchemas };
export type SchemaNamespace = keyof typeof contentSchemas;

export type LocaleContent = Record<string, unknown>;
/** Every namespace of every locale, as the app's bundles load them. */
export const CONTENT: Record<'zh-CN' | 'en', LocaleContent> = {
  'zh-CN': { ...zhCnUi, ...zhCnPlan },
  en: { ...enUi, ...enPlan },
};

function issues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
    return `${file}: ${where}${issue.message}`;
  });
}

/** Human-readable problems with the given content (by default, the app's); empty when valid. */
export function validateContent(
  content: Record<string, LocaleContent> = CONTENT,
  refs: unknown = legalRefs,
): string[] {
  const problems: string[] = [];
  const locales = Object.keys(content);

  for (const locale of locales) {
    const namespaces = content[locale] ?? {};
    for (const [ns, schema] of Object.entries(contentSchemas)) {
      const file = `content/${locale}/${ns}.json`;
      if (!(ns in namespaces)) {
        problems.push(`${file}: missing`);
        continue;
      }
      const result = schema.safeParse(namespaces[ns]);
      if (!result.success) problems.push(...issues(file, result.error));
    }
    for (const [ns, allowed] of Object.entries(PLACEHOLDERS)) {
      for (const { path, text } of textsIn(namespaces[ns])) {
        for (const name of placeholdersIn(text)) {
          if (!(allowed as readonly string[]).includes(name)) {
            problems.push(
              `content/${locale}/${ns}.json: ${path}: {{${name}}} is not a value the view supplies (src/content/placeholders.ts)`,
            );
          }
        }
      }
    }
  }

  const [base, ...others] = locales;
  if (base !== undefined) {
    for (const other of others) {
      const a = content[base] ?? {};
      const b = content[other] ?? {};
      for (const ns of new Set([...Object.keys(a), ...Object.keys(b)])) {
        problems.push(
          ...compareLocales(a[ns], b[ns], { base, other }).map(
            (line) => `content/{${base},${other}}/${ns}.json: ${line}`,
          ),
        );
      }
    }
  }

  const refsResult = legalRefsSchema.safeParse(refs);
  if (!refsResult.success) problems.push(...issues('content/legal/refs.json', refsResult.error));

  return problems;
}
