/**
 * Schemas for the reference content: legal references, channels, documents and pitfalls.
 * Each locale file is keyed by exactly the ids in src/rules/ids.ts (no missing, no extra).
 *
 * content/legal/refs.json holds the locale-neutral legal data. Its rule, from
 * /work/shared/legal/README.md: statute text (`text`) may appear only on a VERIFIED-REPO
 * reference; a VERIFIED-SECONDARY one may carry the wording only as `reported_text`, marked
 * `quote: "as_reported"`, never as the law's text. Every reference links to an official site.
 *
 * What a label means, said as plainly on the page: VERIFIED-REPO text was compared character
 * for character with a community mirror of the national database (`mirror_snapshot` is the
 * mirror's date, from sources.md) on the `verified` date, not read on the official site;
 * VERIFIED-SECONDARY items rest on reports and carry no statute text. `source` is the official
 * site's address; where it is the site's home page (no stable address to the provision was
 * verified), the page calls it a place to look the provision up, not a link to it.
 */
import { z } from 'zod';
import { CHANNEL_IDS, DOCUMENT_IDS, LEGAL_REF_IDS, PITFALL_IDS } from '../rules/ids';

/** Hosts a legal source link may point to (and their subdomains). */
export const OFFICIAL_SOURCE_HOSTS = [
  'npc.gov.cn',
  'flk.npc.gov.cn',
  'court.gov.cn',
  'nfra.gov.cn',
  'pbc.gov.cn',
  'gov.cn',
  'nifa.org.cn',
] as const;

export function isOfficialSourceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return OFFICIAL_SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const nonEmpty = z.string().regex(/\S/, 'must not be empty');

/** One strict object with exactly the given ids as keys, each holding `entry`. */
function keyedBy<const Ids extends readonly string[], Entry extends z.ZodType>(
  ids: Ids,
  entry: Entry,
) {
  const shape = Object.fromEntries(ids.map((id) => [id, entry])) as Record<Ids[number], Entry>;
  return z.strictObject(shape);
}

const legalEntry = z.strictObject({ title: nonEmpty, explanation: nonEmpty });
const channelEntry = z.strictObject({ name: nonEmpty, for_what: nonEmpty, how: nonEmpty });
const documentEntry = z.strictObject({ title: nonEmpty, note: nonEmpty });
const pitfallEntry = z.strictObject({ title: nonEmpty, body: nonEmpty });

/** One zod schema per namespace, each for one locale's file (content/<locale>/<ns>.json). */
export const referenceSchemas = {
  legal: keyedBy(LEGAL_REF_IDS, legalEntry),
  channels: keyedBy(CHANNEL_IDS, channelEntry),
  documents: keyedBy(DOCUMENT_IDS, documentEntry),
  pitfalls: keyedBy(PITFALL_IDS, pitfallEntry),
};

export const LEGAL_LABELS = ['VERIFIED-REPO', 'VERIFIED-SECONDARY'] as const;

const refCommon = {
  /** Full official name in Chinese, e.g. 中华人民共和国民法典. */
  law: nonEmpty,
  /** e.g. 第六百七十八条, 第二百九十三条之一; a decision's numbered item: 第一项. */
  article: z
    .string()
    .regex(
      /^第[零〇一二三四五六七八九十百千]+(条(之[一二三四五六七八九十]+)?|项)$/,
      'e.g. 第六百七十八条',
    ),
  issuer: nonEmpty,
  /** Which consolidated text the article number belongs to, when the law was amended. */
  version: nonEmpty.optional(),
  /** When the text took effect; absent only where `version` says which text it is. */
  effective: z.iso.date().optional(),
  /** "issued": `effective` is the document's 印发日期 (a guidance document), not an in-force date. */
  date_kind: z.literal('issued').optional(),
  source: z.string().refine(isOfficialSourceUrl, 'must be an https link to an official site'),
  verified: z.iso.date(),
};

const repoRef = z.strictObject({
  ...refCommon,
  label: z.literal('VERIFIED-REPO'),
  /** The article's text, character for character; paragraphs separated by "\n". */
  text: nonEmpty,
  /** The date of the mirror snapshot the text was compared with (sources.md). */
  mirror_snapshot: z.iso.date(),
});

const secondaryRef = z
  .strictObject({
    ...refCommon,
    label: z.literal('VERIFIED-SECONDARY'),
    quote: z.literal('as_reported').optional(),
    /** Wording as a secondary source reports it; shown only as "as reported". */
    reported_text: nonEmpty.optional(),
  })
  .refine((ref) => ref.reported_text === undefined || ref.quote === 'as_reported', {
    message: 'reported_text needs quote: "as_reported"',
    path: ['quote'],
  });

export const legalRefSchema = z
  .discriminatedUnion('label', [repoRef, secondaryRef])
  .refine((ref) => ref.effective === undefined || ref.effective <= ref.verified, {
    message: 'effective date must not be after the verification date',
    path: ['effective'],
  })
  .refine((ref) => ref.effective !== undefined || ref.version !== undefined, {
    message: 'a reference without an effective date must say which text it is (version)',
    path: ['effective'],
  });

/** content/legal/refs.json: every legal reference id, nothing else. */
export const legalRefsSchema = keyedBy(LEGAL_REF_IDS, legalRefSchema);

export type LegalRef = z.infer<typeof legalRefSchema>;
export type LegalRefs = z.infer<typeof legalRefsSchema>;
export type LegalContent = z.infer<typeof referenceSchemas.legal>;
export type ChannelsContent = z.infer<typeof referenceSchemas.channels>;
export type DocumentsContent = z.infer<typeof referenceSchemas.documents>;
export type PitfallsContent = z.infer<typeof referenceSchemas.pitfalls>;
