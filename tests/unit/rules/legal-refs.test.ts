/**
 * Which legal references a person is shown for old debts, credit reports and abusive
 * collection: each id appears in the situation it serves and not otherwise.
 */
import { TODAY } from '../today';
import { describe, expect, it } from 'vitest';
import { COLLECTION, type Answers, type CollectionId } from '../../../src/rules/answers';
import { buildPlan } from '../../../src/rules/build-plan';
import { debt, lenders, person } from './situations';

const refsFor = (answers: Answers) => buildPlan(answers, { today: TODAY }).legalRefs;

/** Two years, in days: from here a debt counts as old. */
const TWO_YEARS = 730;

describe('civil_code_195: agreeing to pay an old debt restarts the limitation period', () => {
  it.each([
    ['exactly two years overdue', [debt({ overdueDays: TWO_YEARS })]],
    ['five years overdue', [debt({ overdueDays: 5 * 365 })]],
    [
      'one old debt among recent ones',
      [...lenders(2, { overdueDays: 30 }), debt({ name: 'Old app', overdueDays: 900 })],
    ],
  ])('shown when %s', (_name, debts) => {
    expect(refsFor(person({ debts }))).toContain('civil_code_195');
  });

  it.each([
    ['one day short of two years', [debt({ overdueDays: TWO_YEARS - 1 })]],
    ['a few weeks overdue', [debt({ overdueDays: 20 })]],
    ['not overdue yet', [debt({ overdueDays: 0 })]],
    ['several debts, all under two years', lenders(3, { overdueDays: 400 })],
  ])('not shown when %s', (_name, debts) => {
    expect(refsFor(person({ debts }))).not.toContain('civil_code_195');
  });

  it('is shown for an old debt even when a court stage has started', () => {
    const refs = refsFor(person({ legal: 'sued', debts: [debt({ overdueDays: 1_000 })] }));
    expect(refs).toEqual(expect.arrayContaining(['civil_code_195', 'civil_procedure_128']));
  });
});

describe('credit_reporting_17: two free credit reports a year', () => {
  it.each([
    ['a typical person a few weeks overdue', person()],
    ['someone not overdue yet', person({ debts: [debt({ overdueDays: 0 })] })],
    ['someone sued', person({ legal: 'sued' })],
    ['someone threatened by collectors', person({ collection: ['threats_or_insults'] })],
    [
      'six lenders, borrowing to repay',
      person({ cause: 'too_many_debts', debts: lenders(6, { kind: 'microloan' }) }),
    ],
  ])('is shown to %s', (_name, answers) => {
    expect(refsFor(answers)).toContain('credit_reporting_17');
  });
});

describe('consumer protection law: dignity, insults and personal information', () => {
  const DIGNITY_OR_INFO: CollectionId[] = [
    'threats_or_insults',
    'exposed_personal_info',
    'contacts_third_parties',
  ];
  const OTHER = COLLECTION.filter((item) => !DIGNITY_OR_INFO.includes(item));

  it.each(DIGNITY_OR_INFO)(
    'collectors %s: Art. 14 (dignity, personal information) and Art. 50 (remedies)',
    (item) => {
      expect(refsFor(person({ collection: [item] }))).toEqual(
        expect.arrayContaining(['consumer_protection_14', 'consumer_protection_50']),
      );
    },
  );

  it('threats or insults: Art. 27 (no insults or defamation) as well', () => {
    expect(refsFor(person({ collection: ['threats_or_insults'] }))).toEqual(
      expect.arrayContaining([
        'consumer_protection_14',
        'consumer_protection_27',
        'consumer_protection_50',
      ]),
    );
  });

  it.each(['exposed_personal_info', 'contacts_third_parties'] as const)(
    'collectors %s without insults: no Art. 27',
    (item) => {
      expect(refsFor(person({ collection: [item] }))).not.toContain('consumer_protection_27');
    },
  );

  it.each([
    ...OTHER.map((item) => [`only ${item}`, [item]] as const),
    ['no collection problems', []] as const,
    ['many calls, night calls and fake papers together', OTHER] as const,
  ])('%s: none of the consumer protection articles', (_name, collection) => {
    const refs = refsFor(person({ collection: [...collection] }));
    expect(refs.filter((id) => id.startsWith('consumer_protection_'))).toEqual([]);
  });

  it('the other abusive-collection references still come with them', () => {
    const refs = refsFor(
      person({ collection: ['contacts_third_parties', 'exposed_personal_info'] }),
    );
    expect(refs).toEqual(
      expect.arrayContaining([
        'civil_code_1032',
        'pipl_10',
        'consumer_protection_14',
        'consumer_protection_50',
      ]),
    );
  });
});
