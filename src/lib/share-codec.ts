/**
 * Share links: Answers <-> a short, versioned, tamper-evident payload for `#/plan/<payload>`.
 *
 * Payload = "<version>." + base64url(header + deflateRaw(JSON of a compact positional form)).
 * Header = 2 bytes length of the compressed data + 4 bytes FNV-1a checksum of it, so a cut or
 * edited link is told apart from a foreign one. Enums travel as indices into the frozen v1
 * tables below (append-only: a v1 link must decode to the same answers forever).
 *
 * Any edit of a payload is refused, not only most: the base64url must be canonical (no dangling
 * last character, unused low bits zero), so every other string of characters means other bytes;
 * a change in the length or checksum bytes no longer matches the data; and FNV-1a tells apart
 * any change of one byte, or of two neighbouring bytes (all that one character can touch).
 *
 * Optional Answers fields added after v1 (DESIGN.md allows them) travel in an optional 12th
 * element: an object keyed by the short, frozen keys of V1_EXTENSIONS. A link without it is a
 * plain v1 link and decodes exactly as before; a key this build does not know means the link
 * was made by a newer version (bad_version), never a silently shortened plan.
 *
 * `decodeShareLink` never throws: every input string gives a typed result, and whatever it
 * returns as answers has passed AnswersSchema. Input and inflated sizes are capped; the inflate
 * is streamed and stops as soon as the output passes the cap (`inflateWithLimit`).
 *
 * This module reads a bare payload. Whole addresses and pasted text (chat apps add to links)
 * go through src/lib/plan-link.ts, which finds the payload and hands it here.
 */
import { Inflate, deflateSync } from 'fflate';
import { AnswersSchema, type Answers } from '../rules/answers';

export const SHARE_VERSION = 1;
/** Longest payload string we try to read (a real 20-lender link is far below this). */
export const MAX_PAYLOAD_CHARS = 8192;
/** Largest decompressed serialisation we accept (zip-bomb guard). */
export const MAX_INFLATED_BYTES = 64 * 1024;

export type ShareError =
  | 'truncated'
  | 'not_base64'
  | 'bad_version'
  | 'corrupt'
  | 'too_large'
  | 'invalid_answers';

export type DecodeResult =
  | { ok: true; answers: Answers; version: number; namesOmitted: boolean }
  | { ok: false; error: ShareError };

export type EncodeOptions = { omitNames?: boolean };
export type DecodeOptions = {
  /** Neutral name for debt n (1-based) when the link left names out. */
  lenderLabel?: (n: number) => string;
};

// v1 enum tables: frozen copies, append-only. tests/unit/share checks they cover the schema.
export const V1_TABLES = {
  cause: [
    'salary_delay',
    'income_drop',
    'job_loss',
    'illness_or_injury',
    'family_emergency',
    'business_trouble',
    'too_many_debts',
    'other',
  ],
  kind: ['bank', 'consumer_finance', 'microloan', 'other_platform', 'unknown'],
  evidence: ['medical', 'job_loss_proof', 'income_proof', 'family_event_proof', 'disaster_proof'],
  collection: [
    'excessive_calls',
    'contacts_third_parties',
    'threats_or_insults',
    'night_calls',
    'fake_legal_documents',
    'exposed_personal_info',
  ],
  legal: [
    'none',
    'lawsuit_threatened',
    'pre_suit_mediation',
    'payment_order',
    'arbitration',
    'sued',
    'judgment',
    'enforcement',
  ],
  negotiated: ['not_yet', 'refused', 'agreed_but_cannot_keep'],
  /** courtPaper.paper (extension "cp"). */
  paper: ['payment_order', 'complaint', 'arbitration_notice', 'judgment', 'enforcement_notice'],
  /** courtPaper.disputes (extension "cp"). */
  disputes: ['yes', 'no', 'not_sure'],
} as const satisfies Record<string, readonly string[]>;

/**
 * One entry per optional Answers field added after v1: its frozen short key in the link, and how
 * its value is written and read back. Append-only; a key never changes meaning. `read` returns
 * undefined for a value of the wrong shape (the link is then corrupt); values are checked by
 * AnswersSchema afterwards like every other field.
 */
