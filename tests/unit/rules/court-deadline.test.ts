/**
 * Court deadlines as dated events: the day a paper arrived is not counted, so a 15-day period
 * ends 15 calendar days after it; the date on a court's notice replaces the count where the
 * court sets the period; "today" is an input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STATUTE_PERIOD_DAYS,
  courtDeadline,
  periodLastDay,
} from '../../../src/rules/court-deadline';
import {
  addDaysIso,
  addYearsIso,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
} from '../../../src/rules/dates';
import { paperDateIssue, type CourtPaper } from '../../../src/rules/answers';
import { isoDateArb } from '../share/answers-arbitrary';

describe('calendar days', () => {
  it.each([
    ['2026-12-03', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['26-01-05', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('%s is a calendar day: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-11-28', 15, '2026-12-13'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-20', 15, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-20', 15, '2024-03-06'],
    ['2026-02-20', 15, '2026-03-07'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDaysIso(from, days)).toBe(expected);
  });

  it('counts days between two dates across months, years and leap days', () => {
    expect(daysBetween('2026-12-03', '2026-12-13')).toBe(10);
    expect(daysBetween('2026-12-13', '2026-12-03')).toBe(-10);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('moves a date by whole years, the 29th of February to the 28th', () => {
    expect(addYearsIso('2026-12-03', -1)).toBe('2025-12-03');
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYearsIso('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('turns day numbers and dates into each other for every day of ten years', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(fromDayNumber(dayNumber(date))).toBe(date);
        const later = addDaysIso(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the last day of a statutory period', () => {
  it('does not count the day of receipt: 15 days from 28 November end on 13 December', () => {
    expect(periodLastDay('2026-11-28', 15)).toBe('2026-12-13');
  });

  it.each([
    // month ends
    ['2026-01-20', '2026-02-04'],
    ['2026-04-30', '2026-05-15'],
    // February, common and leap years
    ['2026-02-14', '2026-03-01'],
    ['2028-02-14', '2028-02-29'],
    ['2028-02-15', '2028-03-01'],
    // year end
    ['2026-12-17', '2027-01-01'],
    ['2026-12-31', '2027-01-15'],
  ])('15 days from %s end on %s', (received, last) => {
    expect(periodLastDay(received, 15)).toBe(last);
    // The day after receipt is the first of the 15.
    expect(daysBetween(addDaysIso(received, 1), last) + 1).toBe(15);
  });

  it('gives 15 days to payment orders and complaints, and none to the others', () => {
    expect(STATUTE_PERIOD_DAYS).toEqual({ payment_order: 15, complaint: 15 });
  });
});

const order = (over: Partial<CourtPaper> = {}): CourtPaper => ({
  debt: 0,
  paper: 'payment_order',
  receivedOn: '2026-11-28',
  disputes: 'no',
  ...over,
});

describe('courtDeadline', () => {
  it('a payment order received five days ago: last day 13 December, 10 days left', () => {
    expect(courtDeadline(order(), '2026-12-03')).toEqual({
      debt: 0,
      paper: 'payment_order',
      basis: 'statute',
      statuteDays: 15,
      receivedOn: '2026-11-28',
      lastDay: '2026-12-13',
      daysLeft: 10,
      status: 'open',
    });
  });

  it.each([
    ['2026-12-12', 1, 'open'],
    ['2026-12-13', 0, 'last_day'],
    ['2026-12-14', -1, 'passed'],
    ['2027-01-13', -31, 'passed'],
  ] as const)('seen on %s: %i days left (%s)', (today, daysLeft, status) => {
    expect(courtDeadline(order(), today)).toMatchObject({
      lastDay: '2026-12-13',
      daysLeft,
      status,
    });
  });

  it('without the day of receipt there is no last day to show, only how to find it', () => {
    expect(courtDeadline(order({ receivedOn: null }), '2026-12-03')).toMatchObject({
      basis: 'none',
      statuteDays: 15,
      lastDay: null,
      daysLeft: null,
      status: 'unknown',
    });
  });

  it('a complaint: the date on the court notice counts when there is one', () => {
    const complaint: CourtPaper = {
      debt: 0,
      paper: 'complaint',
      receivedOn: '2026-11-28',
      courtDate: '2026-12-05',
    };
    const d = courtDeadline(complaint, '2026-12-03');
    expect(d).toMatchObject({ basis: 'notice', lastDay: '2026-12-05', daysLeft: 2 });
    expect(d.noticeMayBeEarlier).toBeUndefined();
  });

  it('a complaint without a notice date: 15 days, which the court notice may shorten', () => {
    expect(
      courtDeadline(
        { debt: 0, paper: 'complaint', receivedOn: '2026-11-28', courtDate: null },
        '2026-12-03',
      ),
    ).toMatchObject({
      basis: 'statute',
      lastDay: '2026-12-13',
      daysLeft: 10,
      noticeMayBeEarlier: true,
    });
  });

  it.each(['arbitration_notice', 'judgment', 'enforcement_notice'] as const)(
    '%s: only the date on the paper counts; none written means none worked out',
    (paper) => {
      const dated = courtDeadline(
        { debt: 0, paper, receivedOn: '2026-11-20', courtDate: '2026-12-10' },
        '2026-12-03',
      );
      expect(dated).toMatchObject({ basis: 'notice', lastDay: '2026-12-10', daysLeft: 7 });
      expect(dated.statuteDays).toBeUndefined();
      const undated = courtDeadline(
        { debt: 0, paper, receivedOn: '2026-11-20', courtDate: null },
        '2026-12-03',
      );
      expect(undated).toMatchObject({ basis: 'none', lastDay: null, status: 'unknown' });
    },
  );

  it('never reads a clock: the same paper and the same day always give the same deadline', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (received, today) => {
        const a = courtDeadline(order({ receivedOn: received }), today);
        const b = courtDeadline(order({ receivedOn: received }), today);
        expect(a).toEqual(b);
        expect(a.lastDay).toBe(addDaysIso(received, 15));
        expect(a.daysLeft).toBe(daysBetween(today, addDaysIso(received, 15)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dates typed into the court-paper questions', () => {
  const today = '2026-12-03';
  it.each([
    ['receivedOn', '2026-12-03', null],
    ['receivedOn', '2026-12-04', 'errors.date_future'],
    ['receivedOn', '2025-12-03', null],
    ['receivedOn', '2025-12-02', 'errors.date_too_old'],
    ['courtDate', '2026-12-20', null],
    ['courtDate', '2027-12-03', null],
    ['courtDate', '2027-12-04', 'errors.date_too_far'],
    ['courtDate', '2025-12-02', 'errors.date_too_old'],
  ] as const)('%s %s -> %s', (kind, date, issue) => {
    expect(paperDateIssue(kind, date, today)).toBe(issue);
  });
});
