/**
 * Money arithmetic for offers, in whole fen (integers), so that sums are exact and do not
 * depend on the order of the debts. Yuan in, fen inside, yuan (at most two decimals) out.
 *
 * - allocateProportionally splits a monthly amount across debts in proportion to what each
 *   still owes, gives each its floor (the smallest payment its lender usually accepts) when
 *   the floors fit, never gives a debt more than it needs, and rounds with the largest
 *   remainder rule so the parts add up exactly to the amount allocated.
 * - pourInOrder spends a lump sum on debts one after another in a given order.
 */

export const toFen = (yuan: number): number => Math.round(yuan * 100);
export const toYuan = (fen: number): number => fen / 100;

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Smallest whole n with n * divisor ≥ value (both positive integers). */
export const ceilDiv = (value: number, divisor: number): number =>
  Math.floor((value + divisor - 1) / divisor);

export type Claim = {
  /** Fen still owed under the offer: the most this debt may receive. */
  need: number;
  /**
   * Floors in fen, most generous first (e.g. [the lender's usual minimum, enough to clear within
   * its longest term]). The first tier whose floors all fit is applied to every claim; when none
   * fits, the split is strictly proportional.
   */
  floors: readonly number[];
  /** Position in a canonical order of the debts (by their content); breaks rounding ties. */
  rank: number;
};

/**
 * Split `amount` fen across `claims`. Returns fen per claim, in claim order, with
 * Σ result = min(amount, Σ need), result[i] ≤ need[i], and result[i] ≥ min(floor, need) for
 * the first floor tier whose sum fits that total; otherwise strictly proportional to need.
 */
export function allocateProportionally(amount: number, claims: readonly Claim[]): number[] {
  const n = claims.length;
  const needs = claims.map((c) => Math.max(0, Math.floor(c.need)));
  const total = Math.min(Math.max(0, Math.floor(amount)), sum(needs));
  const tiers = Math.max(0, ...claims.map((c) => c.floors.length));
  const tierFloors = (t: number): number[] =>
    claims.map((c, i) => Math.min(Math.max(0, Math.floor(c.floors[t] ?? 0)), needs[i]!));
  const fitting = Array.from({ length: tiers }, (_, t) => tierFloors(t)).find(
    (floors) => sum(floors) <= total,
  );
  const lo = fitting ?? needs.map(() => 0);

  // A claim is "fixed" at its floor once its proportional share would fall below it. Fixing
  // floors only lowers everyone else's share, so a claim once fixed stays fixed.
  const fixed = needs.map((need) => need === 0);
  const result = new Array<number>(n).fill(0);
  for (;;) {
    const rest = BigInt(total - sum(lo.filter((_, i) => fixed[i] && needs[i]! > 0)));
    const weight = BigInt(sum(needs.filter((_, i) => !fixed[i])));
    if (weight === 0n) break;
    const below = needs
      .map((need, i) => i)
      .filter((i) => !fixed[i] && rest * BigInt(needs[i]!) < BigInt(lo[i]!) * weight);
    if (below.length > 0) {
      for (const i of below) fixed[i] = true;
      continue;
    }
    const free = needs.map((_, i) => i).filter((i) => !fixed[i]);
    const remainders = new Map<number, bigint>();
    let handedOut = 0n;
    for (const i of free) {
      const exact = rest * BigInt(needs[i]!);
      const whole = exact / weight;
      result[i] = Number(whole);
      remainders.set(i, exact % weight);
      handedOut += whole;
    }
    // Largest remainder: the fen left over go one each to the biggest fractional parts.
    const leftover = Number(rest - handedOut);
    const byRemainder = [...free].sort((a, b) => {
      const ra = remainders.get(a)!;
      const rb = remainders.get(b)!;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return claims[a]!.rank - claims[b]!.rank;
    });
    for (const i of byRemainder.slice(0, leftover)) result[i] = result[i]! + 1;
    break;
  }
  for (let i = 0; i < n; i += 1) if (fixed[i] && needs[i]! > 0) result[i] = lo[i]!;
  return result;
}

/**
 * Spend `amount` fen on `targets` (fen per debt) one debt after another, in `order`
 * (indexes into targets). Returns fen spent per debt, in target order.
 */
export function pourInOrder(
  amount: number,
  targets: readonly number[],
  order: readonly number[],
): number[] {
  const spent = targets.map(() => 0);
  let left = Math.max(0, Math.floor(amount));
  for (const i of order) {
    const give = Math.min(left, Math.max(0, targets[i]!));
    spent[i] = give;
    left -= give;
  }
  return spent;
}
