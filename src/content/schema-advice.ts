/**
 * Schemas for the advice content: methods, reasons, urgent actions, flags, tips and the steps
 * to take when refused. Each locale file is keyed by exactly the ids in src/rules/ids.ts: a
 * missing id or an id the rules do not know fails validation (tests and the build).
 */
import { z } from 'zod';
import {
  COURT_ADVICE_IDS,
  FLAG_IDS,
  METHOD_IDS,
  REASON_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
  type MethodId,
} from '../rules/ids';

const text = z.string().regex(/\S/, 'must not be empty');

/** One strict object with exactly the given ids as keys, each holding `entry`. */
function keyedBy<const Ids extends readonly string[], Entry extends z.ZodType>(
  ids: Ids,
  entry: Entry,
) {
  const shape = Object.fromEntries(ids.map((id) => [id, entry])) as Record<Ids[number], Entry>;
  return z.strictObject(shape);
}

/**
 * The scripts each method has beside `script` (what it says with the numbers of its usual
 * proposal) and `script_no_numbers` (what it says when the plan has no numbers for it): one
 * per other shape its proposal can take (see MethodAdvice.offers in src/rules/plan.ts).
 * - penalty_relief: `script` settles in one go; `script_instalments` repays the principal
 *   monthly; `script_settlement_instalments` pays part now and the rest monthly;
 *   `script_settlement_pause` pays part now and the rest once income recovers.
 * - hardship: `script` asks for reduced monthly payments; `script_pause` for a pause of
 *   `days`, until `first_date`.
 */
export const METHOD_SCRIPT_VARIANTS = {
  extension: [],
  instalments: [],
  penalty_relief: [
    'script_instalments',
    'script_settlement_instalments',
    'script_settlement_pause',
  ],
  restructuring: [],
  hardship: ['script_pause'],
} as const satisfies Record<MethodId, readonly string[]>;

export type MethodScriptKey =
  | 'script'
  | 'script_no_numbers'
  | (typeof METHOD_SCRIPT_VARIANTS)[MethodId][number];

function methodEntry(id: MethodId) {
  const variants = Object.fromEntries(METHOD_SCRIPT_VARIANTS[id].map((key) => [key, text]));
  return z.strictObject({
    name: text,
    /** One line, shown beside the fit. */
    summary: text.refine((s) => !s.includes('\n'), 'must be a single line'),
    what_it_is: text,
    when_it_suits: text,
    not_when: text,
    /** What to say, first person, with the numbers of the method's usual proposal. */
    script: text,
    /** The same request when the plan has no numbers for this method: no amounts to pay. */
    script_no_numbers: text,
    ...variants,
    /** What to get the lender to confirm in writing. */
    ask_in_writing: text,
    /** What it does to the 征信 record. */
    credit_effect: text,
    prepare: text,
  });
}

const titled = z.strictObject({ title: text, body: text });

const urgentEntry = z.strictObject({
  title: text,
  body: text,
  steps: z.array(text).min(1, 'needs at least one step'),
});

/** One zod schema per namespace, each for one locale's file (content/<locale>/<ns>.json). */
export const adviceSchemas = {
  methods: z.strictObject(
    Object.fromEntries(METHOD_IDS.map((id) => [id, methodEntry(id)])) as Record<
      MethodId,
      ReturnType<typeof methodEntry>
    >,
  ),
  /** A single "因为你说……" sentence per reason. */
  reasons: keyedBy(REASON_IDS, text),
  urgent: keyedBy(URGENT_IDS, urgentEntry),
  /** What to do about a court paper and the court stage: shown in the plan's first block. */
  court: keyedBy(COURT_ADVICE_IDS, urgentEntry),
  flags: keyedBy(FLAG_IDS, titled),
  tips: keyedBy(TIP_IDS, titled),
  refused: keyedBy(REFUSED_STEP_IDS, titled),
};

export type MethodsContent = z.infer<typeof adviceSchemas.methods>;
export type ReasonsContent = z.infer<typeof adviceSchemas.reasons>;
export type UrgentContent = z.infer<typeof adviceSchemas.urgent>;
export type CourtContent = z.infer<typeof adviceSchemas.court>;
export type FlagsContent = z.infer<typeof adviceSchemas.flags>;
export type TipsContent = z.infer<typeof adviceSchemas.tips>;
export type RefusedContent = z.infer<typeof adviceSchemas.refused>;
