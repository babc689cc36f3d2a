/**
 * Legal references (content/legal/refs.json): the law's own text, in Chinese in every
 * language, with its source. Read through a glob so the plan still renders while the file is
 * being written; each entry is checked and a malformed one is skipped rather than shown wrong.
 */
import { z } from 'zod';

export const LegalRefSchema = z.object({
  law: z.string(),
  article: z.string(),
  text: z.string().optional(),
  issuer: z.string(),
  version: z.string().optional(),
  effective: z.string().optional(),
  date_kind: z.literal('issued').optional(),
  source: z.string(),
  label: z.enum(['VERIFIED-REPO', 'VERIFIED-SECONDARY']),
  verified: z.string(),
  mirror_snapshot: z.string().optional(),
});
export type LegalRef = z.infer<typeof LegalRefSchema>;

const files = import.meta.glob<unknown>('../../../content/legal/refs.json', {
  eager: true,
  import: 'default',
});

const refs = new Map<string, LegalRef>();
for (const data of Object.values(files)) {
  if (data && typeof data === 'object') {
    for (const [id, value] of Object.entries(data)) {
      const parsed = LegalRefSchema.safeParse(value);
      if (parsed.success) refs.set(id, parsed.data);
    }
  }
}

export function legalRef(id: string): LegalRef | undefined {
  return refs.get(id);
}