type Extension = {
  field: ExtensionField;
  write: (answers: Answers) => unknown;
  read: (raw: unknown) => unknown;
};
type ExtensionField = Exclude<keyof Answers, RequiredAnswerField>;
type RequiredAnswerField = {
  [K in keyof Answers]-?: undefined extends Answers[K] ? never : K;
}[keyof Answers];

export const V1_EXTENSIONS: Readonly<Record<string, Extension>> = {
  /**
   * courtPaper, as { d: debt index, p: paper index, r: receivedOn (YYYY-MM-DD or null),
   * c?: courtDate (YYYY-MM-DD or null), x?: disputes index }. An absent part is left out, so
   * "not asked" and "no date written" (null) stay apart. These inner keys are frozen too: a
   * later part gets a key of its own, so this build never drops one it cannot read.
   */
  cp: {
    field: 'courtPaper',
    write: ({ courtPaper: p }) =>
      p && {
        d: p.debt,
        p: indexIn(V1_TABLES.paper, p.paper),
        r: p.receivedOn,
        ...(p.courtDate !== undefined ? { c: p.courtDate } : {}),
        ...(p.disputes !== undefined ? { x: indexIn(V1_TABLES.disputes, p.disputes) } : {}),
      },
    read: (raw) => {
      if (!isPlainObject(raw)) return undefined;
      const keys = Object.keys(raw);
      if (keys.some((k) => !['d', 'p', 'r', 'c', 'x'].includes(k))) return undefined;
      const { d, p, r, c, x } = raw;
      const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
      const isDay = (v: unknown) => v === null || typeof v === 'string';
      if (!isIndex(d) || !isIndex(p) || !isDay(r)) return undefined;
      if ('c' in raw && !isDay(c)) return undefined;
      if ('x' in raw && !isIndex(x)) return undefined;
      return {
        debt: d,
        paper: V1_TABLES.paper[p],
        receivedOn: r,
        ...('c' in raw ? { courtDate: c } : {}),
        ...('x' in raw ? { disputes: V1_TABLES.disputes[x as number] } : {}),
      };
    },
  },
};

const FLAG_NAMES_OMITTED = 1;
const HEADER_BYTES = 6;

type CompactDebt = [string, number, number, number, number | null, number | null];
type CompactV1Base = [
  number, // flags
  number, // cause
  number | null, // incomeExpectedInDays
  number, // monthlyIncome
  number, // monthlyEssentials
  number, // lumpSumAvailable
  CompactDebt[],
  number[], // evidence
  number[], // collection
  number, // legal
  number, // negotiated
];
type CompactV1 = CompactV1Base | [...CompactV1Base, Record<string, unknown>];

function indexIn(table: readonly string[], value: string): number {
  const i = table.indexOf(value);
  if (i < 0) throw new Error(`share-codec: "${value}" missing from the v1 tables`);
  return i;
}

export function defaultLenderLabel(n: number): string {
  return `机构 ${n}`;
}

/** Encodes valid Answers as a payload (without the "#/plan/" prefix). */
export function encodeShareLink(answers: Answers, options: EncodeOptions = {}): string {
  const omit = options.omitNames === true;
  const base: CompactV1Base = [
    omit ? FLAG_NAMES_OMITTED : 0,
    indexIn(V1_TABLES.cause, answers.cause),
    answers.incomeExpectedInDays,
    answers.monthlyIncome,
    answers.monthlyEssentials,
    answers.lumpSumAvailable,
    answers.debts.map((d) => [
      omit ? '' : d.name,
      indexIn(V1_TABLES.kind, d.kind),
      d.outstanding,
      d.overdueDays,
      d.apr,
      d.penalties,
    ]),
    answers.evidence.map((e) => indexIn(V1_TABLES.evidence, e)),
    answers.collection.map((c) => indexIn(V1_TABLES.collection, c)),
    indexIn(V1_TABLES.legal, answers.legal),
    indexIn(V1_TABLES.negotiated, answers.negotiated),
  ];
  const extensions = writeExtensions(answers);
  const compact: CompactV1 = extensions ? [...base, extensions] : base;
  const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(compact)), { level: 9 });
  const bytes = new Uint8Array(HEADER_BYTES + deflated.length);
  bytes[0] = (deflated.length >> 8) & 0xff;
  bytes[1] = deflated.length & 0xff;
  const sum = fnv1a(deflated);
  bytes[2] = (sum >>> 24) & 0xff;
  bytes[3] = (sum >>> 16) & 0xff;
  bytes[4] = (sum >>> 8) & 0xff;
  bytes[5] = sum & 0xff;
  bytes.set(deflated, HEADER_BYTES);
  return `${SHARE_VERSION}.${toBase64Url(bytes)}`;
}

