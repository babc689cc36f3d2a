import { describe, expect, it } from 'vitest';
import { FLOW, DEBT_FIELDS, type Step } from '../../../src/features/wizard/flow';
import {
  evaluate,
  firstUnansweredStep,
  incompleteSteps,
  isShown,
  nextPath,
  previousPath,
  reconcileHidden,
  visibleSteps,
  withReturn,
} from '../../../src/features/wizard/conditions';
import { AnswersSchema, CourtPaperSchema } from '../../../src/rules/answers';
import zh from '../../../content/zh-CN/wizard.json';
import en from '../../../content/en/wizard.json';
import { ANSWERS } from './answers-fixture';

const step = (id: string) => FLOW.find((s) => s.id === id) as Step;

function lookup(bundle: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }, bundle);
}

describe('the flow as data', () => {
  it('is serialisable: a JSON round trip gives the same flow', () => {
    expect(JSON.parse(JSON.stringify(FLOW))).toEqual(FLOW);
  });

  it('has unique snake_case step ids and asks every Answers field exactly once', () => {
    const ids = FLOW.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const asked = FLOW.flatMap((s) => s.answers).sort();
    // Every top-level field, and the court paper part by part.
    const contract = [
      ...Object.keys(AnswersSchema.shape).filter((k) => k !== 'v' && k !== 'courtPaper'),
      ...Object.keys(CourtPaperSchema.shape).map((k) => `courtPaper.${k}`),
    ].sort();
    expect(asked).toEqual(contract);
  });

  it('names only content that exists in both languages', () => {
    const keys: string[] = [];
    for (const s of FLOW) keys.push(`steps.${s.id}.title`);
    keys.push('steps.essentials.why');
    const fields = [...FLOW.flatMap((s) => s.fields), ...DEBT_FIELDS];
    for (const f of fields) {
      keys.push(`${f.content}.name`);
      if (!f.optional) keys.push(`${f.content}.required`);
      for (const o of f.options ?? []) keys.push(`${f.content}.options.${o}.label`);
      if (f.noneOption) keys.push(`${f.content}.none`);
      if (f.unknownOption) keys.push(`${f.content}.unknown`);
    }
    for (const f of [...step('essentials').fields, ...DEBT_FIELDS]) keys.push(`${f.content}.label`);
    const missing = keys.flatMap((k) => [
      ...(typeof lookup(zh, k) === 'string' ? [] : [`zh-CN ${k}`]),
      ...(typeof lookup(en, k) === 'string' ? [] : [`en ${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('conditions', () => {
  it.each([
    [{ field: 'cause', in: ['job_loss'] } as const, { cause: 'job_loss' } as const, true],
    [{ field: 'cause', in: ['job_loss'] } as const, {}, false],
    [{ field: 'cause', notIn: ['too_many_debts'] } as const, {}, true],
    [
      { field: 'cause', notIn: ['too_many_debts'] } as const,
      { cause: 'too_many_debts' } as const,
      false,
    ],
    [
      {
        all: [
          { field: 'cause', in: ['job_loss'] },
          { field: 'legal', in: ['sued'] },
        ],
      } as const,
      { cause: 'job_loss', legal: 'none' } as const,
      false,
    ],
    [
      {
        any: [
          { field: 'cause', in: ['job_loss'] },
          { field: 'legal', in: ['sued'] },
        ],
      } as const,
      { cause: 'other', legal: 'sued' } as const,
      true,
    ],
  ])('%j on %j is %s', (condition, draft, expected) => {
    expect(evaluate(condition, draft)).toBe(expected);
  });

  it('hides the evidence question only for borrowing to repay', () => {
    expect(isShown(step('evidence'), { cause: 'job_loss' })).toBe(true);
    expect(isShown(step('evidence'), { cause: 'too_many_debts' })).toBe(false);
    expect(visibleSteps({ cause: 'too_many_debts' })).toHaveLength(9);
    expect(visibleSteps({ cause: 'other' })).toHaveLength(10);
  });

  it('fills a hidden step with its stand-in and empties it when it is shown again', () => {
    const hidden = reconcileHidden({}, { cause: 'too_many_debts' });
    expect(hidden.evidence).toEqual([]);
    const shownAgain = reconcileHidden(hidden, { ...hidden, cause: 'illness_or_injury' });
    expect(shownAgain.evidence).toBeUndefined();
    const kept = reconcileHidden(
      { cause: 'job_loss', evidence: ['medical'] },
      { cause: 'income_drop', evidence: ['medical'] },
    );
    expect(kept.evidence).toEqual(['medical']);
  });

  it('goes forward and back over shown steps only', () => {
    const draft = { cause: 'too_many_debts' } as const;
    expect(nextPath(step('collection'), draft, false)).toBe('/step/negotiated');
    expect(previousPath(step('negotiated'), draft, false)).toBe('/step/collection');
    expect(nextPath(step('evidence'), draft, false)).toBe('/step/negotiated');
    expect(nextPath(step('negotiated'), draft, false)).toBe('/check');
    expect(previousPath(step('cause'), draft, false)).toBe('/');
  });

  it('returns to the check page, or to the first unanswered question on the way', () => {
    const { v: _v, ...complete } = ANSWERS;
    expect(nextPath(step('income'), complete, true)).toBe('/check');
    expect(nextPath(step('income'), { ...complete, legal: undefined }, true)).toBe(
      '/step/legal?return=check',
    );
    expect(previousPath(step('income'), complete, true)).toBe('/check');
    expect(withReturn('/step/debts?debt=1', true)).toBe('/step/debts?debt=1&return=check');
    expect(withReturn('/step/debts', false)).toBe('/step/debts');
  });

  it('knows what is complete and what was never answered', () => {
    const { v: _v, ...complete } = ANSWERS;
    expect(incompleteSteps(complete)).toEqual([]);
    expect(incompleteSteps({ ...complete, debts: [] }).map((s) => s.id)).toEqual(['debts']);
    expect(firstUnansweredStep({})?.id).toBe('cause');
    expect(firstUnansweredStep({ cause: 'other', incomeExpectedInDays: null })?.id).toBe('income');
    expect(firstUnansweredStep(complete)).toBeUndefined();
  });
});
