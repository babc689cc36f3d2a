import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../../src/rules/lazy-schema';
import { AnswersSchema, amountSchema } from '../../../src/rules/answers';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    const build = vi.fn(() => z.object({ n: z.number().min(1) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ n: 2 }).success).toBe(true);
    expect(schema.safeParse({ n: 0 }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(['n']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('behaves as the schema inside other schemas and through its methods', () => {
    const inner = lazySchema(() => z.string().trim().min(1));
    const outer = z.object({ name: inner.optional().catch(undefined), list: z.array(inner) });
    expect(outer.parse({ name: '  a ', list: [' b'] })).toEqual({ name: 'a', list: ['b'] });
    expect(outer.parse({ name: '   ', list: [] })).toEqual({ name: undefined, list: [] });
    expect(inner instanceof z.ZodString).toBe(true);
    expect('safeParse' in inner).toBe(true);
  });

  it('keeps the shared Answers schemas working with their message ids', () => {
    const result = amountSchema.safeParse(-1);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('errors.amount_negative');
    expect(AnswersSchema.shape.monthlyIncome.safeParse(1234.5).success).toBe(true);
  });
});
