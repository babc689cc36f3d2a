/**
 * True cost of a loan repaid in equal instalments: the annualised rate implied by what the
 * borrower actually received and what they pay back, whatever the lender calls its fees.
 *
 * Cash flows: at t0 the borrower gets `received` and pays any `upfrontFee` (service,
 * membership or guarantee fees taken when the money arrives); then pays `payment` at the end of
 * each of `count` periods. The periodic rate r is the internal rate of return (IRR): the r at
 * which the present value of the payments equals the net amount received.
 *
 * Two annual figures come out of r:
 * - `apr` = r × periodsPerYear, the nominal (simple, 单利) annualised rate. Lenders and
 *   regulators in China state 年化利率 this way — the IRR per period times the periods in a
 *   year — and court practice on the 24% line compares the total of interest and fees on that
 *   simple annual basis. So `apr` is the figure the view compares with the 24% and 36% lines.
 * - `effectiveRate` = (1 + r)^periodsPerYear − 1, the compounded rate, shown for reference
 *   only: it is always at least `apr` and grows explosively for very expensive loans.
 *
 * Pure: no React, no i18n, no clock. Rates are fractions (0.35 = 35%).
 */

export const MAX_TRUE_COST_AMOUNT = 100_000_000;
export const MAX_INSTALMENTS = 1000;
export const MAX_PERIODS_PER_YEAR = 366;

export type TrueCostInput = {
  /** Yuan that reached the borrower's account. */
  received: number;
  /** Yuan paid at the end of each period. */
  payment: number;
  /** Number of equal payments. */
  count: number;
  /** 12 for monthly payments, 52 for weekly… */
  periodsPerYear?: number;
  /** Yuan paid back to the lender (or its partners) at the start, out of what was received. */
  upfrontFee?: number;
};

export type TrueCostError =
  | 'received_invalid' // not a positive amount within limits
  | 'payment_invalid'
  | 'count_invalid' // not a whole number 1..MAX_INSTALMENTS
  | 'periods_invalid'
  | 'fee_invalid'
  | 'fee_not_less_than_received' // nothing left in hand: no rate can be stated
  | 'repaid_less_than_received'; // the "rate" would be negative: this is not a cost

export type TrueCost = {
  ok: true;
  /** IRR per period. */
  periodicRate: number;
  /** periodicRate × periodsPerYear: the 年化利率 (APR) compared with the 24%/36% lines. */
  apr: number;
  /** (1 + periodicRate)^periodsPerYear − 1. */
  effectiveRate: number;
  /** received − upfrontFee. */
  netReceived: number;
  /** payment × count. */
  totalRepaid: number;
  /** totalRepaid − netReceived: everything paid beyond the money actually in hand. */
  totalCost: number;
};

export type TrueCostResult =
  | TrueCost
  | { ok: false; error: TrueCostError; netReceived?: number; totalRepaid?: number };

const isAmount = (n: number, min: number) =>
  Number.isFinite(n) && n >= min && n <= MAX_TRUE_COST_AMOUNT;

/** Present value of the payments at periodic rate r, minus what was received (net). */
function npv(r: number, net: number, payment: number, count: number): number {
  // payment × (1 − (1+r)^−n) / r, with the r → 0 limit n × payment.
  if (Math.abs(r) < 1e-12) return net - payment * count;
  const annuity = (1 - Math.pow(1 + r, -count)) / r;
  return net - payment * annuity;
}

/** Derivative of npv with respect to r (for the Newton polish). */
function npvSlope(r: number, payment: number, count: number): number {
  let sum = 0;
  for (let k = 1; k <= count; k += 1) sum += k * Math.pow(1 + r, -k - 1);
  return payment * sum;
}

/**
 * Solves npv(r) = 0 for r ≥ 0. npv rises strictly with r (each discounted payment shrinks), is
 * ≤ 0 at r = 0 when the borrower repays at least what they received, and tends to net > 0
 * as r grows, so exactly one root exists: bracket it by doubling, bisect, then polish with
 * Newton steps that are kept only while they stay inside the bracket.
 */
function solvePeriodicRate(net: number, payment: number, count: number): number {
  if (npv(0, net, payment, count) >= 0) return 0;
  let lo = 0;
  let hi = 1;
  while (npv(hi, net, payment, count) < 0) {
    lo = hi;
    hi *= 2;
    // Unreachable for valid input (net ≥ 1 fen, payment ≤ 1e8): npv(2^40) ≈ net > 0.
    if (hi > 2 ** 40) return hi;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, hi); i += 1) {
    const mid = (lo + hi) / 2;
    if (npv(mid, net, payment, count) < 0) lo = mid;
    else hi = mid;
  }
  let r = (lo + hi) / 2;
  for (let i = 0; i < 5; i += 1) {
    const slope = npvSlope(r, payment, count);
    if (!(slope > 0)) break;
    const next = r - npv(r, net, payment, count) / slope;
    if (!(next >= lo && next <= hi)) break;
    r = next;
  }
  return r;
}

export function annualisedRate({
  received,
  payment,
  count,
  periodsPerYear = 12,
  upfrontFee = 0,
}: TrueCostInput): TrueCostResult {
  if (!isAmount(received, 0) || received <= 0) return { ok: false, error: 'received_invalid' };
  if (!isAmount(payment, 0) || payment <= 0) return { ok: false, error: 'payment_invalid' };
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS)
    return { ok: false, error: 'count_invalid' };
  if (
    !Number.isInteger(periodsPerYear) ||
    periodsPerYear < 1 ||
    periodsPerYear > MAX_PERIODS_PER_YEAR
  )
    return { ok: false, error: 'periods_invalid' };
  if (!isAmount(upfrontFee, 0)) return { ok: false, error: 'fee_invalid' };
  if (upfrontFee >= received) return { ok: false, error: 'fee_not_less_than_received' };

  const netReceived = received - upfrontFee;
  const totalRepaid = payment * count;
  // Compare in fen so that 0.1 + 0.2-style float noise never turns an interest-free loan
  // into a "negative rate".
  if (Math.round(totalRepaid * 100) < Math.round(netReceived * 100))
    return { ok: false, error: 'repaid_less_than_received', netReceived, totalRepaid };

  const periodicRate = solvePeriodicRate(netReceived, payment, count);
  return {
    ok: true,
    periodicRate,
    apr: periodicRate * periodsPerYear,
    effectiveRate: Math.pow(1 + periodicRate, periodsPerYear) - 1,
    netReceived,
    totalRepaid,
    totalCost: totalRepaid - netReceived,
  };
}

/** The lines the view explains: 24% (courts may cut the excess on request) and 36%. */
export const RATE_LINES = { line_24: 0.24, line_36: 0.36 } as const;

export type RateBand = 'at_or_below_24' | 'above_24' | 'above_36';

/** Where an APR sits against the 24% and 36% lines. */
export function rateBand(apr: number): RateBand {
  if (apr > RATE_LINES.line_36) return 'above_36';
  if (apr > RATE_LINES.line_24) return 'above_24';
  return 'at_or_below_24';
}
