import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import {
  AnswersSchema,
  CAUSES,
  COLLECTION,
  COURT_PAPERS,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  NEGOTIATED,
  PAPER_DISPUTES,
  type Answers,
} from '../../../src/rules/answers';
import {
  MAX_INFLATED_BYTES,
  MAX_PAYLOAD_CHARS,
  V1_TABLES,
  decodeShareLink,
  encodeShareLink,
  inflateWithLimit,
  type DecodeResult,
} from '../../../src/lib/share-codec';
import { answersArb } from './answers-arbitrary';

const LINKS_DIR = join(__dirname, '../../fixtures/links');
/** How many links each fuzz property tries: small by default, FUZZ_LINKS=20000 in CI. */
const FUZZ_LINKS = fuzzRuns(process.env.FUZZ_LINKS, 2_000);

function fuzzRuns(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`FUZZ_LINKS must be a whole number, not ${value}`);
  return n;
}
const ERRORS = [
  'truncated',
  'not_base64',
  'bad_version',
  'corrupt',
  'too_large',
  'invalid_answers',
];

const sample: Answers = {
  v: 1,
  cause: 'income_drop',
  incomeExpectedInDays: null,
  monthlyIncome: 5200,
  monthlyEssentials: 3900.5,
  lumpSumAvailable: 2000,
  debts: [
    {
      name: '借呗',
      kind: 'consumer_finance',
      outstanding: 18000,
      overdueDays: 40,
      apr: 18,
      penalties: 520.3,
    },
    {
      name: 'Bank A',
      kind: 'bank',
      outstanding: 26000.99,
      overdueDays: 0,
      apr: null,
      penalties: null,
    },
  ],
  evidence: ['income_proof'],
  collection: ['night_calls', 'excessive_calls'],
  legal: 'none',
  negotiated: 'not_yet',
};

/** Rebuilds a payload around raw bytes with a correct header, to test what lies past the checksum. */
function wrap(deflated: Uint8Array, version = '1'): string {
  let h = 0x811c9dc5;
  for (const b of deflated) h = Math.imul(h ^ b, 0x01000193);
  h >>>= 0;
  const bytes = new Uint8Array([
    deflated.length >> 8,
    deflated.length & 0xff,
    h >>> 24,
    (h >>> 16) & 0xff,
    (h >>> 8) & 0xff,
    h & 0xff,
    ...deflated,
  ]);
  return `${version}.${Buffer.from(bytes).toString('base64url')}`;
}
const deflateJson = (value: unknown) =>
  deflateSync(new TextEncoder().encode(JSON.stringify(value)));

function expectTyped(result: DecodeResult) {
  if (result.ok) {
    expect(AnswersSchema.safeParse(result.answers).success).toBe(true);
    expect(result.version).toBe(1);
  } else {
    expect(ERRORS).toContain(result.error);
  }
}

