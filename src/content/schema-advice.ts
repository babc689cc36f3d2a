/**
 * Schemas for the advice content: methods, reasons, urgent actions, flags, tips and the steps
 * to take when refused. Each locale file is keyed by exactly the ids in src/rules/ids.ts: a
 * missing id or an id the rules do not know fails validation (tests and the build).
 */
import { z } from 'zod';
import {
  FLAG_IDS,
  METHOD_IDS,
  REASON_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
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

const methodEntry = z.strictObject({
  name: text,
  /** One line, shown beside the fit. */
  summary: text.refine((s) => !s.includes('\n'), 'must be a single line'),
  what_it_is: text,
  when_it_suits: text,
  not_when: text,
  /** What to say, first person, with the offer's numbers. */
  script: text,
  /** What to get the lender to confirm in writing. */
  ask_in_writing: text,
  /** What it does to the 征信 record. */
  credit_effect: text,
  prepare: text,
});

const titled = z.strictObject({ title: text, body: text });

const urgentEntry = z.strictObject({
  title: text,
  body: text,
  steps: z.array(text).min(1, 'needs at least one step'),
});

/** One zod schema per namespace, each for one locale's file (content/<locale>/<ns>.json). */
export const adviceSchemas = {
  methods: keyedBy(METHOD_IDS, methodEntry),
  /** A single "因为你说……" sentence per reason. */
  reasons: keyedBy(REASON_IDS, text),
  urgent: keyedBy(URGENT_IDS, urgentEntry),
  flags: keyedBy(FLAG_IDS, titled),
  tips: keyedBy(TIP_IDS, titled),
  refused: keyedBy(REFUSED_STEP_IDS, titled),
};

export type MethodsContent = z.infer<typeof adviceSchemas.methods>;
export type ReasonsContent = z.infer<typeof adviceSchemas.reasons>;
export type UrgentContent = z.infer<typeof adviceSchemas.urgent>;
export type FlagsContent = z.infer<typeof adviceSchemas.flags>;
export type TipsContent = z.infer<typeof adviceSchemas.tips>;
export type RefusedContent = z.infer<typeof adviceSchemas.refused>;
