/** Borrower situations for the plan view tests, taken from the golden share links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers } from '../../../src/rules/answers';

export function golden(name: string): { answers: Answers; payload: string; omitNames: boolean } {
  return JSON.parse(
    readFileSync(join(__dirname, `../../fixtures/links/v1-${name}.json`), 'utf8'),
  ) as { answers: Answers; payload: string; omitNames: boolean };
}

export const SITUATIONS = {
  short_gap: golden('single-short-gap').answers,
  five_lenders_sued: golden('five-lenders-long-names').answers,
  illness_two_lenders: golden('names-omitted').answers,
  hostile_names: golden('hostile-name').answers,
  twenty_lenders: golden('twenty-debts').answers,
} satisfies Record<string, Answers>;
