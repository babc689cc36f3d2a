/**
 * Pure functions of the draft: which steps are shown, where to go next, what is complete.
 * Nothing here reads the store; callers pass the draft in.
 */
import { crossFieldIssues } from '../../rules/answers';
import type { Draft } from '../../store/answers-store';
import { FLOW, type AnswerPath, type Condition, type Step } from './flow';
import { schemaAt, valueAt, withValue } from './paths';

export function evaluate(condition: Condition, draft: Draft): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, draft));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, draft));
  const value = valueAt(draft, condition.field);
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return !(typeof value === 'string' && condition.notIn.includes(value));
}

export function isShown(step: Step, draft: Draft): boolean {
  return step.showIf === undefined || evaluate(step.showIf, draft);
}

export function visibleSteps(draft: Draft, flow: readonly Step[] = FLOW): Step[] {
  return flow.filter((s) => isShown(s, draft));
}

/**
 * One answer is given and valid: present (undefined means never answered, also for fields the
 * contract makes optional), passing its schema and the checks that involve another field.
 */
export function isAnswered(path: AnswerPath, draft: Draft): boolean {
  const value = valueAt(draft, path);
  if (value === undefined || !schemaAt(path).safeParse(value).success) return false;
  return !crossFieldIssues(draft).some((issue) => issue.path.join('.') === path);
}

/** A step is complete when every answer it fills is given and valid. */
export function isComplete(step: Step, draft: Draft): boolean {
  return step.answers.every((path) => isAnswered(path, draft));
}

/** Visible steps that are not complete yet, in flow order. */
export function incompleteSteps(draft: Draft, flow: readonly Step[] = FLOW): Step[] {
  return visibleSteps(draft, flow).filter((s) => !isComplete(s, draft));
}

/** The first visible step never answered at all (cheap: no validation), or undefined. */
export function firstUnansweredStep(draft: Draft, flow: readonly Step[] = FLOW): Step | undefined {
  return visibleSteps(draft, flow).find((s) =>
    s.answers.some((path) => valueAt(draft, path) === undefined),
  );
}

/**
 * The draft after an answer changed: a step that is hidden gets its `whenHidden` answers; a step
 * that was hidden and is shown again is emptied, so the person is asked it rather than silently
 * keeping the stand-in value.
 */
export function reconcileHidden(before: Draft, after: Draft, flow: readonly Step[] = FLOW): Draft {
  let next = after;
  for (const step of flow) {
    const entries = Object.entries(step.whenHidden ?? {}) as [AnswerPath, unknown][];
    if (!isShown(step, after)) {
      for (const [path, value] of entries) next = withValue(next, path, value);
    } else if (!isShown(step, before)) {
      for (const [path] of entries) next = withValue(next, path, undefined);
    }
  }
  return next;
}

/** Where the page after `step` is: the next shown step, or the check-answers page. */
export function nextPath(step: Step, draft: Draft, returnToCheck: boolean): string {
  if (returnToCheck) {
    const missing = incompleteSteps(draft)[0];
    return missing ? `/step/${missing.id}?return=check` : '/check';
  }
  const next = FLOW.slice(FLOW.indexOf(step) + 1).find((s) => isShown(s, draft));
  return next ? `/step/${next.id}` : '/check';
}

/** Where the back link of `step` goes: the shown step before it, or the start page. */
export function previousPath(step: Step, draft: Draft, returnToCheck: boolean): string {
  if (returnToCheck) return '/check';
  const index = FLOW.indexOf(step);
  const previous = FLOW.slice(0, Math.max(index, 0))
    .reverse()
    .find((s) => isShown(s, draft));
  return previous ? `/step/${previous.id}` : '/';
}

/** Adds `?return=check` (or `&return=check`) when the person came from the check page. */
export function withReturn(path: string, returnToCheck: boolean): string {
  if (!returnToCheck) return path;
  return `${path}${path.includes('?') ? '&' : '?'}return=check`;
}
