import { describe, expect, it } from 'vitest';
import raw from '../../../content/lender-terms.json';
import { DEBT_KINDS } from '../../../src/rules/answers';
import { LENDER_TERMS, LenderTermsSchema, termsFor } from '../../../src/rules/lender-terms';

describe('content/lender-terms.json', () => {
  it('is labelled as typical practice and covers every kind of debt', () => {
    expect(LENDER_TERMS.basis).toBe('typical_practice');
    expect(Object.keys(LENDER_TERMS.kinds).sort()).toEqual([...DEBT_KINDS].sort());
  });

  it('keeps extensions within 3..30 days and bank instalments up to 60 months', () => {
    for (const kind of DEBT_KINDS) {
      const { extensionDays } = termsFor(kind);
      expect(extensionDays.min).toBeGreaterThanOrEqual(3);
      expect(extensionDays.max).toBeLessThanOrEqual(30);
    }
    expect(termsFor('bank').maxInstalmentMonths).toBe(60);
  });

  it.each([
    ['a kind is missing', { ...raw, kinds: { ...raw.kinds, bank: undefined } }],
    [
      'an extension range is upside down',
      {
        ...raw,
        kinds: { ...raw.kinds, bank: { ...raw.kinds.bank, extensionDays: { min: 30, max: 3 } } },
      },
    ],
    ['it is not labelled typical practice', { ...raw, basis: 'law' }],
    ['a term is negative', { ...raw, timing: { ...raw.timing, settlementInDays: -1 } }],
  ])('the schema rejects data where %s', (_name, data) => {
    expect(LenderTermsSchema.safeParse(data).success).toBe(false);
  });
});