type VersionDecoder = (body: string, options: DecodeOptions) => DecodeResult;

/** One decoder per version ever shipped; each returns current Answers (migrating if needed). */
const DECODERS: Record<number, VersionDecoder> = { 1: decodeV1 };

/** Decodes a payload; never throws, whatever the input. */
export function decodeShareLink(payload: unknown, options: DecodeOptions = {}): DecodeResult {
  try {
    if (typeof payload !== 'string') return fail('corrupt');
    if (payload.length > MAX_PAYLOAD_CHARS) return fail('too_large');
    if (payload === '' || /^\d{1,3}$/.test(payload)) return fail('truncated');
    const match = /^(\d{1,3})\.([\s\S]*)$/.exec(payload);
    if (!match) return fail('bad_version');
    const decoder = DECODERS[Number(match[1])];
    if (!decoder || !/^[1-9]\d*$/.test(match[1] ?? '')) return fail('bad_version');
    return decoder(match[2] ?? '', options);
  } catch {
    return fail('corrupt');
  }
}

function decodeV1(body: string, options: DecodeOptions): DecodeResult {
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return fail('not_base64');
  const { bytes, canonical } = fromBase64Url(body);
  if (bytes.length <= HEADER_BYTES) return fail('truncated');
  const declared = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  const deflated = bytes.subarray(HEADER_BYTES);
  if (deflated.length < declared) return fail('truncated');
  // A complete link with a character too many, or with altered unused bits, was edited.
  if (!canonical || deflated.length > declared) return fail('corrupt');
  const sum =
    (((bytes[2] ?? 0) << 24) |
      ((bytes[3] ?? 0) << 16) |
      ((bytes[4] ?? 0) << 8) |
      (bytes[5] ?? 0)) >>>
    0;
  if (sum !== fnv1a(deflated)) return fail('corrupt');

  const inflatedResult = inflateWithLimit(deflated, MAX_INFLATED_BYTES);
  if (!inflatedResult.ok) return fail(inflatedResult.error);
  const inflated = inflatedResult.bytes;

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('corrupt');
  }
  const compact = readCompactV1(raw);
  if (!compact) return fail('corrupt');

  const [
    flags,
    cause,
    income,
    mIncome,
    mEssentials,
    lump,
    debts,
    evidence,
    collection,
    legal,
    neg,
    rawExtensions,
  ] = compact;
  const extensions = readExtensions(rawExtensions);
  if (extensions === 'unknown') return fail('bad_version');
  if (extensions === 'corrupt') return fail('corrupt');
  const namesOmitted = (flags & FLAG_NAMES_OMITTED) !== 0;
  const label = options.lenderLabel ?? defaultLenderLabel;
  const candidate = {
    v: 1,
    cause: V1_TABLES.cause[cause],
    incomeExpectedInDays: income,
    monthlyIncome: mIncome,
    monthlyEssentials: mEssentials,
    lumpSumAvailable: lump,
    debts: debts.map(([name, kind, outstanding, overdueDays, apr, penalties], i) => ({
      name: namesOmitted ? label(i + 1) : name,
      kind: V1_TABLES.kind[kind],
      outstanding,
      overdueDays,
      apr,
      penalties,
    })),
    evidence: evidence.map((e) => V1_TABLES.evidence[e]),
    collection: collection.map((c) => V1_TABLES.collection[c]),
    legal: V1_TABLES.legal[legal],
    negotiated: V1_TABLES.negotiated[neg],
    ...extensions,
  };
  const parsed = AnswersSchema.safeParse(candidate);
  if (!parsed.success) return fail('invalid_answers');
  return { ok: true, answers: parsed.data, version: 1, namesOmitted };
}

