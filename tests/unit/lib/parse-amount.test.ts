import { describe, expect, it } from 'vitest';
import { parseAmount, parseApr, parseDays } from '../../../src/lib/parse-amount';
import { amountSchema } from '../../../src/rules/answers';

describe('parseAmount accepts how people write money', () => {
  it.each([
    ['5000', 5000],
    ['0', 0],
    ['1,234.5', 1234.5],
    ['1234.50', 1234.5],
    ['1234.500', 1234.5],
    ['１２３４', 1234],
    ['１，２３４．５', 1234.5],
    ['1.2万', 12000],
    ['1.2 万元', 12000],
    ['0.07万', 700],
    ['1.23456万', 12345.6],
    ['3千', 3000],
    ['¥5000', 5000],
    ['￥5,000', 5000],
    ['5000元', 5000],
    ['5000 块', 5000],
    ['  8 000 ', 8000],
    ['.5', 0.5],
    ['5.', 5],
    ['3k', 3000],
    ['100000000', 100_000_000],
    ['0.001万', 10],
  ])('%j → %j', (text, expected) => {
    const result = parseAmount(text);
    expect(result).toEqual({ ok: true, value: expected });
    // Whatever the parser accepts, the Answers schema accepts too.
    expect(amountSchema.safeParse(expected).success).toBe(true);
  });
});

describe('parseAmount rejects with a message that says what is wrong', () => {
  it.each([
    ['', 'errors.amount_required'],
    ['   ', 'errors.amount_required'],
    ['abc', 'errors.amount_format'],
    ['5000abc', 'errors.amount_format'],
    ['1.2.3', 'errors.amount_format'],
    ['12,34', 'errors.amount_format'],
    ['万', 'errors.amount_format'],
    ['¥', 'errors.amount_format'],
    ['1e5', 'errors.amount_format'],
    ['NaN', 'errors.amount_format'],
    ['-5', 'errors.amount_negative'],
    ['－５', 'errors.amount_negative'],
    ['−300', 'errors.amount_negative'],
    ['¥-5', 'errors.amount_negative'],
    ['1.234', 'errors.amount_decimals'],
    ['1万万', 'errors.amount_format'],
    ['100000000.01', 'errors.amount_too_large'],
    ['1.5亿', 'errors.amount_format'],
    ['20000万', 'errors.amount_too_large'],
    ['9'.repeat(400), 'errors.amount_too_large'],
  ])('%j → %s', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });
});

describe('parseDays', () => {
  it.each([
    ['30', 30],
    ['30天', 30],
    ['３０', 30],
    ['0', 0],
    ['30.0', 30],
    ['3650', 3650],
    ['7 days', 7],
  ])('%j → %j', (text, value) => {
    expect(parseDays(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'errors.days_required'],
    ['1.5', 'errors.days_whole'],
    ['-1', 'errors.days_negative'],
    ['3651', 'errors.days_too_large'],
    ['一个月', 'errors.days_format'],
  ])('%j → %s', (text, error) => {
    expect(parseDays(text)).toEqual({ ok: false, error });
  });
});

describe('parseApr', () => {
  it.each([
    ['24', 24],
    ['24%', 24],
    ['２４．５％', 24.5],
    ['0', 0],
    ['1000', 1000],
  ])('%j → %j', (text, value) => {
    expect(parseApr(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'errors.apr_required'],
    ['-3', 'errors.apr_negative'],
    ['10001', 'errors.apr_too_large'],
    ['很高', 'errors.apr_format'],
  ])('%j → %s', (text, error) => {
    expect(parseApr(text)).toEqual({ ok: false, error });
  });
});
