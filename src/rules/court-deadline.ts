/**
 * The last day to act on a court paper, worked out from the day it arrived or taken from the
 * court's notice. Pure: "today" is an input (an ISO calendar day), never read from a clock.
 *
 * Counting (民事诉讼法 期间): the day the paper arrived is not counted; the period's first day is
 * the day after. A 15-day period from a paper received on 2026-11-28 therefore runs
 * 2026-11-29 … 2026-12-13, and 2026-12-13 is the last day. The rules never move the last day
 * later (no holiday shift): a person told too early loses nothing, told too late loses a right.
 *
 * Which rule applies:
 * - 支付令 (payment_order): 15 days from receipt to pay or object in writing (民诉法 第二百二十七条).
 *   No notice date replaces it.
 * - 起诉状副本 (complaint): 15 days from receipt to answer (第一百二十八条) — unless the court's
 *   notice sets its own dates, as it does in 简易程序 and 小额诉讼 (民诉法解释 第二百六十六条、
 *   第二百七十五条): then the date on the notice counts. Without a notice date the 15 days are
 *   the longest it can be, and the plan says the notice may name an earlier day.
 * - arbitration, judgment, enforcement papers: the date written on the paper, when there is one;
 *   the sources give no period the app could count for them.
 */
import type { CourtPaper, CourtPaperKind } from './answers';
import { addDaysIso, daysBetween, type IsoDate } from './dates';

/** Days a statute gives for the papers that have a statutory period. */
export const STATUTE_PERIOD_DAYS: Partial<Record<CourtPaperKind, number>> = {
  payment_order: 15,
  complaint: 15,
};

/** The last day of a period of `days` days that starts running on the day after `receivedOn`. */
export function periodLastDay(receivedOn: IsoDate, days: number): IsoDate {
  return addDaysIso(receivedOn, days);
}

export type DeadlineBasis =
  /** Counted from the day of receipt under a statute (payment order, complaint). */
  | 'statute'
  /** The date on the court's (or arbitration commission's) notice. */
  | 'notice'
  /** Neither is known: the plan says how to find the date. */
  | 'none';

export type DeadlineStatus = 'open' | 'last_day' | 'passed' | 'unknown';

export type CourtDeadline = {
  /** Index into answers.debts: the lender the paper is from. */
  debt: number;
  paper: CourtPaperKind;
  basis: DeadlineBasis;
  /** The statute's period in days, for papers that have one (15). */
  statuteDays?: number;
  receivedOn: IsoDate | null;
  /** The last day to act; null when it cannot be worked out. */
  lastDay: IsoDate | null;
  /** Days from today to lastDay: 0 on the last day itself, negative once it has passed. */
  daysLeft: number | null;
  status: DeadlineStatus;
  /**
   * A complaint counted by the statute's 15 days: the court's notice (简易程序, 小额诉讼) may set
   * an earlier day, which then counts instead.
   */
  noticeMayBeEarlier?: boolean;
};

function status(daysLeft: number | null): DeadlineStatus {
  if (daysLeft === null) return 'unknown';
  if (daysLeft > 0) return 'open';
  return daysLeft === 0 ? 'last_day' : 'passed';
}

/** The deadline a court paper sets, as far as the answers tell it, seen from `today`. */
export function courtDeadline(paper: CourtPaper, today: IsoDate): CourtDeadline {
  const statuteDays = STATUTE_PERIOD_DAYS[paper.paper];
  const noticeDate = paper.paper === 'payment_order' ? null : (paper.courtDate ?? null);
  let basis: DeadlineBasis = 'none';
  let lastDay: IsoDate | null = null;
  if (noticeDate !== null) {
    basis = 'notice';
    lastDay = noticeDate;
  } else if (statuteDays !== undefined && paper.receivedOn !== null) {
    basis = 'statute';
    lastDay = periodLastDay(paper.receivedOn, statuteDays);
  }
  const daysLeft = lastDay === null ? null : daysBetween(today, lastDay);
  return {
    debt: paper.debt,
    paper: paper.paper,
    basis,
    ...(statuteDays !== undefined ? { statuteDays } : {}),
    receivedOn: paper.receivedOn,
    lastDay,
    daysLeft,
    status: status(daysLeft),
    ...(paper.paper === 'complaint' && basis !== 'notice' ? { noticeMayBeEarlier: true } : {}),
  };
}