/** Shape check of the compact form (types only; values are checked by AnswersSchema). */
function readCompactV1(raw: unknown): CompactV1 | null {
  if (!Array.isArray(raw) || (raw.length !== 11 && raw.length !== 12)) return null;
  const [flags, cause, income, a, b, c, debts, evidence, collection, legal, neg, ext] =
    raw as unknown[];
  if (raw.length === 12 && !isPlainObject(ext)) return null;
  const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
  const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const isNumOrNull = (x: unknown): x is number | null => x === null || isNum(x);
  const isIntArray = (x: unknown): x is number[] =>
    Array.isArray(x) && x.length <= 64 && x.every(isInt);
  if (!isInt(flags) || !isInt(cause) || !isNumOrNull(income) || !isNum(a) || !isNum(b)) return null;
  if (!isNum(c) || !isIntArray(evidence) || !isIntArray(collection) || !isInt(legal)) return null;
  if (!isInt(neg) || !Array.isArray(debts) || debts.length > 64) return null;
  for (const d of debts as unknown[]) {
    if (!Array.isArray(d) || d.length !== 6) return null;
    const [name, kind, outstanding, overdue, apr, penalties] = d as unknown[];
    if (typeof name !== 'string' || !isInt(kind) || !isNum(outstanding) || !isNum(overdue))
      return null;
    if (!isNumOrNull(apr) || !isNumOrNull(penalties)) return null;
  }
  return raw as CompactV1;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The optional fields present in `answers`, under their link keys; undefined when none is. */
function writeExtensions(answers: Answers): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, ext] of Object.entries(V1_EXTENSIONS)) {
    if (answers[ext.field] !== undefined) out[key] = ext.write(answers);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The optional fields a link carries, as Answers fields; or why they cannot be read. */
function readExtensions(
  raw: Record<string, unknown> | undefined,
): Partial<Answers> | 'unknown' | 'corrupt' {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(V1_EXTENSIONS, key)) return 'unknown';
    const ext = V1_EXTENSIONS[key]!;
    const read = ext.read(value);
    if (read === undefined) return 'corrupt';
    out[ext.field] = read;
  }
  return out as Partial<Answers>;
}

/** Input bytes handed to the inflater at a time: deflate expands at most ~1,032×, so one step
 * can overshoot the limit by some 16 KiB, never by the whole stream. */
const INFLATE_STEP = 16;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: 'too_large' | 'corrupt'; inflated: number };

/**
 * Inflates raw DEFLATE data as a stream, a few input bytes at a time, and stops as soon as the
 * output passes `limit`: a zip bomb costs about `limit` bytes of work, not its full size.
 * `inflated` says how many bytes were produced before it stopped.
 */
export function inflateWithLimit(deflated: Uint8Array, limit: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < deflated.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, deflated.length);
      stream.push(deflated.subarray(at, end), end === deflated.length);
      if (total > limit) return { ok: false, error: 'too_large', inflated: total };
    }
    if (deflated.length === 0) stream.push(deflated, true);
  } catch {
    return { ok: false, error: 'corrupt', inflated: total };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

function fail(error: ShareError): DecodeResult {
  return { ok: false, error };
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

/**
 * Unpadded base64url. `canonical` is false when the text is not exactly what `toBase64Url`
 * writes for these bytes: a dangling last character (length % 4 === 1, it carries no byte) or
 * unused low bits of the last character that are not zero.
 */
function fromBase64Url(text: string): { bytes: Uint8Array; canonical: boolean } {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of text) {
    acc = (acc << 6) | (LOOKUP.get(ch) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  return { bytes: out.subarray(0, o), canonical: text.length % 4 !== 1 && acc === 0 };
}
