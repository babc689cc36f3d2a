import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateProportionally,
  ceilDiv,
  pourInOrder,
  toFen,
  toYuan,
  type Claim,
} from '../../../src/rules/allocation';

const claims = (needs: number[], ...tiers: number[][]): Claim[] =>
  needs.map((need, i) => ({ need, floors: tiers.map((tier) => tier[i]!), rank: i }));

describe('allocateProportionally', () => {
  it.each([
    [
      'splits in proportion to what is owed',
      10_000,
      claims([30_000, 20_000, 50_000]),
      [3_000, 2_000, 5_000],
    ],
    [
      'gives leftover fen by largest remainder, ties by rank',
      100,
      claims([5, 5, 5].map((x) => x * 100)),
      [34, 33, 33],
    ],
    [
      'raises a small debt to the floor its lender accepts',
      1_000,
      claims([100_000, 1_000], [500, 500]),
      [500, 500],
    ],
    [
      'drops to strictly proportional when floors do not fit',
      600,
      claims([1_000, 1_000, 1_000], [300, 300, 300]),
      [200, 200, 200],
    ],
    [
      'falls back to the next floor tier when the first does not fit',
      1_000,
      claims([100_000, 1_000], [800, 800], [100, 100]),
      [900, 100],
    ],
    ['never gives a debt more than it needs', 10_000, claims([1_000, 2_000]), [1_000, 2_000]],
    [
      'floor above the need is capped at the need',
      1_000,
      claims([50, 10_000], [500, 500]),
      [50, 950],
    ],
    ['nothing to allocate', 0, claims([1_000, 2_000], [100, 100]), [0, 0]],
    ['a settled debt gets nothing', 900, claims([0, 3_000]), [0, 900]],
  ])('%s', (_name, amount, input, expected) => {
    expect(allocateProportionally(amount, input)).toEqual(expected);
  });

  const arbitraryClaims = fc
    .array(
      fc.record({
        need: fc.integer({ min: 0, max: 1e10 }),
        floors: fc.array(fc.integer({ min: 0, max: 20_000 }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 20 },
    )
    .map((cs) => cs.map((c, rank) => ({ ...c, rank })));

  it('adds up exactly, stays within need, honours floors when they fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), arbitraryClaims, (amount, cs) => {
        const out = allocateProportionally(amount, cs);
        const total = Math.min(
          amount,
          cs.reduce((a, c) => a + c.need, 0),
        );
        expect(out.reduce((a, b) => a + b, 0)).toBe(total);
        const tiers = Math.max(0, ...cs.map((c) => c.floors.length));
        const floorOf = (c: Claim, t: number) => Math.min(c.floors[t] ?? 0, c.need);
        const tier = Array.from({ length: tiers }, (_, t) => t).find(
          (t) => cs.reduce((a, c) => a + floorOf(c, t), 0) <= total,
        );
        cs.forEach((c, i) => {
          expect(Number.isInteger(out[i])).toBe(true);
          expect(out[i]).toBeGreaterThanOrEqual(tier === undefined ? 0 : floorOf(c, tier));
          expect(out[i]).toBeLessThanOrEqual(c.need);
        });
      }),
    );
  });

  it('owing more never means paying less (within one fen), floors aside', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), arbitraryClaims, (amount, cs) => {
        const flat = cs.map((c) => ({ ...c, floors: [] }));
        const out = allocateProportionally(amount, flat);
        flat.forEach((a, i) =>
          flat.forEach((b, j) => {
            if (a.need >= b.need) expect(out[i]! + 1).toBeGreaterThanOrEqual(out[j]!);
          }),
        );
      }),
    );
  });

  it('does not depend on the order of the claims', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        arbitraryClaims.chain((cs) =>
          fc.tuple(
            fc.constant(cs),
            fc.shuffledSubarray(
              cs.map((_, i) => i),
              { minLength: cs.length },
            ),
          ),
        ),
        (amount, [cs, order]) => {
          const out = allocateProportionally(amount, cs);
          const shuffled = allocateProportionally(
            amount,
            order.map((i) => cs[i]!),
          );
          expect(shuffled).toEqual(order.map((i) => out[i]));
        },
      ),
    );
  });
});

describe('pourInOrder', () => {
  it('fills debts one after another in the given order', () => {
    expect(pourInOrder(5_000, [3_000, 1_000, 4_000], [1, 0, 2])).toEqual([3_000, 1_000, 1_000]);
  });
  it('spends nothing when there is nothing', () => {
    expect(pourInOrder(0, [3_000, 1_000], [0, 1])).toEqual([0, 0]);
  });
});

describe('fen helpers', () => {
  it('convert without drift', () => {
    expect(toFen(0.1 + 0.2)).toBe(30);
    expect(toYuan(toFen(833.33))).toBe(833.33);
    expect(ceilDiv(10_001, 100)).toBe(101);
    expect(ceilDiv(10_000, 100)).toBe(100);
  });
});
