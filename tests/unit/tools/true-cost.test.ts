import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualisedRate, rateBand, type TrueCost } from '../../../src/rules/true-cost';

/** Written independently of the module: discount each payment one by one. */
function npvAt(r: number, net: number, payment: number, count: number) {
  let pv = 0;
  for (let k = 1; k <= count; k += 1) pv += payment / (1 + r) ** k;
  return net - pv;
}

function expectOk(result: ReturnType<typeof annualisedRate>): TrueCost {
  if (!result.ok) throw new Error(`expected a rate, got ${result.error}`);
  return result;
}

describe('annualisedRate: worked examples', () => {
  it('¥10,000 received, 12 monthly payments of ¥1,000: about 2.9229% a month, 35.07% APR', () => {
    const r = expectOk(annualisedRate({ received: 10_000, payment: 1_000, count: 12 }));
    expect(r.periodicRate).toBeCloseTo(0.029229, 6);
    expect(r.apr).toBeCloseTo(0.3507, 4);
    expect(r.effectiveRate).toBeCloseTo((1 + r.periodicRate) ** 12 - 1, 12);
    expect(r.effectiveRate).toBeGreaterThan(r.apr);
    expect(r.totalRepaid).toBe(12_000);
    expect(r.totalCost).toBe(2_000);
  });

  it('a single payment a month later: the rate is just the extra over what was received', () => {
    // 1,000 in, 1,010 out after one month: exactly 1% a month, 12% APR.
    const r = expectOk(annualisedRate({ received: 1_000, payment: 1_010, count: 1 }));
    expect(r.periodicRate).toBeCloseTo(0.01, 12);
    expect(r.apr).toBeCloseTo(0.12, 12);
    expect(r.effectiveRate).toBeCloseTo(1.01 ** 12 - 1, 12);
  });

  it('an interest-free loan costs 0%', () => {
    const r = expectOk(annualisedRate({ received: 1_200, payment: 100, count: 12 }));
    expect(r.periodicRate).toBe(0);
    expect(r.apr).toBe(0);
    expect(r.totalCost).toBe(0);
  });

  it.each([
    {
      name: '3,000 over 6 months at 600',
      received: 3_000,
      payment: 600,
      count: 6,
      ppy: 12,
      fee: 0,
    },
    {
      name: '50,000 over 36 months at 1,700',
      received: 50_000,
      payment: 1_700,
      count: 36,
      ppy: 12,
      fee: 0,
    },
    { name: 'weekly 714-style loan', received: 2_000, payment: 2_000, count: 1, ppy: 52, fee: 600 },
    {
      name: '8,000 with a 500 fee, 24 × 420',
      received: 8_000,
      payment: 420,
      count: 24,
      ppy: 12,
      fee: 500,
    },
    { name: '100 over 1000 weeks', received: 100, payment: 0.2, count: 1000, ppy: 52, fee: 0 },
  ])('$name: the present value of the payments equals the net amount received', (c) => {
    const r = expectOk(
      annualisedRate({
        received: c.received,
        payment: c.payment,
        count: c.count,
        periodsPerYear: c.ppy,
        upfrontFee: c.fee,
      }),
    );
    const net = c.received - c.fee;
    expect(Math.abs(npvAt(r.periodicRate, net, c.payment, c.count))).toBeLessThan(1e-6 * net);
    expect(r.apr).toBeCloseTo(r.periodicRate * c.ppy, 12);
    // A small step either side of the root changes the sign of the NPV: it is the root.
    expect(npvAt(r.periodicRate * 0.999, net, c.payment, c.count)).toBeLessThan(0);
    expect(npvAt(r.periodicRate * 1.001, net, c.payment, c.count)).toBeGreaterThan(0);
  });

  it('handles rates of thousands of percent (a week-long loan with 30% taken up front)', () => {
    const r = expectOk(
      annualisedRate({
        received: 2_000,
        payment: 2_000,
        count: 1,
        periodsPerYear: 52,
        upfrontFee: 600,
      }),
    );
    // 1,400 in hand, 2,000 back a week later: 2000/1400 − 1 per week.
    expect(r.periodicRate).toBeCloseTo(2_000 / 1_400 - 1, 10);
    expect(r.apr).toBeGreaterThan(20);
    expect(Number.isFinite(r.effectiveRate)).toBe(true);
  });

  it('a fee deducted up front raises the rate', () => {
    const without = expectOk(annualisedRate({ received: 10_000, payment: 1_000, count: 12 }));
    const withFee = expectOk(
      annualisedRate({ received: 10_000, payment: 1_000, count: 12, upfrontFee: 800 }),
    );
    expect(withFee.apr).toBeGreaterThan(without.apr);
    expect(withFee.netReceived).toBe(9_200);
    expect(withFee.totalCost).toBe(2_800);
  });
});