describe('share codec: round trip', () => {
  it('decodes a link to exactly the answers it was made from', () => {
    const payload = encodeShareLink(sample);
    expect(payload.startsWith('1.')).toBe(true);
    expect(decodeShareLink(payload)).toEqual({
      ok: true,
      answers: sample,
      version: 1,
      namesOmitted: false,
    });
  });

  it('leaves names out when asked, and the reader gets neutral numbered labels', () => {
    const payload = encodeShareLink(sample, { omitNames: true });
    const plain = Buffer.from(payload.slice(2), 'base64url');
    expect(plain.includes(Buffer.from('借呗'))).toBe(false);
    const zh = decodeShareLink(payload);
    expect(zh.ok && zh.answers.debts.map((d) => d.name)).toEqual(['机构 1', '机构 2']);
    expect(zh.ok && zh.namesOmitted).toBe(true);
    const en = decodeShareLink(payload, { lenderLabel: (n) => `Lender ${n}` });
    expect(en.ok && en.answers.debts.map((d) => d.name)).toEqual(['Lender 1', 'Lender 2']);
    expect(en.ok && { ...en.answers, debts: [] }).toEqual({ ...sample, debts: [] });
  });

  it('keeps a five-lender link with long Chinese names under 1,000 characters', () => {
    const cjk = (seed: number) =>
      Array.from({ length: 40 }, (_, i) =>
        String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000)),
      ).join('');
    const answers: Answers = {
      ...sample,
      debts: Array.from({ length: 5 }, (_, i) => ({
        name: cjk(i),
        kind: DEBT_KINDS[i % DEBT_KINDS.length]!,
        outstanding: 99_999_999.99,
        overdueDays: 3650,
        apr: 9999.99,
        penalties: 12_345_678.9,
      })),
      evidence: [...EVIDENCE],
      collection: [...COLLECTION],
    };
    const fragment = `#/plan/${encodeShareLink(answers)}`;
    expect(fragment.length).toBeLessThan(1000);
    const result = decodeShareLink(fragment.slice('#/plan/'.length));
    expect(result.ok && result.answers).toEqual(answers);
  });

  it('round-trips random valid answers, with and without names', () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, omitNames) => {
        const parsed = AnswersSchema.parse(answers);
        const result = decodeShareLink(encodeShareLink(parsed, { omitNames }), {
          lenderLabel: (n) => `L${n}`,
        });
        const expected = omitNames
          ? { ...parsed, debts: parsed.debts.map((d, i) => ({ ...d, name: `L${i + 1}` })) }
          : parsed;
        expect(result).toEqual({
          ok: true,
          answers: expected,
          version: 1,
          namesOmitted: omitNames,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('has every Answers enum value in the frozen v1 tables (append new values at the end)', () => {
    expect([...CAUSES].every((c) => (V1_TABLES.cause as readonly string[]).includes(c))).toBe(true);
    expect([...DEBT_KINDS].every((c) => (V1_TABLES.kind as readonly string[]).includes(c))).toBe(
      true,
    );
    expect([...EVIDENCE].every((c) => (V1_TABLES.evidence as readonly string[]).includes(c))).toBe(
      true,
    );
    expect(
      [...COLLECTION].every((c) => (V1_TABLES.collection as readonly string[]).includes(c)),
    ).toBe(true);
    expect([...LEGAL_STAGES].every((c) => (V1_TABLES.legal as readonly string[]).includes(c))).toBe(
      true,
    );
    expect([...COURT_PAPERS].every((c) => (V1_TABLES.paper as readonly string[]).includes(c))).toBe(
      true,
    );
    expect(
      [...PAPER_DISPUTES].every((c) => (V1_TABLES.disputes as readonly string[]).includes(c)),
    ).toBe(true);
    expect(
      [...NEGOTIATED].every((c) => (V1_TABLES.negotiated as readonly string[]).includes(c)),
    ).toBe(true);
  });
});

describe('share codec: golden v1 links keep opening', () => {
  const files = readdirSync(LINKS_DIR).filter((f) => /^v1-.*\.json$/.test(f));

  it('has golden links to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s decodes to exactly its answers', (file) => {
    const { answers, payload, omitNames } = JSON.parse(
      readFileSync(join(LINKS_DIR, file), 'utf8'),
    ) as { answers: Answers; payload: string; omitNames: boolean };
    expect(decodeShareLink(payload)).toEqual({
      ok: true,
      answers,
      version: 1,
      namesOmitted: omitNames,
    });
  });
});

type Golden = { answers: Answers; payload: string; omitNames: boolean };
const readGolden = (file: string) =>
  JSON.parse(readFileSync(join(LINKS_DIR, file), 'utf8')) as Golden;

describe('share codec: links made before the court paper was asked are untouched by it', () => {
  const files = readdirSync(LINKS_DIR).filter((f) => /^v1-.*\.json$/.test(f));

  it.each(files)('%s has no court paper, and this build writes the very same link', (file) => {
    const { answers, payload, omitNames } = readGolden(file);
    const decoded = decodeShareLink(payload);
    expect(decoded.ok && 'courtPaper' in decoded.answers).toBe(false);
    // The 11-element form is written as before when no optional field is present.
    expect(encodeShareLink(answers, { omitNames })).toBe(payload);
  });
});

describe('share codec: frozen links with a court paper (extension "cp")', () => {
  const files = readdirSync(LINKS_DIR).filter((f) => /^v1x-.*\.json$/.test(f));

  it('has golden links with the court paper to check', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'v1x-payment-order.json',
        'v1x-enforcement.json',
        'v1x-complaint-dates-unknown.json',
      ]),
    );
  });

  it.each(files)('%s decodes to exactly its answers, court paper included', (file) => {
    const { answers, payload, omitNames } = readGolden(file);
    expect(answers.courtPaper).toBeDefined();
    expect(decodeShareLink(payload)).toEqual({
      ok: true,
      answers,
      version: 1,
      namesOmitted: omitNames,
    });
    expect(encodeShareLink(answers, { omitNames })).toBe(payload);
  });

  it('keeps "not asked" apart from "no date written"', () => {
    const { answers } = readGolden('v1x-complaint-dates-unknown.json');
    const notAsked: Answers = {
      ...answers,
      courtPaper: { debt: 0, paper: 'complaint', receivedOn: null },
    };
    const decoded = decodeShareLink(encodeShareLink(notAsked));
    expect(decoded.ok && decoded.answers.courtPaper).toEqual({
      debt: 0,
      paper: 'complaint',
      receivedOn: null,
    });
    expect(decodeShareLink(encodeShareLink(answers))).toMatchObject({
      ok: true,
      answers: { courtPaper: { receivedOn: null, courtDate: null } },
    });
  });
});

