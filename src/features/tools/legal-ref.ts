/**
 * Legal references for the tools pages, read from content/legal/refs.json (the only source of
 * legal text) and checked against the shared schema; an entry that fails is not shown.
 */
import refs from '../../../content/legal/refs.json';
import { legalRefSchema, type LegalRef } from '../../content/schema-reference';
import type { LegalRefId } from '../../rules/ids';

export function legalRef(id: LegalRefId): LegalRef | undefined {
  const parsed = legalRefSchema.safeParse((refs as Record<string, unknown>)[id]);
  return parsed.success ? parsed.data : undefined;
}