describe('annualisedRate: impossible input is reported, never thrown', () => {
  it.each([
    [{ received: 0, payment: 100, count: 12 }, 'received_invalid'],
    [{ received: Number.NaN, payment: 100, count: 12 }, 'received_invalid'],
    [{ received: 1_000, payment: -1, count: 12 }, 'payment_invalid'],
    [{ received: 1_000, payment: 100, count: 1.5 }, 'count_invalid'],
    [{ received: 1_000, payment: 100, count: 0 }, 'count_invalid'],
    [{ received: 1_000, payment: 100, count: 12, periodsPerYear: 0 }, 'periods_invalid'],
    [{ received: 1_000, payment: 100, count: 12, upfrontFee: -5 }, 'fee_invalid'],
    [{ received: 1_000, payment: 100, count: 12, upfrontFee: 1_000 }, 'fee_not_less_than_received'],
    [{ received: 10_000, payment: 500, count: 12 }, 'repaid_less_than_received'],
  ] as const)('%o → %s', (input, error) => {
    const result = annualisedRate(input);
    expect(result).toMatchObject({ ok: false, error });
  });

  it('says how much was repaid when it is less than was received', () => {
    expect(annualisedRate({ received: 10_000, payment: 500, count: 12 })).toEqual({
      ok: false,
      error: 'repaid_less_than_received',
      netReceived: 10_000,
      totalRepaid: 6_000,
    });
  });
});

describe('annualisedRate: properties', () => {
  const loan = fc
    .record({
      received: fc.integer({ min: 100, max: 1_000_000 }),
      count: fc.integer({ min: 1, max: 120 }),
      markup: fc.double({ min: 0, max: 3, noNaN: true }),
      ppy: fc.constantFrom(12, 52),
    })
    .map(({ received, count, markup, ppy }) => ({
      received,
      count,
      ppy,
      // Payment such that the borrower repays between 1× and 4× what they received.
      payment: Math.ceil(((received * (1 + markup)) / count) * 100) / 100,
    }));

  it('the returned rate makes the NPV zero', () => {
    fc.assert(
      fc.property(loan, ({ received, count, ppy, payment }) => {
        const r = expectOk(annualisedRate({ received, payment, count, periodsPerYear: ppy }));
        expect(Math.abs(npvAt(r.periodicRate, received, payment, count))).toBeLessThan(
          1e-6 * received,
        );
      }),
    );
  });

  it('a higher payment means a higher rate', () => {
    fc.assert(
      fc.property(loan, fc.integer({ min: 1, max: 100_000 }), (l, extraFen) => {
        const low = expectOk(
          annualisedRate({
            received: l.received,
            payment: l.payment,
            count: l.count,
            periodsPerYear: l.ppy,
          }),
        );
        const high = expectOk(
          annualisedRate({
            received: l.received,
            payment: l.payment + extraFen / 100,
            count: l.count,
            periodsPerYear: l.ppy,
          }),
        );
        expect(high.apr).toBeGreaterThan(low.apr);
      }),
    );
  });

  it('the compounded rate is never below the APR', () => {
    fc.assert(
      fc.property(loan, (l) => {
        const r = expectOk(
          annualisedRate({
            received: l.received,
            payment: l.payment,
            count: l.count,
            periodsPerYear: l.ppy,
          }),
        );
        expect(r.effectiveRate).toBeGreaterThanOrEqual(r.apr - 1e-12);
      }),
    );
  });
});

describe('rateBand', () => {
  it.each([
    [0, 'at_or_below_24'],
    [0.24, 'at_or_below_24'],
    [0.2401, 'above_24'],
    [0.36, 'above_24'],
    [0.3507, 'above_24'],
    [0.37, 'above_36'],
    [25, 'above_36'],
  ] as const)('%f → %s', (apr, band) => {
    expect(rateBand(apr)).toBe(band);
  });
});
