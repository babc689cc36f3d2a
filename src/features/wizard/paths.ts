/**
 * Where a step's answer lives in the draft: a top-level Answers field ("cause") or a part of
 * the court paper ("courtPaper.receivedOn"). One vocabulary for the flow's fields, its
 * conditions and the check-answers rows, read and written only through these functions.
 */
import type { z } from 'zod';
import {
  AnswersSchema,
  CourtPaperSchema,
  type Answers,
  type CourtPaper,
} from '../../rules/answers';
import type { Draft } from '../../store/answers-store';

export type AnswerKey = Exclude<keyof Answers, 'v'>;
export type CourtPaperPart = keyof CourtPaper;
export type AnswerPath = AnswerKey | `courtPaper.${CourtPaperPart}`;

function split(path: AnswerPath): [AnswerKey, CourtPaperPart | undefined] {
  const [head, part] = path.split('.') as [AnswerKey, CourtPaperPart | undefined];
  return [head, part];
}

/** The value at `path` (undefined when it, or the object holding it, is missing). */
export function valueAt(draft: Draft, path: AnswerPath): unknown {
  const [head, part] = split(path);
  const value: unknown = draft[head as keyof Draft];
  if (part === undefined) return value;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
}

/**
 * The draft with `value` at `path`. Writing a part creates the court paper when needed; writing
 * undefined into a court paper that is not there changes nothing. A top-level key written as
 * undefined stays in the object (as undefined), so merging this draft clears it.
 */
export function withValue(draft: Draft, path: AnswerPath, value: unknown): Draft {
  const [head, part] = split(path);
  if (part === undefined) return { ...draft, [head]: value } as Draft;
  const current = draft.courtPaper;
  if (current === undefined && value === undefined) return draft;
  return { ...draft, courtPaper: { ...(current ?? {}), [part]: value } };
}

/** The schema one answer must pass. */
export function schemaAt(path: AnswerPath): z.ZodType {
  const [head, part] = split(path);
  if (part === undefined) return AnswersSchema.shape[head];
  return CourtPaperSchema.shape[part];
}