describe('share codec: broken links give a typed error', () => {
  const valid = encodeShareLink(sample);

  const flip = (p: string, at: number) =>
    p.slice(0, at) + (p[at] === 'A' ? 'B' : 'A') + p.slice(at + 1);

  it.each([
    ['empty', '', 'truncated'],
    ['version only', '1', 'truncated'],
    ['version and dot only', '1.', 'truncated'],
    ['cut inside the header', valid.slice(0, 6), 'truncated'],
    ['cut after the header', valid.slice(0, 12), 'truncated'],
    ['last characters lost', valid.slice(0, -3), 'truncated'],
    ['extra characters added', `${valid}AAAA`, 'corrupt'],
    ['one character added', `${valid}A`, 'corrupt'],
    ['two characters added', `${valid}AB`, 'corrupt'],
    ['three characters added', `${valid}ABC`, 'corrupt'],
    ['one character changed in the data', flip(valid, 30), 'corrupt'],
    ['one character changed in the checksum', flip(valid, 5), 'corrupt'],
    ['a character outside base64url', `${valid.slice(0, 10)}!${valid.slice(11)}`, 'not_base64'],
    ['standard base64 padding', `${valid}==`, 'not_base64'],
    ['spaces inserted by a chat app', `${valid.slice(0, 20)} ${valid.slice(20)}`, 'not_base64'],
    ['an unknown version', `2.${valid.slice(2)}`, 'bad_version'],
    ['version 0', `0.${valid.slice(2)}`, 'bad_version'],
    ['a zero-padded version', `01.${valid.slice(2)}`, 'bad_version'],
    ['no version prefix', valid.slice(2), 'bad_version'],
    ['a foreign address', 'https://example.com/', 'bad_version'],
    ['an oversized payload', '1.' + 'A'.repeat(MAX_PAYLOAD_CHARS), 'too_large'],
  ])('%s: %s -> %s', (_label, payload, error) => {
    expect(decodeShareLink(payload)).toEqual({ ok: false, error });
  });

  it('refuses a zip bomb after inflating little more than the cap, not the whole stream', () => {
    for (const factor of [16, 256]) {
      const size = MAX_INFLATED_BYTES * factor;
      const bomb = deflateSync(new Uint8Array(size).fill(0x20), { level: 9 });
      expect(decodeShareLink(wrap(bomb))).toEqual({ ok: false, error: 'too_large' });
      const result = inflateWithLimit(bomb, MAX_INFLATED_BYTES);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toBe('too_large');
      // Past the cap by at most one step's worth of output (16 input bytes), never the stream.
      expect(result.inflated).toBeGreaterThan(MAX_INFLATED_BYTES);
      expect(result.inflated).toBeLessThan(MAX_INFLATED_BYTES + 20_000);
      expect(result.inflated).toBeLessThan(size / 8);
    }
  });

  it('inflates a stream up to the cap in full, and one byte more is too large', () => {
    const exact = new Uint8Array(MAX_INFLATED_BYTES).map((_, i) => (i * 31) % 251);
    const full = inflateWithLimit(deflateSync(exact), MAX_INFLATED_BYTES);
    expect(full.ok && Buffer.from(full.bytes).equals(Buffer.from(exact))).toBe(true);
    const over = new Uint8Array(MAX_INFLATED_BYTES + 1).fill(7);
    expect(inflateWithLimit(deflateSync(over), MAX_INFLATED_BYTES)).toMatchObject({
      ok: false,
      error: 'too_large',
    });
    // A stream cut short is corrupt, not a shorter result.
    const cut = deflateSync(exact).subarray(0, 100);
    expect(inflateWithLimit(cut, MAX_INFLATED_BYTES)).toMatchObject({
      ok: false,
      error: 'corrupt',
    });
  });

  it('calls garbage behind a valid checksum corrupt', () => {
    expect(decodeShareLink(wrap(new Uint8Array([1, 2, 3, 4, 5])))).toEqual({
      ok: false,
      error: 'corrupt',
    });
    expect(decodeShareLink(wrap(deflateSync(new Uint8Array([0xff, 0xfe]))))).toEqual({
      ok: false,
      error: 'corrupt',
    });
    expect(decodeShareLink(wrap(deflateJson({ not: 'a plan' })))).toEqual({
      ok: false,
      error: 'corrupt',
    });
  });

  it('calls well-formed but impossible answers invalid_answers', () => {
    const debt = ['x', 0, 100, 0, null, null];
    const compact = (over: Record<number, unknown>) =>
      Object.assign([0, 0, null, 1000, 500, 0, [debt], [], [], 0, 0], over);
    expect(decodeShareLink(wrap(deflateJson(compact({}))))).toMatchObject({ ok: true });
    for (const over of [
      { 1: 99 }, // unknown cause
      { 3: -5 }, // negative income
      { 3: 1.005 }, // more than two decimals
      { 6: [] }, // no debts
      { 6: [['', 0, 100, 0, null, null]] }, // empty name without the omitted-names flag
      { 6: Array.from({ length: 21 }, () => debt) }, // more than 20 debts
      { 7: [0, 0] }, // the same evidence twice
      { 10: 7 }, // unknown negotiation state
    ]) {
      expect(decodeShareLink(wrap(deflateJson(compact(over))))).toEqual({
        ok: false,
        error: 'invalid_answers',
      });
    }
  });

  it('reads optional fields from a 12th element, and refuses keys of a newer version', () => {
    const debt = ['x', 0, 100, 0, null, null];
    const base = [0, 0, null, 1000, 500, 0, [debt], [], [], 0, 0];
    const plain = decodeShareLink(wrap(deflateJson(base)));
    expect(plain).toMatchObject({ ok: true });
    // An empty extension object is the same plan as none.
    expect(decodeShareLink(wrap(deflateJson([...base, {}])))).toEqual(plain);
    // A key this build does not know: made by a newer version, never a shortened plan.
    expect(decodeShareLink(wrap(deflateJson([...base, { zz_from_the_future: 1 }])))).toEqual({
      ok: false,
      error: 'bad_version',
    });
    for (const ext of [null, [], 7, 'x']) {
      expect(decodeShareLink(wrap(deflateJson([...base, ext])))).toEqual({
        ok: false,
        error: 'corrupt',
      });
    }
    expect(decodeShareLink(wrap(deflateJson([...base, {}, {}])))).toEqual({
      ok: false,
      error: 'corrupt',
    });
  });

  it('reads a court paper under "cp", and tells a broken one from an impossible one', () => {
    const debt = ['x', 0, 100, 0, null, null];
    const at = (legal: number, cp: unknown) =>
      decodeShareLink(
        wrap(deflateJson([0, 0, null, 1000, 500, 0, [debt], [], [], legal, 0, { cp }])),
      );
    const PAYMENT_ORDER = 3;
    expect(at(PAYMENT_ORDER, { d: 0, p: 0, r: '2026-11-28', x: 1 })).toMatchObject({
      ok: true,
      answers: {
        legal: 'payment_order',
        courtPaper: { debt: 0, paper: 'payment_order', receivedOn: '2026-11-28', disputes: 'no' },
      },
    });
    // Wrong shapes: the link was damaged.
    for (const cp of [
      null,
      [],
      'x',
      { d: 0, p: 0 },
      { d: -1, p: 0, r: null },
      { d: 0, p: 0, r: 5 },
      { d: 0, p: 0, r: null, q: 1 },
    ]) {
      expect(at(PAYMENT_ORDER, cp), JSON.stringify(cp)).toEqual({ ok: false, error: 'corrupt' });
    }
    // Well-formed but impossible: no such debt, paper or date; a paper at a stage without one;
    // a notice date on a payment order; a notice date before the day of receipt.
    for (const [legal, cp] of [
      [PAYMENT_ORDER, { d: 1, p: 0, r: null }],
      [PAYMENT_ORDER, { d: 0, p: 9, r: null }],
      [PAYMENT_ORDER, { d: 0, p: 0, r: '2026-02-30' }],
      [PAYMENT_ORDER, { d: 0, p: 0, r: '28/11/2026' }],
      [0, { d: 0, p: 0, r: null }],
      [PAYMENT_ORDER, { d: 0, p: 0, r: null, c: '2026-12-01' }],
      [5, { d: 0, p: 1, r: '2026-12-01', c: '2026-11-01' }],
      [5, { d: 0, p: 1, r: null, x: 0 }],
    ] as const) {
      expect(at(legal, cp), JSON.stringify(cp)).toEqual({ ok: false, error: 'invalid_answers' });
    }
  });

  const validPayloads = [
    valid,
    ...readdirSync(LINKS_DIR).map(
      (f) => (JSON.parse(readFileSync(join(LINKS_DIR, f), 'utf8')) as { payload: string }).payload,
    ),
  ];
  const validArb = fc.constantFrom(...validPayloads);
  const b64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
  const b64Char = fc.constantFrom(...b64);

  it('a link whose last character has unused bits set is refused', () => {
    // Find golden payloads that end in a character carrying unused bits (length % 4 of 2 or 3).
    const tails = validPayloads.filter((p) => (p.length - 2) % 4 >= 2);
    expect(tails.length).toBeGreaterThan(0);
    for (const p of tails) {
      const last = b64.indexOf(p.at(-1)!);
      const unused = (p.length - 2) % 4 === 2 ? 0b1111 : 0b11;
      expect(last & unused).toBe(0);
      for (let bits = 1; bits <= unused; bits++) {
        const edited = p.slice(0, -1) + b64[last | bits];
        expect(decodeShareLink(edited)).toEqual({ ok: false, error: 'corrupt' });
      }
    }
  });

  /** Every kind of edit a chat app, a person or a bad copy could make to a valid link. */
  const edited = fc.oneof(
    // one character replaced by another
    validArb.chain((p) =>
      fc
        .tuple(fc.integer({ min: 2, max: p.length - 1 }), b64Char)
        .filter(([i, ch]) => p[i] !== ch)
        .map(([i, ch]) => p.slice(0, i) + ch + p.slice(i + 1)),
    ),
    // one to three characters inserted anywhere after the version
    validArb.chain((p) =>
      fc
        .tuple(
          fc.integer({ min: 2, max: p.length }),
          fc.string({ unit: b64Char, minLength: 1, maxLength: 3 }),
        )
        .map(([i, s]) => p.slice(0, i) + s + p.slice(i)),
    ),
    // one to three characters deleted
    validArb.chain((p) =>
      fc
        .tuple(fc.integer({ min: 2, max: p.length - 1 }), fc.integer({ min: 1, max: 3 }))
        .map(([i, n]) => p.slice(0, i) + p.slice(i + n)),
    ),
    // cut short
    validArb.chain((p) => fc.nat(p.length - 1).map((n) => p.slice(0, n))),
    // two different neighbours swapped
    validArb.chain((p) =>
      fc
        .integer({ min: 2, max: p.length - 2 })
        .filter((i) => p[i] !== p[i + 1])
        .map((i) => p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2)),
    ),
    // one bit of the bytes flipped, written back as canonical base64url
    validArb.chain((p) => {
      const bytes = Buffer.from(p.slice(2), 'base64url');
      return fc.nat(bytes.length * 8 - 1).map((bit) => {
        const copy = Buffer.from(bytes);
        copy[bit >> 3]! ^= 1 << (bit & 7);
        return `1.${copy.toString('base64url')}`;
      });
    }),
  );

  it(`refuses every edit of a valid link: ${FUZZ_LINKS.toLocaleString('en')} edits, 0 accepted`, () => {
    let accepted = 0;
    let tried = 0;
    fc.assert(
      fc.property(edited, (input) => {
        fc.pre(!validPayloads.includes(input));
        tried++;
        const result = decodeShareLink(input);
        expectTyped(result);
        if (result.ok) accepted++;
        expect(result.ok).toBe(false);
      }),
      { numRuns: FUZZ_LINKS },
    );
    expect(tried).toBeGreaterThanOrEqual(FUZZ_LINKS * 0.95);
    expect(accepted).toBe(0);
  });

  it(`never throws and always returns a typed result: ${FUZZ_LINKS.toLocaleString('en')} hostile inputs, none opens`, () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: b64Char, maxLength: 600 }).map((s) => `1.${s}`),
      edited,
      fc.uint8Array({ maxLength: 400 }).map((b) => `1.${Buffer.from(b).toString('base64url')}`),
      fc.uint8Array({ maxLength: 400 }).map((b) => wrap(deflateSync(b))),
      fc.jsonValue().map((v) => wrap(deflateJson(v))),
      fc.tuple(fc.nat(999), validArb).map(([v, p]) => `${v}.${p.slice(2)}`),
      fc.nat(40_000).map((n) => `1.${'A'.repeat(n)}`),
    );
    let opened = 0;
    fc.assert(
      fc.property(hostile, (input) => {
        const result = decodeShareLink(input);
        expectTyped(result);
        if (result.ok && !validPayloads.includes(input)) opened++;
      }),
      { numRuns: FUZZ_LINKS },
    );
    // Measured: nothing but the valid links themselves opens (a valid link with version 1).
    expect(opened).toBe(0);
  });

  it('never throws for non-string input', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(decodeShareLink(input)).toEqual({ ok: false, error: 'corrupt' });
    }
  });
});
